"""The synthetic corpus of bench/search.py: documents of every type shown in three languages (40 %
of the objects in French only), loaded by the engine, by COPY, or into stock Wagtail search."""

import random

WORDS = {
    "fr": (
        "réseaux cybersécurité développeur développeuse applications web mobile données numérique "
        "entreprise formation accompagnement financement aide subvention tiers-lieu atelier médiation "
        "informatique logiciel sécurité serveurs cloud intelligence artificielle design graphique vidéo "
        "marketing commerce en ligne site internet administrateur technicien maintenance bureautique "
        "inclusion association jeunes demandeurs emploi créateurs projet innovation fabrication"
    ),
    "en": (
        "networks cybersecurity developer applications web mobile data digital business training support "
        "funding grant coworking workshop inclusion computing software security servers cloud artificial "
        "intelligence graphic design video marketing online shop website administrator technician "
        "maintenance office association young jobseekers founders project innovation"
    ),
    "es": (
        "redes ciberseguridad desarrollador aplicaciones web móvil datos digital empresa formación "
        "acompañamiento financiación ayuda subvención taller mediación informática software seguridad "
        "servidores nube inteligencia artificial diseño gráfico vídeo comercio electrónico sitio "
        "administrador técnico mantenimiento ofimática asociación jóvenes desempleados proyecto"
    ),
}
WORDS = {language: text.split() for language, text in WORDS.items()}
TYPES = (
    ["formation"] * 8
    + ["financement"] * 3
    + ["lieu"] * 3
    + ["evenement"] * 3
    + ["prestataire"] * 2
    + ["page"]
)


def corpus(count: int, communes: list, seed: int = 7):
    """(group key, [(display language, SearchDocument)]) for about `count` documents."""
    from search.documents import SearchDocument
    from search.facets import FACETS

    rng = random.Random(seed)
    for number in range(count // 3):
        kind = rng.choice(TYPES)
        translated = rng.random() < 0.6
        commune = rng.choice(communes)
        values = {}
        for facet in FACETS[1:]:
            if kind not in facet.types:
                continue
            if facet.choices:
                values[facet.key] = [rng.choice(facet.choices)[0]]
            elif facet.key == "commune":
                values[facet.key] = [commune.insee_code]
            elif facet.key == "epci":
                values[facet.key] = [commune.epci.code]
            else:
                values[facet.key] = [f"{facet.key}-{rng.randrange(12)}"]
        labels = {
            ("commune", commune.insee_code): commune.name,
            ("epci", commune.epci.code): commune.epci.code,
        }
        shown = []
        for language in ("fr", "en", "es"):
            content = language if translated else "fr"
            text = WORDS[content]
            shown.append(
                (
                    language,
                    SearchDocument(
                        type=kind,
                        locale=content,
                        title=" ".join(rng.sample(text, 4)) + f" {number}",
                        url=f"/{content}/bench/{number}/",
                        summary=" ".join(rng.choices(text, k=14)),
                        body=" ".join(rng.choices(text, k=50)),
                        facets=values,
                        facet_labels=labels,
                        latitude=float(commune.latitude),
                        longitude=float(commune.longitude),
                    ),
                )
            )
        yield f"bench:{number}", shown


def batches(count, communes, size=500):
    batch = {}
    for key, shown in corpus(count, communes):
        batch[key] = shown
        if len(batch) == size:
            yield batch
            batch = {}
    if batch:
        yield batch


def copy_load(count: int, communes: list) -> int:
    """The corpus written straight into the entries with COPY, then the postings computed by
    PostgreSQL (search/engines/postings.py): what the engine writes, at a million rows."""
    from django.db import connection

    from search.engines import bitmaps, postings
    from search.engines.database import facet_tokens
    from search.models import SearchFacetLabel
    from search.text import fold

    columns = (
        "locale, group_key, type, content_language, title, title_folded, url, summary, body, terms, "
        "facet_tokens, boost"
    )
    labels, rows = {}, 0
    copy_sql = f"COPY portail_search_searchentry ({columns}) FROM STDIN"
    with connection.cursor() as cursor, cursor.cursor.copy(copy_sql) as copy:
        for key, shown in corpus(count, communes):
            for language, document in shown:
                tokens = facet_tokens(document)
                for (facet, value), label in document.facet_labels.items():
                    labels[language, f"{facet}={value}"] = label
                copy.write_row(
                    [
                        language,
                        key,
                        document.type,
                        document.locale,
                        document.title,
                        fold(document.title),
                        document.url,
                        document.summary,
                        document.body,
                        "",
                        " " + " ".join(tokens) + " ",
                        document.boost,
                    ]
                )
                rows += 1
    postings.write()
    bitmaps.build()
    SearchFacetLabel.objects.bulk_create(
        [
            SearchFacetLabel(locale=locale, token=token, label=label)
            for (locale, token), label in labels.items()
        ]
    )
    return rows


def baseline_model():
    from modelsearch.abstract_models import TextIDGenericRelation

    from django.apps import apps
    from django.db import connection, models

    from wagtail.search import index

    from search.facets import FACETS

    attrs = {
        "__module__": "search.models",
        "Meta": type("Meta", (), {"app_label": "portail_search"}),
        "locale": models.CharField(max_length=8),
        "title": models.CharField(max_length=300),
        "summary": models.TextField(),
        "body": models.TextField(),
        **{facet.key: models.CharField(max_length=40, blank=True) for facet in FACETS},
        "search_fields": [
            index.SearchField("title", boost=3),
            index.SearchField("summary", boost=2),
            index.SearchField("body"),
            index.FilterField("locale"),
            *(index.FilterField(facet.key) for facet in FACETS),
        ],
    }
    model = type("BenchDocument", (index.Indexed, models.Model), attrs)
    # What Wagtail's search app does at start-up for every indexed model.
    TextIDGenericRelation(apps.get_model("wagtailsearch", "IndexEntry")).contribute_to_class(
        model, "index_entries"
    )
    with connection.schema_editor() as editor:
        editor.create_model(model)
    return model


def fill_baseline(model, count, communes):
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    for batch in batches(count, communes):
        rows = [
            model(
                locale=language,
                title=doc.title,
                summary=doc.summary,
                body=doc.body,
                type=doc.type,
                **{key: values[0] for key, values in doc.facets.items()},
            )
            for shown in batch.values()
            for language, doc in shown
        ]
        model.objects.bulk_create(rows)
        backend.add_bulk(model, model.objects.filter(pk__in=[row.pk for row in rows]))
    return backend

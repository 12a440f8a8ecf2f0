"""Search latency: our database engine against stock Wagtail search with one .facet() per facet.

Builds a synthetic corpus of N documents (every type, shown in three languages, 40 % of the
objects in French only) in a throwaway database: PostgreSQL when DATABASE_URL points to one (that
database is dropped and created again: give it a throwaway name), SQLite otherwise. The same rows
go into our SearchEntry index and into a model indexed by Wagtail's search backend. A fixed mix of
queries (text or none, filters, every facet counted) runs against both; each facet's baseline
counts come from one search with the other facets' filters and `.facet()`, as Wagtail offers.
The last line is JSON: {"documents", "engine", "p50_ms", "p95_ms", "baseline_p50_ms",
"baseline_p95_ms", "speedup", "reindex_docs_per_s"}.

    DATABASE_URL=postgres://…/portail_search_bench python bench/search.py --documents 20000
"""

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
URL = os.environ.get("DATABASE_URL", "")
if not URL.startswith("postgres"):
    URL = f"sqlite:///{Path(tempfile.mkdtemp()) / 'bench.sqlite3'}"
os.environ.update(DJANGO_SETTINGS_MODULE="portail.settings.dev", DATABASE_URL=URL, DEBUG="false")
os.environ.pop("ELASTICSEARCH_URL", None)

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
TEXTS = [
    "",
    "réseaux",
    "developpeur web",
    "cybersecurity",
    "ciberseguridad",
    "formation numerique",
    "",
    "aide",
]
FILTERS = [
    {},
    {"type": ["formation"]},
    {"type": ["formation"], "niveau": ["5", "6"]},
    {"region": ["martinique"], "modalite": ["presentiel"]},
    {"type": ["financement"], "beneficiaire": ["tpe"]},
    {"commune": ["97209", "97213"]},
]
QUERIES = [(TEXTS[i % len(TEXTS)], FILTERS[i % len(FILTERS)], ["fr", "en", "es"][i % 3]) for i in range(24)]


def prepare_database():
    if URL.startswith("postgres"):
        import psycopg

        name = URL.rsplit("/", 1)[1].split("?")[0]
        with psycopg.connect(URL.rsplit("/", 1)[0] + "/postgres", autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
            connection.execute(f'CREATE DATABASE "{name}"')
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput"], cwd=ROOT, check=True, capture_output=True
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


def timed(function, rounds: int) -> list[float]:
    for text, filters, language in QUERIES:  # warm-up
        function(text, filters, language)
    times = []
    for _round in range(rounds):
        for text, filters, language in QUERIES:
            started = time.perf_counter()
            function(text, filters, language)
            times.append((time.perf_counter() - started) * 1000)
    return times


def percentiles(times):
    cuts = statistics.quantiles(times, n=100)
    return round(statistics.median(times), 1), round(cuts[94], 1)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=20000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    prepare_database()
    import django

    django.setup()
    from modelsearch.query import MATCH_ALL

    from django.db import connection

    from portail.models import Commune
    from search.engines.database import DatabaseEngine
    from search.facets import FACETS
    from search.models import SearchEntry
    from search.query import SearchQuery

    communes = list(Commune.objects.select_related("epci"))
    engine = DatabaseEngine()
    started = time.perf_counter()
    for _count in engine.rebuild(batches(args.documents, communes)):
        pass
    reindex = time.perf_counter() - started
    documents = SearchEntry.objects.count()
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    print(f"{documents} documents indexed in {reindex:.1f} s ({documents / reindex:.0f} documents/s)")

    model = baseline_model()
    started = time.perf_counter()
    backend = fill_baseline(model, args.documents, communes)
    print(f"baseline: Wagtail search index filled in {time.perf_counter() - started:.1f} s")
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")

    def ours(text, filters, language):
        results = engine.search(SearchQuery(text, language, filters))
        assert results.count >= len(results.hits)

    def stock(text, filters, language):
        def matching(skip=None):
            queryset = model.objects.filter(locale=language)
            for key, values in filters.items():
                if key != skip:
                    queryset = queryset.filter(**{f"{key}__in": values})
            return queryset

        query = text or MATCH_ALL
        results = backend.search(query, matching())
        list(results[:20])
        results.count()
        for facet in FACETS:
            backend.search(query, matching(facet.key)).facet(facet.key)

    ours_times = timed(ours, args.rounds)
    stock_times = timed(stock, args.rounds)
    p50, p95 = percentiles(ours_times)
    base50, base95 = percentiles(stock_times)
    print(f"queries: {len(QUERIES)} × {args.rounds} rounds; our engine p50 {p50} ms, p95 {p95} ms")
    print(f"stock Wagtail search + .facet(): p50 {base50} ms, p95 {base95} ms")
    engine_name = f"database ({connection.vendor})"
    print(
        json.dumps(
            {
                "documents": documents,
                "engine": engine_name,
                "p50_ms": p50,
                "p95_ms": p95,
                "baseline_p50_ms": base50,
                "baseline_p95_ms": base95,
                "speedup": round(base95 / p95, 1),
                "reindex_docs_per_s": round(documents / reindex),
            }
        )
    )


if __name__ == "__main__":
    main()

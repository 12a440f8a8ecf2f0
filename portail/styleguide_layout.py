"""Examples of the layout and listing components for the pattern page (portail/styleguide.py): header,
footer, search box, language switcher, filter panel, facets, chips, result card, near-me, translation
notice. Their parameters are described at the top of each template."""

from datetime import date
from types import SimpleNamespace

from django import forms
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

LEVELS = [
    ("5", _("Bac+2 (level 5)"), 12),
    ("6", _("Bac+3, Bac+4 (level 6)"), 7),
    ("7", _("Bac+5 (level 7)"), 2),
]


class FacetForm(forms.Form):
    niveau = forms.MultipleChoiceField(
        label=_("Level"), choices=[(value, label) for value, label, _count in LEVELS], required=False
    )


def _facet_field(language: str):
    return FacetForm({"niveau": ["5"]}, auto_id=f"id_facets_{language}_%s")["niveau"]


def _languages(language: str) -> list[dict]:
    return [
        {
            "code": code,
            "name": get_language_info(code)["name_local"],
            "url": f"/{code}/styleguide/",
            "current": code == language,
            "translated": code != "es",
        }
        for code in ("fr", "en", "es")
    ]


def _filter_panel(language: str) -> dict:
    return {
        "fields": "components/facet_checkboxes.html",
        "facets": [(_facet_field(language), LEVELS)],
        "title": _("Filter the events"),
        "submit": _("Show the events"),
        "action": "#",
        "clear_url": "#",
        "active": 1,
    }


def _chips(language: str) -> dict:
    return {
        "chips": [
            {"facet": _("Commune"), "label": "Le Lorrain", "url": "#"},
            {"facet": _("Level"), "label": _("Bac+2 (level 5)"), "url": "#"},
        ],
        "clear_url": "#",
    }


def _result_card(language: str) -> dict:
    hit = SimpleNamespace(
        type_label=_("Training"),
        locale="fr",
        url="#",
        title="Créer et animer sa boutique en ligne",
        highlight="Vendre en ligne depuis Le Lorrain : créer sa <mark>boutique</mark>, gérer les commandes.",
        next_date=date(2027, 1, 12),
        deadline=None,
        distance_km=4,
    )
    return {"hit": hit}


def layout_examples(example_class) -> list:
    """The examples, built with the pattern page's Example class (no import cycle)."""
    return [
        example_class("header", "Header", lambda language: {"languages": _languages(language)}),
        example_class("footer", "Footer", lambda language: {}),
        example_class("search_box", "Search box", lambda language: {}),
        example_class(
            "language_switcher", "Language switcher", lambda language: {"languages": _languages(language)}
        ),
        example_class("translation_notice", "Translation notice (shown in en and es)", lambda language: {}),
        example_class("filter_panel", "Filter panel", _filter_panel),
        example_class(
            "facet_checkboxes",
            "Facet checkboxes",
            lambda language: {"facets": [(_facet_field(language), LEVELS)]},
        ),
        example_class(
            "facet_checkbox",
            "Facet checkbox (one value of a facet)",
            lambda language: {
                "field": _facet_field(language),
                "value": "5",
                "label": _("Bac+2 (level 5)"),
                "count": 12,
                "number": 1,
            },
        ),
        example_class("chips", "Filter chips", _chips),
        example_class("result_card", "Result card", _result_card),
        example_class("near_me", "Use my position", lambda language: {}),
    ]

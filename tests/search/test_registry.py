"""The apps register their types and facets; search imports no feature app (issue 14)."""

import ast
from pathlib import Path

import pytest

from django.core import checks
from django.test import override_settings

from search import registry
from search.facets import BY_KEY, FACETS, Facet, arrange

FEATURE_APPS = {"catalogue", "financements", "guichet", "label", "lieux", "evenements"}
SEARCH = Path(registry.__file__).parent


def test_the_page_and_api_keep_their_order_of_facets_and_types():
    assert [facet.key for facet in FACETS] == [
        *("type", "niveau", "region", "domaine", "modalite", "rythme", "certification"),
        *("commune", "epci", "financement", "beneficiaire", "aide", "projet", "financeur", "statut"),
        *("service", "categorie", "public", "tarif"),
    ]
    assert [value for value, _label in BY_KEY["type"].choices] == [
        *("formation", "financement", "lieu", "evenement", "prestataire", "page", "solution")
    ]
    assert BY_KEY["commune"].types == (
        *("formation", "financement", "lieu", "evenement", "prestataire", "solution"),
    )
    assert BY_KEY["categorie"].types == ("lieu", "prestataire", "solution")


def test_every_builder_makes_a_registered_type():
    assert {builder.type for builder in registry.BUILDERS.values()} == set(registry.TYPES)
    assert [message for message in checks.run_checks() if message.id.startswith("portail_search")] == []


def test_an_unknown_type_or_facet_is_reported(monkeypatch):
    monkeypatch.setitem(registry.TYPES, "atelier", registry.SearchType("atelier", "Workshop", ("salle",)))
    monkeypatch.setattr(registry, "BUILDERS", {"x.y": registry.Builder("inconnu", None, None, None, None)})
    ids = {message.id for message in checks.run_checks() if message.id.startswith("portail_search")}
    assert ids == {"portail_search.E001", "portail_search.E002"}


def test_a_key_registered_twice_differently_is_refused():
    with pytest.raises(ValueError, match="tarif"):
        registry.register_facet(Facet("tarif", "Price", ("lieu",)))
    registry.register_facet(registry.DECLARED["tarif"])  # the same again (ready() run twice): fine


def test_unlisted_keys_come_after_in_registration_order():
    try:
        with override_settings(SEARCH_FACET_ORDER=["epci"], SEARCH_TYPE_ORDER=["page"]):
            arrange(registry.TYPES, registry.DECLARED)
            assert [facet.key for facet in FACETS][:3] == ["epci", "type", "commune"]
            assert [value for value, _label in BY_KEY["type"].choices][:2] == ["page", "formation"]
    finally:
        arrange(registry.TYPES, registry.DECLARED)
    assert FACETS[0].key == "type"


def test_search_imports_no_feature_app():
    found = []
    for path in SEARCH.rglob("*.py"):
        if "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            names = [alias.name for alias in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module or ""]
            found += [f"{path.name}: {name}" for name in names if name.split(".")[0] in FEATURE_APPS]
    assert found == []

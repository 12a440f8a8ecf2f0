import pytest

from django.db import connection

from search.engines.database import DatabaseEngine
from search.indexing import rebuild
from search.models import SearchEntry
from search.query import highlight, parse, with_prefix
from search.registry import BUILDERS, all_groups, documents
from tests.search.conftest import run, titles
from tests.search.contract import *  # noqa: F403


@pytest.fixture
def engine(corpus):
    rebuild("database")
    return DatabaseEngine()


def test_a_misspelt_word_is_corrected_from_the_indexed_words_on_both_databases(engine, corpus):
    results = run(engine, text="devlopeur web")
    assert results.corrected == "développeur web"
    assert titles(results) == ["Développeur web en apprentissage"]
    assert "<mark>" in results.hits[0].highlight
    typo = run(engine, text="cybersecurti")
    assert (typo.corrected, titles(typo), typo.fuzzy) == (
        "cybersécurité",
        ["Technicien en cybersécurité"],
        False,
    )


def test_a_word_found_as_typed_is_neither_corrected_nor_read_as_a_prefix(engine, corpus):
    results = run(engine, text="réseaux")
    assert results.corrected == "" and "Administrateur réseaux" in titles(results)
    assert run(engine, text="zzzzzzzz").count == 0  # nothing close: no result, nothing corrected


def test_the_last_word_finds_the_words_it_starts_when_nothing_matches_it_whole(engine, corpus):
    results = run(engine, text="cyber")
    assert titles(results) == ["Technicien en cybersécurité"]
    assert (results.corrected, results.fuzzy) == ("", False)
    prefix = with_prefix(parse("cyber", {}))
    assert "<mark>cybersécurité</mark>" in highlight("Votre cybersécurité", prefix, "fr")
    assert "Développeur web en apprentissage" in titles(run(engine, text="apprentissage develop"))


def test_titles_close_to_the_text_are_the_last_resort_on_postgresql(engine, corpus):
    results = run(engine, text="tech cybersecu")
    if connection.vendor == "postgresql":  # trigram similarity of titles (docs/search.md)
        assert results.fuzzy and titles(results) == ["Technicien en cybersécurité"]
    else:
        assert (results.count, results.fuzzy) == (0, False)


def test_an_entry_written_meanwhile_by_another_worker_is_replaced_not_an_error(engine, corpus):
    """Two jobs indexing one object at once: the second INSERT meets the first one's rows."""
    builder = next(iter(BUILDERS.values()))
    found = documents(builder, all_groups(builder)[:1])
    key = next(iter(found))
    SearchEntry.objects.filter(group_key=key).update(title="Ancien titre", facet_tokens=" ")

    engine._insert(found)  # as if our DELETE had run before the other worker's INSERT

    entries = SearchEntry.objects.filter(group_key=key)
    assert entries.count() == len(found[key])
    assert "Ancien titre" not in set(entries.values_list("title", flat=True))
    assert all(" type=" in tokens for tokens in entries.values_list("facet_tokens", flat=True))


@pytest.mark.parametrize("text", ["", "réseaux"])
def test_a_listing_gets_the_same_hits_and_counts_without_extracts(engine, corpus, text):
    full = run(engine, text=text)
    bare = run(engine, text=text, extracts=False)

    assert [hit.key for hit in bare.hits] == [hit.key for hit in full.hits] and bare.count == full.count
    assert bare.facets == full.facets
    assert all(hit.highlight == "" for hit in bare.hits) and any(hit.highlight for hit in full.hits)

import pytest

from django.core.cache import cache

from search.models import SearchEntry
from search.spelling import closest, correction, distance, lexicon


def test_distance_counts_inserts_deletes_substitutions_and_swaps():
    assert distance("devlopeur", "developpeur", 2) == 2
    assert distance("resaeu", "reseau", 2) == 1  # two neighbours swapped
    assert distance("formation", "formation", 2) == 0
    assert distance("abc", "xyzuvw", 2) == 3  # beyond the limit: limit + 1


def test_closest_prefers_fewer_edits_then_the_most_frequent_word():
    known = {"developpeur": (3, "développeur"), "developpeurs": (9, "développeurs"), "reseau": (1, "réseau")}
    assert closest("developeur", known) == "developpeur"  # one edit beats two, however frequent
    assert closest("eeveloppeur", known) is None  # the first letter is kept
    assert closest("resea", known) == "reseau"


@pytest.mark.django_db
def test_a_correction_keeps_the_other_words_and_the_punctuation():
    SearchEntry.objects.create(
        locale="fr", group_key="a:1", title="Développeur web", summary="Réseaux et cybersécurité"
    )
    assert correction("Devlopeur, web !", "fr") == "développeur, web !"
    assert correction("cybersecurti 2025", "fr") == "cybersécurité 2025"
    # Short words, stop words, known words and words with nothing close stay: nothing to correct.
    assert correction("web réseaux", "fr") == ""
    assert correction("wbe", "fr") == ""
    assert correction("zzzzzzzz", "fr") == ""
    assert correction("devlopeur", "en") == ""  # the lexicon is the language's own


@pytest.mark.django_db
def test_the_lexicon_follows_the_index():
    SearchEntry.objects.create(locale="fr", group_key="a:1", title="Atelier smartphone")
    assert "smartphone" in lexicon("fr")
    SearchEntry.objects.create(locale="fr", group_key="a:2", title="Initiation tablette")
    assert "tablette" in lexicon("fr")  # a new entry: a new lexicon, not the cached one
    cache.clear()
    SearchEntry.objects.filter(group_key="a:1").delete()
    assert "smartphone" not in lexicon("fr")

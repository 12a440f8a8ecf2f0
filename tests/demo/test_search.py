from demo.search import demo_load
from search.models import SearchEntry, SynonymGroup


def test_the_demo_indexes_the_site_and_ships_synonyms(site_tree):
    assert demo_load()
    assert SearchEntry.objects.filter(type="page", locale="en", title="Learn").exists()
    cyber = SynonymGroup.objects.get(french__startswith="cybersécurité")
    assert "cybersecurity" in cyber.english and "ciberseguridad" in cyber.spanish

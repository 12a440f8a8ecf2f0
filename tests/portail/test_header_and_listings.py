"""The header and the listings' filters as served: a verb on the search button, a « Menu » disclosure,
and on a listing « Filter (n) » with removable chips in the page's language."""

import datetime
import re

from django.utils import timezone

from portail.models import Commune
from tests.evenements.factories import EventPageFactory
from tests.utils import in_language


def test_the_header_has_a_menu_disclosure_and_a_search_box_with_an_example_and_a_verb(client, site_tree):
    html = client.get("/fr/").content.decode()

    assert re.search(r'<details class="site-menu"[^>]*>\s*<summary class="site-menu__toggle">', html)
    assert f'placeholder="{in_language("fr", "Training, funding, place…")}"' in html
    assert f'<button type="submit">{in_language("fr", "Find")}</button>' in html


def test_a_listing_counts_its_filters_and_shows_them_as_removable_chips(client, event_index):
    commune = Commune.objects.get(insee_code="97209")
    soon = timezone.now() + datetime.timedelta(days=3)
    EventPageFactory(parent=event_index, title="Rencontre", slug="rencontre", commune=commune, starts_at=soon)

    html = client.get(f"/fr/evenements/?commune={commune.pk}&passes=on&page=1").content.decode()

    summary = in_language("fr", "Filter (%(number)s)") % {"number": 2}
    assert f'<summary class="filter-panel__toggle">{summary}</summary>' in html
    chips = re.findall(r'<a class="chip" href="([^"]*)">([^<]*)<', html)
    assert chips == [
        ("?passes=on", f"{in_language('fr', 'Commune')}: {commune.name} "),
        (f"?commune={commune.pk}", f"{in_language('fr', 'Also show past events')} "),
    ]


def test_without_filters_the_control_says_filter_without_a_count(client, event_index):
    html = client.get("/fr/evenements/").content.decode()

    assert f'<summary class="filter-panel__toggle">{in_language("fr", "Filter")}</summary>' in html
    assert 'class="chip"' not in html

"""What a page costs when it is rendered (the page cache empty or off): Wagtail's locale asked once
per request, reference lists read once per form, pages already in the language not fetched again,
one Redis client per connection pool (issue 20, cold pages)."""

import pytest

from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Locale

from lieux.forms import MapFilterForm
from portail.cache import ReusedClientRedisCacheClient
from portail.models import Commune
from portail.selectors import localized_pages

pytestmark = pytest.mark.django_db


def locale_queries(queries) -> list[str]:
    return [query["sql"] for query in queries if 'FROM "wagtailcore_locale"' in query["sql"]]


def test_a_page_asks_the_database_for_no_locale_once_the_site_s_entry_is_kept(
    client, site_tree, page_cache_off
):
    client.get("/es/formarse/")  # the site's entry, with every locale
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/es/formarse/")

    assert response.status_code == 200
    assert not locale_queries(queries)


def test_a_locale_added_is_read_by_the_next_request(client, site_tree, page_cache_off):
    client.get("/fr/")
    Locale.objects.create(language_code="de")  # saving a locale purges the site's entry
    with CaptureQueriesContext(connection) as queries:
        client.get("/fr/")

    asked = locale_queries(queries)
    assert asked and len(set(asked)) == len(asked), "read again, each query once"
    assert Locale.get_active().language_code == settings.LANGUAGE_CODE  # outside a request: no memo


def test_the_map_filters_read_the_communes_once_per_field(places):
    lamentin = Commune.objects.get(insee_code="97213")
    form = MapFilterForm({"commune": str(lamentin.pk), "pres_de": str(lamentin.pk)})
    with CaptureQueriesContext(connection) as queries:
        assert form.is_valid()
        html = str(form["commune"]) + str(form["pres_de"]) + str(form["commune"])
        list(form.fields["commune"].choices)

    commune_queries = [query for query in queries if 'FROM "portail_commune"' in query["sql"]]
    assert len(commune_queries) == 2  # one per field, not one per listing of its choices
    assert form.cleaned_data["commune"] == lamentin and form.cleaned_data["pres_de"] == lamentin
    assert f'<option value="{lamentin.pk}" selected>Le Lamentin</option>' in html
    assert html.count("<option") == 2 * (1 + Commune.objects.count()) + 1 + Commune.objects.count()


@pytest.mark.parametrize("value", ["0", "abc", "97213"])
def test_a_forged_commune_is_refused(places, value):
    form = MapFilterForm({"commune": value})

    assert not form.is_valid()
    assert "commune" in form.errors


def test_a_new_queryset_reads_its_objects_again(places):
    form = MapFilterForm()
    field = form.fields["commune"]
    assert len(field.objects()) == Commune.objects.count()

    field.queryset = Commune.objects.filter(insee_code="97213")

    assert [commune.insee_code for commune in field.objects()] == ["97213"]


def test_pages_already_in_the_language_are_not_fetched_again(site_tree):
    french = [site_tree.home["fr"].specific, site_tree.page["fr"].specific]
    locale = Locale.objects.get(language_code="fr")
    with CaptureQueriesContext(connection) as queries:
        found = localized_pages(french, locale)

    assert found == french and all(a is b for a, b in zip(found, french, strict=True))
    assert len(queries) == 0
    assert [page.fallback_language for page in found] == ["", ""]


def test_pages_in_another_language_are_still_translated(site_tree):
    french = [site_tree.page["fr"].specific]

    found = localized_pages(french, Locale.objects.get(language_code="es"))

    assert found == [site_tree.page["es"].specific] and found[0].fallback_language == ""


def test_an_unpublished_page_in_the_language_stays_out(site_tree):
    page = site_tree.page["fr"].specific
    page.live = False

    assert localized_pages([page], Locale.objects.get(language_code="fr")) == []


def test_the_redis_client_is_built_once_per_pool():
    client = ReusedClientRedisCacheClient(["redis://127.0.0.1:6379/4"])

    assert client.get_client() is client.get_client(write=True)

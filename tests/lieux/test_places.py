"""The places map and the place pages: three languages, filters without JavaScript, "near",
open now, corrections and the yearly check."""

import datetime
import re

import pytest

from django.core import mail
from django.core.cache import cache
from django.utils import timezone

from wagtail.models import Revision

from lieux import services
from lieux.enums import CorrectionStatus
from lieux.models import PlaceCorrection, PlacePage
from search.indexing import rebuild
from tests.utils import in_martinique, tables_read

THURSDAY_9_30 = in_martinique(2027, 3, 4, 9, 30)


def listed(response) -> list[str]:
    return re.findall(
        r'<h3 class="scheme-card__title"><a href="[^"]+"[^>]*>([^<]+)</a>', response.content.decode()
    )


@pytest.mark.parametrize(
    ("url", "title", "heading"),
    [
        ("/fr/tiers-lieux/", "Tiers-lieux", "Trouver un lieu"),
        ("/en/community-digital-spaces/", "Digital spaces", "Find a place"),
        ("/es/espacios-digitales/", "Espacios digitales", "Encontrar un lugar"),
    ],
)
def test_the_map_page_lists_the_places_in_three_languages(client, places, url, title, heading):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert f"<h1>{title}</h1>" in html
    assert heading in html
    assert listed(response) == ["La Sphère 972", "Up &amp; Space", "VANLAB"]
    if not url.startswith("/fr/"):  # the places exist in French only: said with lang="fr"
        assert f'href="{url[:4]}tiers-lieux/vanlab/" lang="fr"' in html


def test_the_map_is_an_enhancement_the_list_and_a_no_js_form_come_first(client, places):
    html = client.get("/fr/tiers-lieux/").content.decode()
    assert '<div id="places-map" class="places-map" hidden' in html  # shown by the script only
    assert '<form class="filters" method="get"' in html
    assert 'id="places-data" type="application/json"' in html
    assert "vendor/leaflet-1.9.4/leaflet.js" in html


def test_the_tile_host_is_allowed_for_images_on_the_map_page_only(client, places, settings):
    settings.MAP_TILE_URL = "https://{s}.tiles.example.org/{z}/{x}/{y}.png"
    csp = client.get("/fr/tiers-lieux/")["Content-Security-Policy"]
    assert "img-src 'self' data: https://*.tiles.example.org" in csp
    assert "tiles.example.org" not in client.get("/fr/tiers-lieux/vanlab/")["Content-Security-Policy"]
    settings.MAP_TILE_URL = ""
    assert "img-src 'self' data:;" in client.get("/fr/tiers-lieux/")["Content-Security-Policy"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("commune=%(lamentin)s", ["La Sphère 972"]),
        ("epci=espace-sud", ["Up &amp; Space"]),
        ("type=fablab", ["La Sphère 972", "VANLAB"]),
        ("type=epn&type=tiers-lieu", ["La Sphère 972", "Up &amp; Space"]),
        ("service=demarches", ["Up &amp; Space"]),
        ("public=seniors", ["La Sphère 972", "VANLAB"]),  # VANLAB welcomes everyone
        ("gratuit=on", ["La Sphère 972", "Up &amp; Space"]),
        ("type=fablab&gratuit=on", ["La Sphère 972"]),
    ],
)
def test_filters_work_from_the_url(client, places, query, expected):
    lamentin = places["sphere"].commune.pk
    response = client.get("/fr/tiers-lieux/?" + query % {"lamentin": lamentin})
    assert listed(response) == expected


def count_of(response, value, checked=False) -> int | None:
    """The count shown next to the filter's checkbox for `value`."""
    tick = " checked" if checked else ""
    found = re.search(
        rf'value="{value}" id="[^"]+"{tick}>\s*<label[^>]*>[^<]*<span class="count">\((\d+)\)</span>',
        response.content.decode(),
    )
    return int(found[1]) if found else None


def test_the_filters_count_what_each_choice_would_give(client, places):
    response = client.get("/fr/tiers-lieux/?type=fablab&public=jeunes")

    assert listed(response) == ["VANLAB"]  # VANLAB welcomes everyone, La Sphère seniors
    # Within a facet the choices add up: the other kinds keep their counts…
    assert count_of(response, "fablab", checked=True) == 1
    assert count_of(response, "epn") == 1  # Up & Space, for young people
    assert count_of(response, "tiers-lieu") == 0
    assert count_of(response, "seniors") == 2
    # …across facets they narrow.
    assert count_of(response, "loisirs-creation") == 1
    assert count_of(response, "demarches") == 0


def test_free_of_charge_narrows_the_counts(client, places):
    response = client.get("/fr/tiers-lieux/?gratuit=on")
    assert count_of(response, "fablab") == 1
    assert count_of(response, "epn") == 1


def test_the_counts_come_before_open_now(client, places, monkeypatch):
    monkeypatch.setattr("lieux.views.timezone.now", lambda: THURSDAY_9_30)
    response = client.get("/fr/tiers-lieux/?ouvert=on")
    assert listed(response) == ["La Sphère 972"]
    assert count_of(response, "fablab") == 2  # VANLAB is a fablab, closed at this hour


def test_the_map_lists_what_the_search_index_holds(client, places, map_page):
    from tests.lieux.factories import PlacePageFactory

    PlacePageFactory(parent=map_page, title="Cyber-base du Robert", slug="cyber-base")
    assert "Cyber-base du Robert" not in listed(client.get("/fr/tiers-lieux/"))
    rebuild("database")  # what the django-q2 job does after the save
    assert "Cyber-base du Robert" in listed(client.get("/fr/tiers-lieux/"))


def test_open_now_uses_the_time_in_martinique(client, places, monkeypatch):
    monkeypatch.setattr("lieux.views.timezone.now", lambda: THURSDAY_9_30)
    response = client.get("/fr/tiers-lieux/?ouvert=on")
    assert listed(response) == ["La Sphère 972"]  # VANLAB opens at 10:00
    friday_late = in_martinique(2027, 3, 5, 23, 0)
    monkeypatch.setattr("lieux.views.timezone.now", lambda: friday_late)
    assert listed(client.get("/fr/tiers-lieux/?ouvert=on")) == ["Up &amp; Space"]  # overnight


def test_nearest_first_from_a_chosen_commune_without_javascript(client, places, french):
    from portail.models import Commune

    sainte_anne = Commune.objects.get(insee_code="97226")
    response = client.get(f"/fr/tiers-lieux/?pres_de={sainte_anne.pk}")
    assert listed(response) == ["Up &amp; Space", "La Sphère 972", "VANLAB"]
    assert "Le plus proche d’abord, depuis Sainte-Anne." in response.content.decode()


def test_nearest_first_from_the_browser_position(client, places):
    response = client.get("/fr/tiers-lieux/?lat=14.6075&lon=-61.0730")  # Fort-de-France
    assert listed(response)[0] == "VANLAB"
    assert listed(client.get("/fr/tiers-lieux/?lat=999&lon=0")) == [
        "La Sphère 972",
        "Up &amp; Space",
        "VANLAB",
    ]


def test_the_map_page_runs_a_bounded_number_of_queries(client, map_page, django_assert_max_num_queries):
    from tests.lieux.factories import PlacePageFactory

    for number in range(30):
        PlacePageFactory(parent=map_page, title=f"Lieu {number}", slug=f"lieu-{number}")
    rebuild("database")
    client.get("/fr/tiers-lieux/")  # warm the site and locale caches
    with django_assert_max_num_queries(26):  # search: 5, with its settings on PostgreSQL 6; places: 3
        response = client.get("/fr/tiers-lieux/")
    assert len(listed(response)) == 30


@pytest.mark.parametrize("language", ["fr", "en", "es"])
def test_a_place_page_shows_hours_in_plain_words_and_open_now(client, places, monkeypatch, language):
    monkeypatch.setattr("lieux.models.timezone.now", lambda: THURSDAY_9_30)
    html = client.get("/fr/tiers-lieux/la-sphere-972/", HTTP_ACCEPT_LANGUAGE=language).content.decode()
    assert "Lundi à vendredi: 9:00 à 17:00" in html
    assert "Ouvert maintenant" in html
    assert "Jours fériés: fermé" in html


def test_a_place_lists_its_upcoming_events(client, places, event_index):
    from tests.evenements.factories import EventPageFactory

    EventPageFactory(parent=event_index, title="Atelier smartphone", place=places["sphere"])
    EventPageFactory(
        parent=event_index,
        title="Atelier passé",
        place=places["sphere"],
        starts_at=timezone.now() - datetime.timedelta(days=3),
        ends_at=timezone.now() - datetime.timedelta(days=3, hours=-2),
    )
    html = client.get("/fr/tiers-lieux/la-sphere-972/").content.decode()
    assert "Atelier smartphone" in html
    assert "Atelier passé" not in html


def test_an_opening_hours_value_that_cannot_be_read_is_refused_in_the_admin_form(places):
    from django.core.exceptions import ValidationError

    place = places["vanlab"]
    place.opening_hours = "du lundi au vendredi"
    with pytest.raises(ValidationError) as error:
        place.full_clean()
    assert "opening_hours" in error.value.message_dict


def correction_data(**overrides):
    return {
        "message": "Nouveaux horaires : fermé le mercredi.",
        "email": "",
        "website": "",
        "captcha_0": "x",
        "captcha_1": "PASSED",
        **overrides,
    }


def test_a_correction_is_stored_for_moderation_and_the_editors_are_told(
    client, places, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/fr/tiers-lieux/vanlab/corriger/", correction_data())
    assert response.status_code == 200
    correction = PlaceCorrection.objects.get()
    assert correction.place.pk == places["vanlab"].pk
    assert correction.status == CorrectionStatus.NEW
    assert "VANLAB" in mail.outbox[0].subject


def test_a_correction_form_with_a_mistake_keeps_what_was_typed(client, places):
    response = client.post("/fr/tiers-lieux/vanlab/corriger/", correction_data(email="pas-un-courriel"))
    html = response.content.decode()
    assert "Nouveaux horaires : fermé le mercredi." in html
    assert 'aria-invalid="true"' in html
    assert not PlaceCorrection.objects.exists()


def test_the_honeypot_and_the_rate_limit_stop_robots(client, places):
    client.post("/fr/tiers-lieux/vanlab/corriger/", correction_data(website="http://spam.example"))
    assert not PlaceCorrection.objects.exists()
    cache.clear()
    for _attempt in range(5):
        client.post("/fr/tiers-lieux/vanlab/corriger/", correction_data())
    response = client.post("/fr/tiers-lieux/vanlab/corriger/", correction_data())
    assert PlaceCorrection.objects.count() == 5
    assert "Trop de corrections" in response.content.decode()


def test_the_yearly_check_emails_each_place_once_and_the_link_confirms(client, places):
    now = timezone.now()
    assert services.send_verification_requests(now) == 1  # only La Sphère has an e-mail
    assert services.send_verification_requests(now) == 0  # asked once a year
    message = mail.outbox[0]
    assert message.to == ["contact@sphere.example"]
    link = re.search(r"http://[^/]+(/fr/tiers-lieux/la-sphere-972/confirmer/[\w-]+/)", message.body)[1]
    assert client.get(link).status_code == 200  # a page with one button: mail scanners confirm nothing
    assert PlacePage.objects.get(pk=places["sphere"].pk).last_verified is None
    client.post(link)
    assert PlacePage.objects.get(pk=places["sphere"].pk).last_verified == timezone.localdate()
    assert services.places_due_for_verification(now + datetime.timedelta(days=366)).count() == 1


def test_publishing_an_older_draft_keeps_the_yearly_check_dates(places):
    draft = places["sphere"].save_revision()  # an editor's draft, written before the check
    now = timezone.now()
    services.send_verification_requests(now)
    services.confirm_place(place_id=places["sphere"].pk)

    Revision.objects.get(pk=draft.pk).publish()  # as the admin does, from the database

    place = PlacePage.objects.get(pk=places["sphere"].pk)
    assert place.last_verified == timezone.localdate()
    assert place.verification_sent_at is not None
    assert services.send_verification_requests(now) == 0  # not asked again


def test_a_confirm_link_for_another_place_or_forged_is_refused(client, places):
    token = services.verification_token(places["sphere"])
    assert client.post(f"/fr/tiers-lieux/vanlab/confirmer/{token}/").status_code == 404
    assert client.post("/fr/tiers-lieux/la-sphere-972/confirmer/forged/").status_code == 404


def test_the_email_of_a_correction_is_erased_after_six_months(places):
    old = PlaceCorrection.objects.create(
        place=places["sphere"], message="Fermé le lundi.", email="a@example.org"
    )
    recent = PlaceCorrection.objects.create(
        place=places["vanlab"], message="Nouveau numéro.", email="b@example.org"
    )
    PlaceCorrection.objects.filter(pk=old.pk).update(created_at=timezone.now() - datetime.timedelta(days=184))

    assert services.erase_old_correction_emails() == 1

    assert dict(PlaceCorrection.objects.values_list("pk", "email")) == {
        old.pk: "",
        recent.pk: "b@example.org",
    }
    assert PlaceCorrection.objects.get(pk=old.pk).message == "Fermé le lundi."  # the suggestion stays


def test_a_place_reads_its_commune_and_epci_with_its_row(client, places, page_cache_off):
    response, tables = tables_read(client, places["sphere"].url)

    commune = places["sphere"].commune
    assert f"{commune.name} ({commune.epci.short_name})" in response.text
    assert not {"portail_commune", "portail_epci", "wagtailcore_locale"} & set(tables)

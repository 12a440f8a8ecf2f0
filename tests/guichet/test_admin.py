"""The CTM's screens in the Wagtail admin (routing tester, dashboard, partners and rules) and the
public open data of the guichet."""

import csv
import io

import pytest
from allauth.account.models import EmailAddress

from django.contrib.auth.models import Group
from django.utils import timezone, translation
from django.utils.html import escape

from guichet.enums import Status
from guichet.models import AccompanimentRequest, RoutingRule
from guichet.routing import route
from tests.guichet.factories import AccompanimentRequestFactory, case, commune
from tests.portail.factories import UserFactory
from tests.utils import in_language, signed_in

pytestmark = pytest.mark.django_db

TESTER = "/admin/guichet/tester/"
DASHBOARD = "/admin/guichet/tableau-de-bord/"


@pytest.fixture
def signed_editor(client, editor):
    return signed_in(client, editor)


def admin_text(message: str, **values) -> str:
    """A message of the admin's templates (French), with its escaped values."""
    text = in_language("fr", message, escaped=False)
    return text % {name: escape(value) for name, value in values.items()} if values else text


# The routing tester


def test_an_editor_tests_a_routing_case_and_reads_the_decision_and_why(signed_editor, partners):
    response = signed_editor.get(f"{TESTER}?commune=Le+Lorrain&sector=commerce&headcount=3")

    page = response.content.decode()
    assert response.status_code == 200
    assert admin_text("Sent to %(partner)s", partner=partners["cap-nord"].name) in page
    assert admin_text("Rule: %(rule)s.", rule="Autres entreprises → l'EPCI de la commune") in page
    with translation.override("fr"):
        explanation = route(case("97214", "commerce", 3)).explanation
    assert f"<q>{escape(explanation)}</q>" in page
    chosen = admin_text("chosen")
    assert f"<strong>{escape(RoutingRule.objects.get(position=40).name)} ({chosen})</strong>" in page


def test_the_tester_shows_the_ctm_when_no_rule_matches(signed_editor, partners):
    RoutingRule.objects.update(active=False)

    page = signed_editor.get(f"{TESTER}?commune=97209&sector=services&headcount=40").content.decode()

    assert admin_text("Sent to %(partner)s", partner=partners["ctm"].name) in page
    assert admin_text("No rule matched: the CTM.") in page


def test_the_tester_explains_a_mistyped_commune(signed_editor):
    page = signed_editor.get(f"{TESTER}?commune=Lorain&sector=commerce&headcount=3").content.decode()

    assert in_language("fr", "Did you mean %(name)s?") % {"name": "Le Lorrain"} in page
    assert 'id="decision-title"' not in page


def test_the_tester_and_dashboard_need_the_guichet_permissions(client, partners):
    user = UserFactory()
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    moderators = Group.objects.get(name="Moderators")
    moderators.permissions.filter(content_type__app_label="guichet").delete()
    user.groups.add(moderators)
    signed_in(client, user)

    for url in [
        f"{TESTER}?commune=Le+Lorrain&sector=commerce&headcount=3",
        DASHBOARD,
        f"{DASHBOARD}?format=csv",
    ]:
        response = client.get(url)
        assert (response.status_code, response["Location"]) == (302, "/admin/"), url  # "no permission"


# The dashboard


@pytest.fixture
def some_requests(partners):
    """Three requests to CAP Nord (one taken in charge), one to the CACEM."""
    AccompanimentRequestFactory(needs=["site-web", "cybersecurite"])
    AccompanimentRequestFactory(needs=["site-web"])
    AccompanimentRequestFactory(needs=["financement"], status=Status.IN_PROGRESS)
    AccompanimentRequestFactory(partner=partners["cacem"], commune=commune("97209"), needs=["site-web"])


def test_the_dashboard_shows_the_counts(signed_editor, partners, some_requests):
    response = signed_editor.get(DASHBOARD)

    page = response.content.decode()
    assert response.status_code == 200
    with translation.override("fr"):
        total = translation.ngettext("%(counter)s request in total.", "%(counter)s requests in total.", 4)
    assert total % {"counter": 4} in page
    for label, count in [
        (escape(partners["cap-nord"].name), 3),
        (escape(partners["cacem"].name), 1),
        ("CAP Nord Martinique", 3),
        ("CACEM", 1),
    ]:
        assert f"<span>{label}</span>" in page and f"<span>{count}</span>" in page, label


def test_the_dashboard_figures_download_as_csv(signed_editor, partners, some_requests):
    response = signed_editor.get(f"{DASHBOARD}?format=csv")

    rows = list(csv.reader(io.StringIO(response.content.decode()), delimiter=";"))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert rows[0] == ["indicateur", "valeur", "demandes"]
    assert ["by_partner", partners["cap-nord"].name, "3"] in rows
    assert ["by_partner", partners["cacem"].name, "1"] in rows
    assert ["by_epci", "CAP Nord Martinique", "3"] in rows
    with translation.override("fr"):
        website = str(translation.gettext("A website"))
    assert ["by_need", website, "3"] in rows


def test_the_dashboard_shows_nothing_yet_without_requests(signed_editor):
    page = signed_editor.get(DASHBOARD).content.decode()

    assert admin_text("No request yet.") in page


# Partners and routing rules


def test_the_partner_and_rule_lists_load(signed_editor, partners):
    partner_list = signed_editor.get("/admin/snippets/guichet/partner/")
    rule_list = signed_editor.get("/admin/snippets/guichet/routingrule/")

    assert partner_list.status_code == 200 and rule_list.status_code == 200
    for partner in partners.values():
        assert escape(partner.name) in partner_list.content.decode()
    for rule in RoutingRule.objects.all():
        assert escape(rule.name) in rule_list.content.decode()


def test_the_rule_list_says_where_each_rule_sends(signed_editor, partners):
    RoutingRule.objects.create(name="Selon la commune", position=90, to_commune_epci=True)
    page = signed_editor.get("/admin/snippets/guichet/routingrule/").content.decode()

    assert in_language("fr", "Send to") in page
    assert in_language("fr", "The intercommunality of the company's commune") in page
    assert escape(RoutingRule.objects.filter(partner__isnull=False).first().partner.name) in page


def test_an_editor_adds_a_routing_rule(signed_editor, partners):
    response = signed_editor.post(
        "/admin/snippets/guichet/routingrule/add/",
        {
            "name": "Cybersécurité → CTM",
            "position": "5",
            "active": "on",
            "audience": "entreprise",
            "needs": ["cybersecurite"],
            "partner": partners["ctm"].pk,
        },
    )

    assert response.status_code == 302
    rule = RoutingRule.objects.get(name="Cybersécurité → CTM")
    assert rule.needs == ["cybersecurite"] and rule.partner == partners["ctm"]
    assert route(case("97214", "commerce", 3, ["cybersecurite"])).partner == partners["ctm"]


def test_a_rule_with_two_targets_is_refused(signed_editor, partners):
    response = signed_editor.post(
        "/admin/snippets/guichet/routingrule/add/",
        {"name": "Ambiguë", "position": "5", "partner": partners["ctm"].pk, "to_commune_epci": "on"},
    )

    assert response.status_code == 200
    assert not RoutingRule.objects.filter(name="Ambiguë").exists()


# Open data


def test_the_open_data_hides_counts_under_five(client, partners):
    for _ in range(5):
        AccompanimentRequestFactory(sector="commerce")  # Le Lorrain (CAP Nord)
    AccompanimentRequestFactory(sector="artisanat")
    AccompanimentRequestFactory(sector="artisanat", partner=partners["cacem"], commune=commune("97209"))

    results = client.get("/api/guichet/statistiques.json").json()["results"]

    month = timezone.localtime(AccompanimentRequest.objects.first().created_at).strftime("%Y-%m")
    counts = {(row["epci"], row["secteur"], row["statut"]): row["demandes"] for row in results}
    assert counts == {
        ("CAP Nord Martinique", "commerce", "routed"): 5,
        ("CAP Nord Martinique", "artisanat", "routed"): "<5",
        ("CACEM", "artisanat", "routed"): "<5",
    }
    assert {row["mois"] for row in results} == {month}
    assert all(set(row) == {"mois", "epci", "secteur", "statut", "demandes"} for row in results)


def test_the_open_data_downloads_as_csv_without_signing_in(client, partners):
    for _ in range(6):
        AccompanimentRequestFactory()
    AccompanimentRequestFactory(status=Status.CLOSED)

    response = client.get("/api/guichet/statistiques.csv")

    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert response.status_code == 200 and response["Content-Type"] == "text/csv; charset=utf-8"
    assert [(row["statut"], row["demandes"]) for row in rows] == [("closed", "<5"), ("routed", "6")]
    assert "lea" not in response.content.decode().lower()


def test_the_open_data_names_no_company(client, partners):
    AccompanimentRequestFactory(company_name="Ti Kaz Créole", email="lea@example.org")

    body = client.get("/api/guichet/statistiques.json").content.decode()

    assert "Ti Kaz" not in body and "lea@example.org" not in body and "73282932000074" not in body

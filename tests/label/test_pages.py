"""The label's public pages in three languages, the open-data registry, the provider's journey
and the reviewers' screens."""

import datetime
import json

import pytest

from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile

from label import services
from label.enums import ApplicationStatus
from label.models import CharterSignatory, LabelApplication, LabelCriterion, Provider
from portail.models import Commune
from tests.label.factories import PDF_BYTES, ProviderFactory, SolutionFactory, labelled
from tests.portail.factories import UserFactory
from tests.utils import in_language, signed_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def labels(reviewer):
    """Three valid labels (one in Le Lamentin, hosting), one expired, one revoked, one pending."""
    valid = [
        labelled(reviewer, name="Kalbas Numérik", description_en="Web agency", description_es="Agencia web"),
        labelled(reviewer, name="Lakou Data"),
        labelled(reviewer, name="Nuage Caraïbe", commune=Commune.objects.get(insee_code="97213")),
    ]
    SolutionFactory(provider=valid[2].provider, name="Kaz Sauvegarde", category="hebergement")
    expired = labelled(reviewer, name="Bèl Imaj", today=datetime.date(2020, 1, 1))
    revoked = labelled(reviewer, name="Répar'PC")
    services.transition(revoked, "revoke", user=reviewer, message="Fermé.")
    pending = ProviderFactory(name="Kòd Antiy")
    SolutionFactory(provider=pending)
    return {"valid": valid, "expired": expired, "revoked": revoked, "pending": pending}


@pytest.mark.parametrize(
    "language, heading, description",
    [
        ("fr", "Prestataires numériques locaux", "Développement web"),
        ("en", "Local digital providers", "Web agency"),
        ("es", "Proveedores digitales locales", "Agencia web"),
    ],
)
def test_the_directory_lists_valid_labels_only_in_three_languages(
    client, labels, language, heading, description
):
    response = client.get(f"/{language}/label/")
    html = response.content.decode()

    assert response.status_code == 200
    assert f'<html lang="{language}">' in html
    assert heading in html and description in html
    for name in ("Kalbas Numérik", "Lakou Data", "Nuage Caraïbe"):
        assert name in html
    for name in ("Bèl Imaj", "Répar&#x27;PC", "Kòd Antiy"):
        assert name not in html
    assert html.count('class="label-badge"') == 3


def test_an_untranslated_description_is_marked_as_french(client, labels):
    html = client.get("/en/label/").content.decode()
    assert '<p lang="fr">Développement web et maintenance sur place.' in html


def test_the_directory_filters_by_category_and_commune(client, labels):
    html = client.get("/fr/label/?categorie=hebergement").content.decode()
    assert "Nuage Caraïbe" in html and "Kalbas Numérik" not in html
    html = client.get("/fr/label/?commune=97213").content.decode()
    assert "Nuage Caraïbe" in html and "Lakou Data" not in html
    html = client.get("/fr/label/?categorie=formation").content.decode()
    assert in_language("fr", "No labelled provider matches these filters.") in html


def test_the_directory_queries_do_not_grow_with_the_providers(client, labels, reviewer):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get("/fr/label/")
    with CaptureQueriesContext(connection) as three:
        client.get("/fr/label/")
    for number in range(5):
        SolutionFactory(provider=labelled(reviewer, name=f"Autre {number}").provider)
    with CaptureQueriesContext(connection) as eight:
        response = client.get("/fr/label/")

    assert response.content.decode().count('class="label-badge"') == 8
    assert len(eight) == len(three) <= 15  # 14 measured: 11, and 3 for the buyers' meetings


@pytest.mark.parametrize("language", ["fr", "en", "es"])
def test_the_verification_page_says_valid_expired_or_revoked(client, labels, language):
    expectations = {
        "valid": labels["valid"][0],
        "expired": labels["expired"],
        "revoked": labels["revoked"],
    }
    for state, label in expectations.items():
        code = label.provider.label_code
        html = client.get(f"/{language}/label/verifier/{code}/").content.decode()
        assert label.provider.name.replace("'", "&#x27;") in html
        state_text = {"valid": "Valid label", "expired": "Expired label", "revoked": "Revoked label"}[state]
        assert in_language(language, state_text) in html, (state, language)
        assert label.valid_until.strftime("%Y") in html


def test_an_unknown_code_is_a_404(client, labels):
    assert client.get("/fr/label/verifier/PLN-INCONNU/").status_code == 404
    assert client.get("/api/label/badge/PLN-INCONNU.svg").status_code == 404


def test_the_badge_is_an_svg_image_that_other_sites_can_show(client, labels):
    code = labels["valid"][0].provider.label_code
    response = client.get(f"/api/label/badge/{code}.svg")
    assert response["Content-Type"].startswith("image/svg+xml")
    assert response["Cross-Origin-Resource-Policy"] == "cross-origin"
    assert code in response.content.decode() and "valide" in response.content.decode()
    revoked = labels["revoked"].provider.label_code
    assert "retiré" in client.get(f"/api/label/badge/{revoked}.svg").content.decode()


def test_the_registry_lists_valid_labels_only(client, labels):
    rows = client.get("/api/label/registre.json", HTTP_ACCEPT_LANGUAGE="es").json()["results"]

    assert [row["name"] for row in rows] == ["Kalbas Numérik", "Lakou Data", "Nuage Caraïbe"]
    nuage = rows[2]
    provider = labels["valid"][2].provider
    assert nuage == {
        "name": "Nuage Caraïbe",
        "siret": provider.siret,
        "commune": "Le Lamentin",
        "categories": ["developpement", "hebergement"],
        "code": provider.label_code,
        "status": "valid",
        "valid_until": labels["valid"][2].valid_until.isoformat(),
        "verify_url": f"http://127.0.0.1:8000/fr/label/verifier/{provider.label_code}/",
    }


def test_the_registry_as_csv(client, labels):
    response = client.get("/api/label/registre.csv")
    lines = b"".join(response.streaming_content).decode("utf-8-sig").splitlines()
    assert lines[0] == "name;siret;commune;categories;code;status;valid_until;verify_url"
    assert len(lines) == 4 and lines[3].startswith("Nuage Caraïbe;")


@pytest.mark.parametrize("language", ["fr", "en", "es"])
def test_the_charter_signatories_page(client, language):
    CharterSignatory.objects.create(
        kind="elu", name="Maire du Lamentin", signed_on=datetime.date(2026, 5, 20)
    )
    CharterSignatory.objects.create(
        kind="organisation", name="CCI Martinique", signed_on=datetime.date(2026, 3, 12)
    )
    html = client.get(f"/{language}/label/signataires/").content.decode()
    assert "Maire du Lamentin" in html and "CCI Martinique" in html
    assert in_language(language, "Elected official", escaped=False) in html
    assert "2026-05-20" in html


# The provider's journey


def test_a_visitor_is_asked_to_sign_in_then_to_present_the_company(client, provider_user):
    assert client.get("/fr/label/candidater/")["Location"].startswith("/fr/accounts/login/")
    client.force_login(provider_user)
    assert client.get("/fr/label/candidater/")["Location"] == "/fr/label/profil/"


PROFILE = {
    "name": "Ti Kaz Digital",
    "siret": "732 829 320 00074",
    "commune": "Le Lorrain",
    "team_size": "3",
    "website": "tikaz.example",
    "description": "Sites web pour les commerces du Nord.",
    "description_en": "",
    "description_es": "",
    "solutions-TOTAL_FORMS": "1",
    "solutions-INITIAL_FORMS": "0",
    "solutions-MIN_NUM_FORMS": "0",
    "solutions-MAX_NUM_FORMS": "20",
    "solutions-0-name": "Site vitrine",
    "solutions-0-category": "developpement",
    "solutions-0-description": "Un site en une semaine.",
    "solutions-0-references": "",
}


def test_the_profile_checks_the_siret_and_keeps_what_was_typed(client, provider_user):
    client.force_login(provider_user)
    response = client.post("/fr/label/profil/", {**PROFILE, "siret": "73282932000075"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "14 chiffres" in html and 'value="Ti Kaz Digital"' in html
    assert not Provider.objects.exists()


def test_a_provider_applies_sends_and_is_told(
    client, provider_user, reviewer, django_capture_on_commit_callbacks
):
    client.force_login(provider_user)
    response = client.post("/es/label/profil/", PROFILE)
    assert response.status_code == 302, response.context["form"].errors or response.context["formset"].errors
    provider = Provider.objects.get()
    assert (provider.siret, provider.commune.name, provider.website, provider.language) == (
        "73282932000074",
        "Le Lorrain",
        "https://tikaz.example",
        "es",
    )
    answers = {f"criterion_{c.pk}": f"Oui ({c.position})." for c in LabelCriterion.objects.all()}

    # Saved with a document, then sent: the provider and the reviewers get an e-mail
    saved = client.post(
        "/es/label/candidater/",
        {
            **answers,
            "charter": "on",
            "website": "",
            "save": "1",
            "file": SimpleUploadedFile("kbis.pdf", PDF_BYTES),
        },
    )
    assert saved.status_code == 302
    with django_capture_on_commit_callbacks(execute=True):
        sent = client.post(
            "/es/label/candidater/", {**answers, "charter": "on", "website": "", "submit": "1"}
        )

    application = LabelApplication.objects.get()
    assert sent["Location"] == f"/es/label/candidatures/{application.pk}/"
    assert application.status == ApplicationStatus.SUBMITTED and application.evidence.count() == 1
    assert sorted(m.to[0] for m in mail.outbox) == sorted([provider_user.email, reviewer.email])
    page = client.get(sent["Location"]).content.decode()
    assert in_language("es", "Submitted", escaped=False) in page


def test_sending_an_incomplete_application_says_what_is_missing(client, provider_user):
    SolutionFactory(provider=ProviderFactory(user=provider_user))
    client.force_login(provider_user)
    response = client.post("/en/label/candidater/", {"website": "", "submit": "1"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Answer every criterion." in html and "Accept the charter of the label." in html
    assert LabelApplication.objects.get().status == ApplicationStatus.DRAFT


def test_a_wrong_file_is_explained_and_the_answers_kept(client, provider_user):
    ProviderFactory(user=provider_user)
    client.force_login(provider_user)
    criterion = LabelCriterion.objects.first()
    response = client.post(
        "/fr/label/candidater/",
        {
            f"criterion_{criterion.pk}": "Notre siège est au Lorrain.",
            "website": "",
            "save": "1",
            "file": SimpleUploadedFile("kbis.pdf", b"<html>not a pdf</html>"),
        },
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Notre siège est au Lorrain." in html
    assert (
        in_language("fr", "The file “%(name)s” is not a PDF, PNG or JPEG document (whatever its name says).")
        % {"name": "kbis.pdf"}
        in html
    )


def test_the_honeypot_refuses_robots(client, provider_user):
    ProviderFactory(user=provider_user)
    client.force_login(provider_user)
    response = client.post("/fr/label/candidater/", {"website": "http://spam.example", "save": "1"})
    assert response.status_code == 400 and not LabelApplication.objects.exists()


def test_a_provider_sees_only_its_own_application(client, reviewer):
    mine, theirs = labelled(reviewer), labelled(reviewer)
    client.force_login(mine.provider.user)
    assert client.get(f"/fr/label/candidatures/{mine.pk}/").status_code == 200
    assert client.get(f"/fr/label/candidatures/{theirs.pk}/").status_code == 404
    client.logout()
    assert client.get(f"/fr/label/candidatures/{mine.pk}/").status_code == 302  # to the sign-in


# The reviewers


def test_reviewers_work_in_the_admin(client, reviewer, labels, django_capture_on_commit_callbacks):
    pending = labels["pending"]
    from tests.label.factories import complete_application

    application = complete_application(pending)
    services.transition(application, "submit", user=pending.user)
    signed_in(client, reviewer)

    queue = client.get("/admin/label/").content.decode()
    assert "Kòd Antiy" in queue and "Kalbas" not in queue  # the queue: what waits for a reviewer
    assert "Kalbas" in client.get("/admin/label/?statut=approved").content.decode()
    detail = client.get(f"/admin/label/{application.pk}/").content.decode()
    assert "kbis.pdf" in detail and LabelCriterion.objects.first().text in detail

    client.post(f"/admin/label/{application.pk}/", {"action": "start_review"})
    answer = application.answers.first()
    client.post(f"/admin/label/{application.pk}/", {"action": "checklist", f"met_{answer.pk}": "yes"})
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/label/{application.pk}/", {"action": "approve", "message": "Bravo."})

    application.refresh_from_db()
    answer.refresh_from_db()
    assert application.status == ApplicationStatus.APPROVED and answer.met is True
    assert "Bravo." in mail.outbox[-1].body and application.provider.label_code in mail.outbox[-1].body


def test_a_reviewer_cannot_skip_a_step_from_the_admin(client, reviewer, labels):
    signed_in(client, reviewer)
    expired = labels["expired"]
    client.post(f"/admin/label/{expired.pk}/", {"action": "reject", "message": "Non."})
    assert LabelApplication.objects.get(pk=expired.pk).status == ApplicationStatus.APPROVED


def test_editors_do_not_review_but_edit_the_criteria_and_signatories(client, editor, labels):
    signed_in(client, editor)
    assert client.get("/admin/label/")["Location"] == "/admin/"
    assert client.get("/admin/snippets/label/labelcriterion/").status_code == 200
    assert client.get("/admin/snippets/label/chartersignatory/add/").status_code == 200


def test_the_default_criteria_come_from_the_migration():
    assert [c.text.split(" :")[0] for c in LabelCriterion.objects.all()] == [
        "Établissement en Martinique",
        "Part du personnel local",
        "Support et maintenance assurés localement",
        "Sous-traitance locale privilégiée",
    ]
    assert json.dumps([c.localized for c in LabelCriterion.objects.all()])


def test_advisers_recommend_labelled_providers_in_the_action_plan(labels):
    from guichet.forms import ActionPlanForm

    form = ActionPlanForm({"providers": [labels["valid"][2].provider.pk]})
    offered = [provider.name for provider in form.fields["providers"].queryset]
    assert offered == ["Kalbas Numérik", "Lakou Data", "Nuage Caraïbe"]  # valid labels only
    assert form.is_valid(), form.errors
    code = labels["valid"][2].provider.label_code
    assert form.items() == [
        {
            "kind": "prestataire",
            "page": None,
            "title": "Nuage Caraïbe",
            "url": f"http://127.0.0.1:8000/fr/label/verifier/{code}/",
        }
    ]
    refused = ActionPlanForm({"providers": [labels["expired"].provider.pk]})
    assert not refused.is_valid()


def test_a_provider_downloads_its_data(client, reviewer):
    label = labelled(reviewer, name="Kalbas Numérik")
    client.force_login(label.provider.user)
    data = client.get("/fr/label/profil/donnees.json").json()
    assert data["name"] == "Kalbas Numérik" and data["account"] == label.provider.user.email
    assert data["applications"][0]["status"] == "approved"
    assert data["applications"][0]["evidence"] == ["kbis.pdf"]
    assert [event["message"] for event in data["applications"][0]["timeline"]] == ["", "", "", ""]
    client.force_login(UserFactory())  # an account without a provider profile
    assert client.get("/fr/label/profil/donnees.json").status_code == 404


def test_the_reviewers_queue_queries_stay_bounded(client, reviewer, django_assert_max_num_queries):
    from tests.label.factories import complete_application

    for _number in range(6):
        application = complete_application()
        services.transition(application, "submit", user=application.provider.user)
    signed_in(client, reviewer)
    client.get("/admin/label/")  # warm the admin's caches
    with django_assert_max_num_queries(15):  # 12 measured
        html = client.get("/admin/label/").content.decode()
    assert html.count("/admin/label/") >= 6
    with django_assert_max_num_queries(20):  # 16 measured, whatever the answers, evidence and events
        assert client.get(f"/admin/label/{application.pk}/").status_code == 200


def test_a_labelled_company_keeps_its_siret(client, reviewer):
    label = labelled(reviewer, name="Kalbas Numérik")
    provider = label.provider
    client.force_login(provider.user)
    data = {
        **PROFILE,
        "siret": "73282932000074",
        "solutions-TOTAL_FORMS": "0",
        "solutions-INITIAL_FORMS": "0",
    }
    assert client.post("/fr/label/profil/", data).status_code == 302
    provider.refresh_from_db()
    assert provider.name == "Ti Kaz Digital" and provider.siret != "73282932000074"

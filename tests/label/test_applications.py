"""The provider's journey to the label and the reviewers' screens."""

import json

import pytest

from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile

from label import services
from label.enums import ApplicationStatus
from label.models import LabelApplication, LabelCriterion, Provider
from tests.label.factories import PDF_BYTES, ProviderFactory, SolutionFactory, complete_application, labelled
from tests.portail.factories import UserFactory
from tests.utils import in_language, signed_in

pytestmark = pytest.mark.django_db


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
    met = {f"met_{pk}": "yes" for pk in application.answers.values_list("pk", flat=True)}
    client.post(f"/admin/label/{application.pk}/", {"action": "checklist", **met})
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


def test_the_reviewer_is_told_in_french_which_criteria_are_still_to_check(client, reviewer):
    application = complete_application()
    services.transition(application, "submit", user=application.provider.user)
    services.transition(application, "start_review", user=reviewer)
    answers = list(application.answers.select_related("criterion"))
    signed_in(client, reviewer)

    page = client.post(
        f"/admin/label/{application.pk}/", {"action": "approve", "message": ""}, follow=True
    ).content.decode()

    assert "Le label ne peut pas encore être attribué" in page and answers[0].criterion.text in page
    assert LabelApplication.objects.get(pk=application.pk).status == ApplicationStatus.UNDER_REVIEW

    checklist = {f"met_{answer.pk}": "yes" for answer in answers[1:]}
    reason = "Sous-traitance locale impossible : aucun prestataire de ce type en Martinique."
    client.post(
        f"/admin/label/{application.pk}/",
        {"action": "checklist", **checklist, f"met_{answers[0].pk}": "no", f"reason_{answers[0].pk}": reason},
    )
    assert reason in client.get(f"/admin/label/{application.pk}/").content.decode()
    client.post(f"/admin/label/{application.pk}/", {"action": "approve", "message": ""})

    assert LabelApplication.objects.get(pk=application.pk).status == ApplicationStatus.APPROVED

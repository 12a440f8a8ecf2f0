"""The partner space: an adviser handles one request (take, ask, close, reopen, decline, notes,
action plan)."""

import pytest

from django.core import mail
from django.test import Client
from django.utils import translation
from django.utils.html import escape

from wagtail.models import Locale

from guichet import services
from guichet.enums import EventKind, Status
from guichet.models import ActionPlanItem
from guichet.routing import explain
from tests.catalogue.factories import CatalogueIndexPageFactory, TrainingPageFactory
from tests.financements.factories import FundingGuidePageFactory, FundingSchemePageFactory
from tests.guichet.conftest import (
    NOT_NOW,
    SPACE,
    act,
    detail_path,
    follow,
    member_of,
    not_found,
    references,
    tracking_path,
)
from tests.guichet.factories import AccompanimentRequestFactory, submit
from tests.utils import in_language, signed_in

pytestmark = pytest.mark.django_db

# A request


def test_the_detail_shows_the_company_and_why_it_came_here(signed_adviser, lorrain_request):
    services.add_note(lorrain_request, user=lorrain_request.partner.members.get(), text="À rappeler")

    page = signed_adviser.get(detail_path(lorrain_request)).content.decode()

    assert "Ti Kaz Créole" in page and "lea@example.org" in page and "73282932000074" in page
    assert "Le Lorrain (CAP Nord Martinique)" in page
    with translation.override("fr"):
        assert escape(explain(lorrain_request.routing_reasons)) in page
    assert "À rappeler" in page  # internal notes are for partners
    assert f'action="{detail_path(lorrain_request)}take/"' in page
    assert f'action="{detail_path(lorrain_request)}reopen/"' not in page


def test_an_adviser_takes_asks_gets_an_answer_closes_and_reopens(
    signed_adviser, adviser, lorrain_request, django_capture_on_commit_callbacks
):
    company = Client()

    with django_capture_on_commit_callbacks(execute=True):
        taken = act(signed_adviser, lorrain_request, "take")
    lorrain_request.refresh_from_db()
    assert taken["Location"] == detail_path(lorrain_request)
    assert lorrain_request.status == Status.IN_PROGRESS and lorrain_request.taken_by == adviser
    assert in_language("fr", "Done. The timeline and the company have been updated.") in follow(
        signed_adviser, taken
    )
    assert mail.outbox[-1].to == ["lea@example.org"]

    with django_capture_on_commit_callbacks(execute=True):
        act(signed_adviser, lorrain_request, "ask", message="Quel est votre budget ?")
    lorrain_request.refresh_from_db()
    assert lorrain_request.status == Status.WAITING
    assert "Quel est votre budget ?" in mail.outbox[-1].body
    assert mail.outbox[-1].reply_to == [lorrain_request.partner.contact_email]

    company.post(f"{tracking_path(lorrain_request)}reply/", {"message": "Environ 3000 euros."})
    lorrain_request.refresh_from_db()
    assert lorrain_request.status == Status.IN_PROGRESS
    assert "Environ 3000 euros." in signed_adviser.get(detail_path(lorrain_request)).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        act(signed_adviser, lorrain_request, "close", outcome="accompanied", message="Bonne continuation !")
    lorrain_request.refresh_from_db()
    assert lorrain_request.status == Status.CLOSED and lorrain_request.outcome == "accompanied"
    assert lorrain_request.closed_at is not None
    assert "Bonne continuation !" in mail.outbox[-1].body

    act(signed_adviser, lorrain_request, "reopen")
    lorrain_request.refresh_from_db()
    assert lorrain_request.status == Status.IN_PROGRESS
    assert (lorrain_request.outcome, lorrain_request.closed_at) == ("", None)
    assert list(lorrain_request.events.values_list("kind", flat=True)) == [
        EventKind.RECEIVED,
        EventKind.ROUTED,
        EventKind.TAKEN,
        EventKind.INFO_REQUESTED,
        EventKind.COMPANY_MESSAGE,
        EventKind.CLOSED,
        EventKind.REOPENED,
    ]


def test_closing_needs_an_outcome_and_asking_needs_a_question(signed_adviser, lorrain_request):
    act(signed_adviser, lorrain_request, "take")

    closed = act(signed_adviser, lorrain_request, "close")
    assert in_language("fr", "Choose the outcome.") in follow(signed_adviser, closed)
    asked = act(signed_adviser, lorrain_request, "ask", message="  ")
    assert in_language("fr", "Write a message: it is needed for this step.") in follow(signed_adviser, asked)

    lorrain_request.refresh_from_db()
    assert lorrain_request.status == Status.IN_PROGRESS


@pytest.mark.parametrize(
    ("status", "action"),
    [
        (Status.ROUTED, "reopen"),
        (Status.ROUTED, "ask"),
        (Status.IN_PROGRESS, "take"),
        (Status.CLOSED, "close"),
        (Status.CLOSED, "decline"),
        (Status.WITHDRAWN, "take"),
        (Status.ROUTED, "reply"),  # the company's action
        (Status.ROUTED, "launch"),
    ],
)
def test_a_step_not_possible_from_the_current_status_is_refused(signed_adviser, partners, status, action):
    request = AccompanimentRequestFactory(status=status)

    response = act(signed_adviser, request, action, message="Motif", outcome="accompanied")

    request.refresh_from_db()
    assert response["Location"] == detail_path(request)
    assert request.status == status and request.events.count() == 0
    assert in_language("fr", NOT_NOW) in follow(signed_adviser, response)


def test_declining_sends_the_request_to_the_next_matching_rule(
    client, partners, django_capture_on_commit_callbacks
):
    cci = member_of(partners["cci-martinique"])
    request = submit(headcount=12, email="lea@example.org")  # a shop of 12: the CCI
    assert request.partner == partners["cci-martinique"]
    signed_in(client, cci)

    with django_capture_on_commit_callbacks(execute=True):
        response = act(client, request, "decline", message="Hors de notre périmètre.")

    request.refresh_from_db()
    assert response["Location"] == SPACE
    assert request.partner == partners["cap-nord"] and request.status == Status.ROUTED
    assert list(request.declined_by.all()) == [partners["cci-martinique"]]
    assert not_found(client, detail_path(request))
    assert references(client.get(SPACE).content.decode()) == []
    assert {tuple(message.to) for message in mail.outbox} == {
        ("lea@example.org",),
        (partners["cap-nord"].contact_email,),
    }
    with translation.override("en"):
        tracking = Client().get(tracking_path(request, "en")).content.decode()
    assert "CCI Martinique could not take your request; " in tracking


def test_declining_when_no_other_rule_matches_sends_the_request_to_the_ctm(
    signed_adviser, lorrain_request, partners
):
    act(signed_adviser, lorrain_request, "take")

    act(signed_adviser, lorrain_request, "decline", message="Pas de conseiller disponible.")

    lorrain_request.refresh_from_db()
    assert lorrain_request.partner == partners["ctm"] and lorrain_request.status == Status.ROUTED
    assert lorrain_request.taken_by is None and lorrain_request.taken_at is None
    assert not_found(signed_adviser, detail_path(lorrain_request))
    declined = lorrain_request.events.get(kind=EventKind.DECLINED)
    assert declined.message == "Pas de conseiller disponible." and declined.partner == partners["cap-nord"]


def test_after_a_decline_to_the_ctm_the_company_reads_who_declined(signed_adviser, lorrain_request):
    act(signed_adviser, lorrain_request, "decline", message="Pas de conseiller disponible.")

    lorrain_request.refresh_from_db()
    with translation.override("en"):
        explanation = explain(lorrain_request.routing_reasons)
    assert lorrain_request.partner.slug == "ctm"
    assert "CAP Nord Martinique – développement économique could not take your request" in explanation


def test_declining_needs_a_reason(signed_adviser, lorrain_request, partners):
    response = act(signed_adviser, lorrain_request, "decline", message="")

    lorrain_request.refresh_from_db()
    assert lorrain_request.partner == partners["cap-nord"]
    assert in_language("fr", "Write a message: it is needed for this step.") in follow(
        signed_adviser, response
    )


def test_internal_notes_are_kept_for_partners(client, signed_adviser, lorrain_request):
    response = act(signed_adviser, lorrain_request, "note", text="Déjà suivi en 2024 par la CCI.")

    page = follow(signed_adviser, response)
    assert in_language("fr", "Note added.") in page and "Déjà suivi en 2024 par la CCI." in page
    note = lorrain_request.events.get(kind=EventKind.NOTE)
    assert note.internal and note.actor == lorrain_request.partner.members.get()
    assert "Déjà suivi" not in Client().get(tracking_path(lorrain_request)).content.decode()
    empty = act(signed_adviser, lorrain_request, "note", text="")
    assert in_language("fr", "The note is empty.") in follow(signed_adviser, empty)
    assert lorrain_request.events.filter(kind=EventKind.NOTE).count() == 1


# The action plan


@pytest.fixture
def plan_pages(site_tree):
    """A funding scheme and a training the advisers can recommend."""
    guide = FundingGuidePageFactory(parent=site_tree.home["fr"], locale=Locale.get_default())
    scheme = FundingSchemePageFactory(parent=guide, title="Chèque numérique", slug="cheque-numerique")
    catalogue = CatalogueIndexPageFactory(parent=site_tree.home["fr"], locale=Locale.get_default())
    training = TrainingPageFactory(parent=catalogue, title="Vendre sur Internet", slug="vendre")
    return scheme, training


def test_the_action_plan_is_e_mailed_to_the_company_and_shown_on_its_tracking_page(
    signed_adviser, lorrain_request, plan_pages, django_capture_on_commit_callbacks
):
    scheme, training = plan_pages
    for query, title in [("chèque", "Chèque numérique"), ("vendre", "Vendre sur Internet")]:  # the picker
        assert title in signed_adviser.get(f"{detail_path(lorrain_request)}?plan_q={query}").content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        response = act(
            signed_adviser,
            lorrain_request,
            "plan",
            schemes=[scheme.pk],
            trainings=[training.pk],
            other_title="Cyber-base du Lorrain",
            other_url="https://cyberbase.example",
            note="Commencez par la formation.",
        )

    assert in_language("fr", "The action plan has been sent to the company.") in follow(
        signed_adviser, response
    )
    items = list(ActionPlanItem.objects.values_list("kind", "title", "url"))
    assert items == [
        ("financement", "Chèque numérique", f"http://127.0.0.1:8000{scheme.url}"),
        ("formation", "Vendre sur Internet", f"http://127.0.0.1:8000{training.url}"),
        ("autre", "Cyber-base du Lorrain", "https://cyberbase.example"),
    ]
    e_mail = mail.outbox[-1]
    assert e_mail.to == ["lea@example.org"]
    for title in [
        "Chèque numérique",
        "Vendre sur Internet",
        "Cyber-base du Lorrain",
        "https://cyberbase.example",
    ]:
        assert title in e_mail.body, title
    tracking = Client().get(tracking_path(lorrain_request)).content.decode()
    assert '<a href="https://cyberbase.example">Cyber-base du Lorrain</a>' in tracking
    assert "Chèque numérique" in tracking and "Vendre sur Internet" in tracking
    assert "Commencez par la formation." in tracking  # in the timeline


def test_another_partners_request_is_answered_not_found_directly(signed_adviser, partners):
    """Not a redirect to /fr/espace-partenaire/…, which is not the partner space (LocaleMiddleware)."""
    theirs = AccompanimentRequestFactory(partner=partners["cacem"])

    for response in [
        signed_adviser.get(detail_path(theirs)),
        signed_adviser.get(f"{SPACE}demandes/GU-0000-000000/"),
        act(signed_adviser, theirs, "take"),
    ]:
        assert response.status_code == 404, response.get("Location")


def test_an_empty_action_plan_is_refused(signed_adviser, lorrain_request, site_tree):
    response = act(signed_adviser, lorrain_request, "plan", note="Rien")

    assert response.status_code == 400  # the page again, with the note kept
    page = response.content.decode()
    assert in_language("fr", "Choose at least one recommendation.") in page and "Rien</textarea>" in page
    assert not ActionPlanItem.objects.exists()


def test_what_the_company_typed_is_shown_as_text(signed_adviser, partners):
    request = submit(company_name="<script>alert(1)</script>", description="<img src=x onerror=alert(2)>")

    partner_page = signed_adviser.get(detail_path(request)).content.decode()
    company_page = Client().get(tracking_path(request)).content.decode()

    for page in (partner_page, company_page):
        assert "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<img src=x" not in partner_page


def test_the_partner_sees_how_satisfied_the_company_was(signed_adviser, lorrain_request, adviser):
    services.transition(lorrain_request, "close", user=adviser, outcome="accompanied")
    lorrain_request.refresh_from_db()
    services.record_satisfaction(lorrain_request, rating=4, solved=True)

    page = signed_adviser.get(detail_path(lorrain_request)).content.decode()

    assert in_language("fr", "%(rating)s out of 5", escaped=False) % {"rating": 4} in page

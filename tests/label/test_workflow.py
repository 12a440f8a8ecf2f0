"""The label's workflow table: every state × transition, who may act, what each step records and sends."""

import pytest

from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import translation

from label import services
from label.enums import ApplicationStatus, LabelState
from label.models import LabelApplication, LabelEvent
from label.workflow import TRANSITIONS, allowed_actions
from tests.label.factories import ProviderFactory, all_criteria_met, complete_application, labelled

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    """Messages are checked in English (the source language)."""
    with translation.override("en"):
        yield


def in_status(status, reviewer) -> LabelApplication:
    """A complete application brought to `status` through the service, as in real life."""
    application = complete_application()
    user = application.provider.user
    path = {
        ApplicationStatus.DRAFT: [],
        ApplicationStatus.SUBMITTED: [("submit", user)],
        ApplicationStatus.UNDER_REVIEW: [("submit", user), ("start_review", reviewer)],
        ApplicationStatus.CHANGES_REQUESTED: [
            ("submit", user),
            ("start_review", reviewer),
            ("request_changes", reviewer),
        ],
        ApplicationStatus.APPROVED: [("submit", user), ("start_review", reviewer), ("approve", reviewer)],
        ApplicationStatus.REJECTED: [("submit", user), ("start_review", reviewer), ("reject", reviewer)],
        ApplicationStatus.REVOKED: [
            ("submit", user),
            ("start_review", reviewer),
            ("approve", reviewer),
            ("revoke", reviewer),
        ],
    }[status]
    for action, actor in path:
        application = services.transition(application, action, user=actor, message="Motif.")
        if action == "start_review":
            all_criteria_met(application, reviewer)
    assert application.status == status
    return application


@pytest.mark.parametrize("action", TRANSITIONS)
@pytest.mark.parametrize("status", ApplicationStatus.values)
def test_every_transition_from_every_status(status, action, reviewer):
    application = in_status(status, reviewer)
    rule = TRANSITIONS[action]
    actor = application.provider.user if rule.by == "provider" else reviewer
    events_before = application.events.count()

    if status in rule.sources:
        done = services.transition(application, action, user=actor, message="Un message.")
        assert done.status == rule.target
        event = application.events.order_by("-pk").first()
        assert (event.action, event.from_status, event.to_status) == (action, status, rule.target)
    else:
        with pytest.raises(ValidationError):
            services.transition(application, action, user=actor, message="Un message.")
        application.refresh_from_db()
        assert application.status == status
        assert application.events.count() == events_before


def test_the_table_lists_what_each_side_may_do():
    assert allowed_actions(ApplicationStatus.DRAFT, "provider") == ["submit"]
    assert allowed_actions(ApplicationStatus.CHANGES_REQUESTED, "provider") == ["submit"]
    assert allowed_actions(ApplicationStatus.UNDER_REVIEW, "reviewer") == [
        "request_changes",
        "approve",
        "reject",
    ]
    assert allowed_actions(ApplicationStatus.APPROVED, "reviewer") == ["revoke"]
    assert allowed_actions(ApplicationStatus.REJECTED, "reviewer") == []


@pytest.mark.parametrize("action", ["start_review", "approve", "reject", "request_changes", "revoke"])
def test_a_provider_cannot_decide_on_an_application(action, reviewer):
    application = in_status(ApplicationStatus.UNDER_REVIEW, reviewer)
    with pytest.raises(PermissionDenied):
        services.transition(application, action, user=application.provider.user, message="Moi-même.")


def test_only_its_own_provider_submits_an_application(reviewer):
    application = complete_application()
    other = ProviderFactory().user
    for intruder in (other, reviewer):
        with pytest.raises(PermissionDenied):
            services.transition(application, "submit", user=intruder)


@pytest.mark.parametrize("action", ["request_changes", "reject", "revoke"])
def test_a_reason_is_required_to_send_back_reject_or_revoke(action, reviewer):
    status = ApplicationStatus.APPROVED if action == "revoke" else ApplicationStatus.UNDER_REVIEW
    application = in_status(status, reviewer)
    with pytest.raises(ValidationError, match="message"):
        services.transition(application, action, user=reviewer, message="  ")


def test_an_incomplete_application_cannot_be_sent():
    provider = ProviderFactory()
    application = services.open_application(provider)

    with pytest.raises(ValidationError) as error:
        services.transition(application, "submit", user=provider.user)

    assert len(error.value.messages) == 4  # criteria, charter, evidence, a solution
    assert LabelApplication.objects.get(pk=application.pk).status == ApplicationStatus.DRAFT


def test_changes_requested_then_edited_and_resubmitted(reviewer, django_capture_on_commit_callbacks):
    application = in_status(ApplicationStatus.CHANGES_REQUESTED, reviewer)
    assert services.open_application(application.provider) == application  # the same one is edited
    criterion = application.answers.first().criterion
    services.save_answers(application, answers={criterion: "Précisé."}, charter=True)

    with django_capture_on_commit_callbacks(execute=True):
        services.transition(application, "submit", user=application.provider.user)

    assert LabelApplication.objects.get(pk=application.pk).status == ApplicationStatus.SUBMITTED
    assert [m.to for m in mail.outbox][-2:] == [[reviewer.email], [application.provider.user.email]]


def test_approval_gives_a_code_and_two_years(reviewer, settings):
    import datetime

    today = datetime.date(2027, 5, 1)
    label = labelled(reviewer, today=today)

    assert label.provider.label_code.startswith("PLN-")
    assert (label.valid_from, label.valid_until) == (today, datetime.date(2029, 4, 30))
    assert label.state(today=datetime.date(2029, 4, 30)) == LabelState.VALID
    assert label.state(today=datetime.date(2029, 5, 1)) == LabelState.EXPIRED


def test_the_validity_is_a_setting(reviewer, settings):
    import datetime

    settings.LABEL_VALIDITY_DAYS = 365
    label = labelled(reviewer, today=datetime.date(2027, 1, 1))
    assert label.valid_until == datetime.date(2028, 1, 1)


def test_a_renewal_is_a_new_application_and_keeps_the_code(reviewer):
    first = labelled(reviewer)
    provider = first.provider
    renewal = services.open_application(provider)
    assert renewal.pk != first.pk and renewal.status == ApplicationStatus.DRAFT

    complete_application(provider)
    services.transition(renewal, "submit", user=provider.user)
    services.transition(renewal, "start_review", user=reviewer)
    all_criteria_met(renewal, reviewer)
    services.transition(renewal, "approve", user=reviewer)

    provider.refresh_from_db()
    assert provider.label_code == first.provider.label_code
    assert provider.current_label_id == renewal.pk


def test_no_second_application_while_one_is_reviewed(reviewer):
    application = in_status(ApplicationStatus.SUBMITTED, reviewer)
    with pytest.raises(ValidationError):
        services.open_application(application.provider)


def test_every_step_is_logged_and_mailed_in_the_providers_language(
    reviewer, django_capture_on_commit_callbacks
):
    application = complete_application(language="es")
    with django_capture_on_commit_callbacks(execute=True):
        services.transition(application, "submit", user=application.provider.user)
        services.transition(application, "start_review", user=reviewer)
        services.transition(application, "reject", user=reviewer, message="Fuera de Martinica.")

    assert list(LabelEvent.objects.filter(application=application).values_list("action", flat=True)) == [
        "created",
        "submit",
        "start_review",
        "reject",
    ]
    to_provider = [m for m in mail.outbox if m.to == [application.provider.user.email]]
    assert len(to_provider) == 3
    assert "Fuera de Martinica." in to_provider[-1].body
    assert "Rechaz" in to_provider[-1].subject  # "Rechazada", in Spanish
    revoked = in_status(ApplicationStatus.REVOKED, reviewer)
    assert revoked.revoked_at is not None


def test_the_reviewers_ticks_stay_on_unchanged_answers_only(reviewer):
    application = in_status(ApplicationStatus.CHANGES_REQUESTED, reviewer)
    first, second = application.answers.all()[:2]
    services.record_checklist(application, user=reviewer, met={first.pk: True, second.pk: False})

    services.save_answers(
        application, answers={first.criterion: first.answer, second.criterion: "Précisé."}, charter=True
    )

    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.met, second.met) == (True, None)


def test_the_label_is_not_granted_until_every_criterion_is_checked(reviewer):
    application = in_status(ApplicationStatus.SUBMITTED, reviewer)
    services.transition(application, "start_review", user=reviewer)
    first, *others = application.answers.all()
    services.record_checklist(application, user=reviewer, met={first.pk: True, others[0].pk: False})

    with translation.override("fr"), pytest.raises(ValidationError) as error:
        services.transition(application, "approve", user=reviewer)

    assert "Le label ne peut pas encore être attribué" in error.value.messages[0]
    assert all(answer.criterion.text in error.value.messages[0] for answer in others)
    assert first.criterion.text not in error.value.messages[0]
    assert LabelApplication.objects.get(pk=application.pk).status == ApplicationStatus.UNDER_REVIEW


def test_a_criterion_not_met_needs_a_reason_for_the_exception(reviewer):
    application = in_status(ApplicationStatus.SUBMITTED, reviewer)
    services.transition(application, "start_review", user=reviewer)
    exception, *others = application.answers.all()
    met = {answer.pk: True for answer in others}
    services.record_checklist(application, user=reviewer, met={**met, exception.pk: False})
    with pytest.raises(ValidationError):
        services.transition(application, "approve", user=reviewer)

    reason = {exception.pk: "Personnel local en cours de recrutement (contrat signé)."}
    services.record_checklist(application, user=reviewer, met={**met, exception.pk: None}, reasons=reason)

    assert services.transition(application, "approve", user=reviewer).status == ApplicationStatus.APPROVED
    exception.refresh_from_db()
    assert exception.exception_reason.startswith("Personnel local")


def test_a_blank_reason_is_no_exception(reviewer):
    application = in_status(ApplicationStatus.SUBMITTED, reviewer)
    services.transition(application, "start_review", user=reviewer)
    answers = list(application.answers.all())
    met = {answer.pk: True for answer in answers[1:]}
    services.record_checklist(
        application, user=reviewer, met={**met, answers[0].pk: None}, reasons={answers[0].pk: "  "}
    )

    assert services.unchecked_criteria(application) == [answers[0].criterion.localized[0]]
    with pytest.raises(ValidationError):
        services.transition(application, "approve", user=reviewer)

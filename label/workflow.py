"""The life of a label application, as an explicit table: who acts, from which status, to which.

Every transition goes through label.services.transition, which checks this table and the
person's rights, logs the event in the timeline and notifies on commit.
"""

from label.enums import ApplicationStatus as S
from portail import workflow
from portail.workflow import Transition

# by: "provider" (the applicant) or "reviewer" (a CTM reviewer).
TRANSITIONS = {
    "submit": Transition(frozenset({S.DRAFT, S.CHANGES_REQUESTED}), S.SUBMITTED, "provider"),
    "start_review": Transition(frozenset({S.SUBMITTED}), S.UNDER_REVIEW, "reviewer"),
    "request_changes": Transition(
        frozenset({S.UNDER_REVIEW}), S.CHANGES_REQUESTED, "reviewer", needs_message=True
    ),
    "approve": Transition(frozenset({S.UNDER_REVIEW}), S.APPROVED, "reviewer"),
    "reject": Transition(frozenset({S.UNDER_REVIEW}), S.REJECTED, "reviewer", needs_message=True),
    "revoke": Transition(frozenset({S.APPROVED}), S.REVOKED, "reviewer", needs_message=True),
}


def allowed_actions(status: str, by: str) -> list[str]:
    return workflow.allowed_actions(TRANSITIONS, status, by)

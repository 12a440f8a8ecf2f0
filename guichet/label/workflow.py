"""The life of a label application, as an explicit table: who acts, from which status, to which.

Every transition goes through guichet.label.services.transition, which checks this table and the
person's rights, logs the event in the timeline and notifies on commit.
"""

from dataclasses import dataclass

from guichet.enums import ApplicationStatus as S


@dataclass(frozen=True)
class Transition:
    sources: frozenset
    target: str
    by: str  # "provider" (the applicant) or "reviewer" (a CTM reviewer)
    needs_message: bool = False


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
    return [name for name, rule in TRANSITIONS.items() if rule.by == by and status in rule.sources]

"""The request's life, as an explicit table: who may do what, from which status, to which status.

Every transition goes through guichet.services.transition, which checks this table and the
person's rights, logs the event in the timeline and notifies on commit.
"""

from guichet.enums import EventKind, Status
from portail import workflow
from portail.workflow import Transition

# by: "partner" (a member of the request's partner, or the CTM) or "company" (tracking link).
# target None: decided by the service (decline: the next partner, still "routed").
TRANSITIONS = {
    "take": Transition(frozenset({Status.ROUTED}), Status.IN_PROGRESS, "partner", EventKind.TAKEN),
    "decline": Transition(
        frozenset({Status.ROUTED, Status.IN_PROGRESS}),
        None,
        "partner",
        EventKind.DECLINED,
        needs_message=True,
    ),
    "ask": Transition(
        frozenset({Status.IN_PROGRESS}),
        Status.WAITING,
        "partner",
        EventKind.INFO_REQUESTED,
        needs_message=True,
    ),
    "close": Transition(
        frozenset({Status.ROUTED, Status.IN_PROGRESS, Status.WAITING}),
        Status.CLOSED,
        "partner",
        EventKind.CLOSED,
    ),
    "reopen": Transition(frozenset({Status.CLOSED}), Status.IN_PROGRESS, "partner", EventKind.REOPENED),
    "reply": Transition(
        frozenset({Status.ROUTED, Status.IN_PROGRESS, Status.WAITING}),
        None,  # back to "taken in charge" when the partner was waiting, else unchanged
        "company",
        EventKind.COMPANY_MESSAGE,
        needs_message=True,
    ),
    "withdraw": Transition(
        frozenset({Status.ROUTED, Status.IN_PROGRESS, Status.WAITING}),
        Status.WITHDRAWN,
        "company",
        EventKind.WITHDRAWN,
    ),
}


def allowed_actions(status: str, by: str) -> list[str]:
    return workflow.allowed_actions(TRANSITIONS, status, by)

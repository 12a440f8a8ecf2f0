"""The transition engine shared by the guichet's requests and the label's applications.

Each app keeps its table explicit in its own `workflow.py` (action → Transition); its service
checks a transition here, then applies what is particular to it, logs and notifies on commit.
"""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import gettext as _


@dataclass(frozen=True)
class Transition:
    sources: frozenset
    target: str | None  # None: decided by the service
    by: str  # who acts: the service checks that the person is one of them
    event: str = ""  # what the timeline logs, when the app's event kinds differ from the actions
    needs_message: bool = False


def allowed_actions(table: dict[str, Transition], status: str, by: str) -> list[str]:
    """The actions `by` may take from `status`, in the table's order."""
    return [name for name, rule in table.items() if rule.by == by and status in rule.sources]


def checked_message(rule: Transition, *, status: str, allowed: bool, too_late: str, message: str) -> str:
    """Check one transition and return its message, stripped; raise PermissionDenied when the person
    may not act, ValidationError with `too_late` when the status moved on or a message is missing."""
    if not allowed:
        raise PermissionDenied
    if status not in rule.sources:
        raise ValidationError(too_late)
    message = message.strip()
    if rule.needs_message and not message:
        raise ValidationError(_("Write a message: it is needed for this step."))
    return message

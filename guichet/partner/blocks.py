"""What the detail page of the partner space adds for the follow-up after closure and hand-over."""

from guichet import hand_over
from guichet.follow_up_forms import HandOverForm, PartCloseForm, PlannedForm
from guichet.permissions import can_act, can_act_on_part, part_held_by


def detail_context(item, user) -> dict:
    """The detail page's follow-up and parts blocks, and what this user may do on them."""
    acting, my_part = can_act(user, item), part_held_by(user, item)
    return {
        "timeline": hand_over.timeline_for(item, user),
        "planned_form": PlannedForm(request=item),
        "planned": item.planned.all(),
        "check_ins": item.check_ins.all(),
        "parts": [
            {
                "part": part,
                "actionable": can_act_on_part(user, part),
                "form": PartCloseForm(prefix=f"part-{part.pk}"),
            }
            for part in item.parts.select_related("partner", "handed_over_from")
        ],
        "my_part": my_part,
        "hand_over_form": (
            HandOverForm(request=item, prefix="hand-over") if acting and item.is_open and item.needs else None
        ),
    }

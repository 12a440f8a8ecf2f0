"""Template tags of the portal's admin screens."""

from django import template

from portail.translation_editor import moderation_status

register = template.Library()


@register.inclusion_tag("portail/admin/translation_moderation.html", takes_context=True)
def translation_moderation(context, translation, page):
    """In the translation editor, for an editor who may not publish: submit, resubmit or wait."""
    state = page.current_workflow_state
    task_state = state.current_task_state if state else None
    return {
        "status": moderation_status(page, state),
        "translation": translation,
        "language": translation.target_locale.get_display_name(),
        "submitted_at": state.created_at if state else None,
        "comment": task_state.get_comment() if task_state else "",
        "csrf_token": context.get("csrf_token"),
    }

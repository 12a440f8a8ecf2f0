from django import template
from django.utils.translation import gettext as _

register = template.Library()


@register.simple_tag
def answer_display(field) -> str:
    """A cleaned answer as the person chose it: the labels of choices, yes/no, the commune's name."""
    form = field.form
    value = form.cleaned_data.get(field.name) if hasattr(form, "cleaned_data") else None
    choices = dict(getattr(field.field, "choices", []) or [])
    if isinstance(value, list):
        return ", ".join(str(choices.get(item, item)) for item in value) or "—"
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    if value in (None, ""):
        return "—"
    return str(choices.get(value, value))


@register.simple_tag
def answer_rows(form, change_url: str, hide_empty: str = "") -> list[dict]:
    """A step's answers as rows of the summary list (components/summary_list.html), each changed at
    `change_url`; the fields named in `hide_empty` (comma-separated) are left out when empty."""
    hidden = set(filter(None, hide_empty.split(",")))
    return [
        {"key": field.label, "value": answer_display(field), "url": change_url}
        for field in form
        if field.name not in hidden or field.value()
    ]

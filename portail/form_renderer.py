"""The form renderer: Django's TemplatesSetting, with its most frequent templates built in Python.

A listing's filters hold dozens of inputs and options: each one rendered through Django's widget
templates costs ~0.1 ms (an include per option, another for its attributes), a third of a listing's
templates. The inputs, the choices of checkbox and radio lists (`option.tag`), the selects with
their options and the labels are built here with the same markup, character for character
(tests/portail/test_form_renderer.py compares them with the templates). Any other template, or
all of these when a project or app template overrides one of them, goes to the templates as
before.
"""

from functools import cached_property
from pathlib import Path

import django
from django.forms.renderers import TemplatesSetting
from django.utils.html import conditional_escape

DJANGO_FORMS_TEMPLATES = Path(django.__file__).parent / "forms" / "templates"
# Django's widget templates that are `{% include "django/forms/widgets/input.html" %}` and nothing else
INPUTS = {
    f"django/forms/widgets/{name}.html"
    for name in (
        *("checkbox", "color", "date", "datetime", "email", "file", "hidden", "number", "password"),
        *("search", "tel", "text", "time", "url"),
    )
}
# A choice of a checkbox or radio list, `option.tag()`: `{% include "…/input_option.html" %}`
CHOICES = {"django/forms/widgets/checkbox_option.html", "django/forms/widgets/radio_option.html"}
CHOICE = "django/forms/widgets/input_option.html"
INPUT = "django/forms/widgets/input.html"
SELECT = "django/forms/widgets/select.html"
OPTION = "django/forms/widgets/select_option.html"
ATTRS = "django/forms/widgets/attrs.html"
LABEL = "django/forms/label.html"
LABEL_ATTRS = "django/forms/attrs.html"


def attributes(attrs: dict) -> str:
    """django/forms/widgets/attrs.html: False left out, True as a bare attribute."""
    return "".join(
        f" {conditional_escape(name)}"
        if value is True
        else f' {conditional_escape(name)}="{conditional_escape(value)}"'
        for name, value in attrs.items()
        if value is not False
    )


def input_tag(widget: dict) -> str:
    """django/forms/widgets/input.html."""
    value = "" if widget["value"] is None else f' value="{conditional_escape(widget["value"])}"'
    return (
        f'<input type="{conditional_escape(widget["type"])}" name="{conditional_escape(widget["name"])}"'
        f"{value}{attributes(widget['attrs'])}>"
    )


def choice_tag(widget: dict) -> str:
    """django/forms/widgets/input_option.html: the input, or the input in its label."""
    if not widget["wrap_label"]:
        return input_tag(widget)
    identifier = widget["attrs"].get("id")
    label_for = f' for="{conditional_escape(identifier)}"' if identifier else ""
    return f"<label{label_for}>{input_tag(widget)}\n {conditional_escape(widget['label'])}</label>"


def option_tag(option: dict) -> str:
    """django/forms/widgets/select_option.html."""
    return (
        f'<option value="{conditional_escape(option["value"])}"{attributes(option["attrs"])}>'
        f"{conditional_escape(option['label'])}</option>"
    )


def select_tag(widget: dict) -> str | None:
    """django/forms/widgets/select.html; None when an option has a template of its own."""
    parts = [f'<select name="{conditional_escape(widget["name"])}"{attributes(widget["attrs"])}>']
    for group_name, options, _index in widget["optgroups"]:
        if group_name:
            parts.append(f'\n  <optgroup label="{conditional_escape(group_name)}">')
        for option in options:
            if option["template_name"] != OPTION:
                return None
            parts.append(f"\n  {option_tag(option)}\n")  # the include keeps its file's last newline
        if group_name:
            parts.append("\n  </optgroup>")
    parts.append("\n</select>")
    return "".join(parts)


def label_tag(context: dict) -> str:
    """django/forms/label.html (a field's label_tag)."""
    label = conditional_escape(context["label"])
    if not context["use_tag"]:
        return label
    tag = conditional_escape(context["tag"])
    attrs = context["attrs"] or {}  # None when the widget gives no "for" (a list of radios)
    return f"<{tag}{attributes(attrs)}>{label}</{tag}>"


class FormRenderer(TemplatesSetting):
    @cached_property
    def _built_in_python(self) -> bool:
        """Whether Django's own files answer every template built here (none is overridden)."""
        names = [*INPUTS, *CHOICES, CHOICE, INPUT, SELECT, OPTION, ATTRS, LABEL, LABEL_ATTRS]
        return all(
            Path(self.get_template(name).origin.name).is_relative_to(DJANGO_FORMS_TEMPLATES) for name in names
        )

    def render(self, template_name, context, request=None):
        build = BUILDERS.get(template_name)
        if build is not None and self._built_in_python and (html := build(context)) is not None:
            return html
        return super().render(template_name, context, request)


BUILDERS = {
    **dict.fromkeys(INPUTS, lambda context: input_tag(context["widget"])),
    **dict.fromkeys(CHOICES, lambda context: choice_tag(context["widget"])),
    SELECT: lambda context: select_tag(context["widget"]),
    LABEL: label_tag,
}

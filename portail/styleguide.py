"""The living pattern page (/styleguide/, DEBUG only): every component of templates/components/ shown
in French, English and Spanish (docs/design-system.md).

To add a component: write templates/components/<name>.html with its header comment, then add an
Example to EXAMPLES below; `context(language)` builds its parameters (called with the language
active, so lazy texts come out translated; use `language` to keep HTML ids unique on the page)."""

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from django import forms
from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from portail.forms import LongTextField
from portail.styleguide_layout import layout_examples

COMPONENTS_DIR = Path(settings.BASE_DIR) / "templates" / "components"


@dataclass(frozen=True)
class Example:
    name: str  # the template's name in templates/components/, without ".html"
    title: str
    context: Callable[[str], dict]


class ExampleForm(forms.Form):
    """A form of every kind of field, bound with answers that need correcting."""

    company = forms.CharField(
        label=_("Company name"), help_text=_("For example: Le Lorrain, Sainte-Luce or 97214.")
    )
    description = LongTextField(label=_("Your message"), max_length=200)
    size = forms.ChoiceField(
        label=_("How many people work in the company?"),
        choices=[("1", "1"), ("2-9", "2 – 9"), ("10+", "10 +")],
        widget=forms.RadioSelect,
    )
    topics = forms.MultipleChoiceField(
        label=_("What do you need help with?"),
        choices=[("web", _("A website")), ("social", _("Social media"))],
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    consent = forms.BooleanField(label=_("I agree to receive these e-mails."))

    def clean(self):
        raise forms.ValidationError(
            _("Too many requests from your connection in the last hour. Please try again later.")
        )


def _form(language: str, example: str = "form") -> ExampleForm:
    data = {"company": "", "description": "x" * 230, "topics": ["web"]}
    return ExampleForm(data, auto_id=f"id_{example}_{language}_%s")


def _steps(language: str) -> dict:
    labels = [_("Your company"), _("Your needs"), _("How to reach you"), _("Check and send")]
    return {"steps": [(label, f"#step-{number}") for number, label in enumerate(labels, 1)], "current": 3}


def _summary(language: str) -> dict:
    rows = [
        {"key": _("Company name"), "value": "Ti Kaz Créole", "url": "#step-1"},
        {
            "key": _("Your message"),
            "value": "Une boutique en ligne pour nos épices. " * 4,
            "url": "#step-2",
        },
        {"key": _("E-mail address"), "value": "lea@example.org", "url": "#step-3"},
    ]
    return {"rows": rows}


EXAMPLES = [
    Example(
        "error_summary",
        "Error summary",
        lambda language: {"form": _form(language), "id": f"errors-{language}"},
    ),
    Example(
        "field",
        "Field (text, radios, checkboxes, checkbox)",
        lambda language: {"fields": list(_form(language))},
    ),
    Example(
        "character_count",
        "Character count",
        lambda language: {"field": _form(language, "count")["description"]},
    ),
    Example("step_indicator", "Step indicator", _steps),
    Example("summary_list", "Summary list", _summary),
    Example(
        "notice",
        "Notice",
        lambda language: {
            "kinds": [
                ("info", _("Found in the national company register: check and correct if needed.")),
                ("success", _("Your correction is recorded. An editor will check it.")),
                (
                    "warning",
                    _(
                        "To be checked: some of this information comes from studies and has not yet been "
                        "confirmed by the place. Call before coming."
                    ),
                ),
                ("error", _("Some answers need a correction. What you typed is kept.")),
            ]
        },
    ),
    Example(
        "pagination",
        "Pagination",
        lambda language: {"page": Paginator(range(200), 10).page(7), "query": "q=web"},
    ),
    Example(
        "empty_state",
        "Empty state",
        lambda language: {
            "title": _("Nothing matches this search."),
            "actions": [(_("Search the portal"), "#"), (_("Ask for help"), "#")],
        },
    ),
    Example(
        "breadcrumb",
        "Breadcrumbs",
        lambda language: {
            "items": [(_("Digital portal of Martinique"), "#"), (_("Funding"), "#")],
            "current": _("Find my funding"),
        },
    ),
]

EXAMPLES += layout_examples(Example)

# Examples whose template needs a wrapper (several renderings of one component).
WRAPPERS = {"field": "portail/styleguide/field.html", "notice": "portail/styleguide/notice.html"}


# Ids and the attributes pointing at them, renamed per rendering so the page never repeats an id.
ID_REFERENCES = re.compile(
    r'\b(id|for|aria-labelledby|aria-describedby|aria-controls)="([^"]+)"|href="#([^"]+)"'
)


def scoped_ids(html: str, suffix: str) -> str:
    def rename(match):
        if match.group(3):
            return f'href="#{match.group(3)}--{suffix}"'
        names = " ".join(f"{name}--{suffix}" for name in match.group(2).split())
        return f'{match.group(1)}="{names}"'

    return ID_REFERENCES.sub(rename, html)


def components() -> list[str]:
    """The names of the component templates (templates/components/*.html)."""
    return sorted(path.stem for path in COMPONENTS_DIR.glob("*.html"))


def _languages(request) -> list[str]:
    codes = [code for code, _name in settings.LANGUAGES]
    chosen = request.GET.get("lang")
    return [chosen] if chosen in codes else codes


def styleguide_view(request):
    """Every component in each language; a 404 unless DEBUG is on (never served in production)."""
    if not settings.DEBUG:
        raise Http404
    examples = {example.name: example for example in EXAMPLES}
    sections = []
    for name in components():
        example = examples.get(name)
        renderings = []
        for language in _languages(request) if example else []:
            with translation.override(language):
                template = WRAPPERS.get(name, f"components/{name}.html")
                html = render_to_string(template, example.context(language), request=request)
            renderings.append((language, scoped_ids(html, language)))
        sections.append({"name": name, "title": example.title if example else name, "renderings": renderings})
    return render(request, "portail/styleguide.html", {"sections": sections})

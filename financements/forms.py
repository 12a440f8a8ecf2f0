import re

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail.models import Locale

from financements.eligibility import Profile
from financements.enums import Beneficiary, HelpKind, ProjectType, SchemeStatus, Sector
from financements.models import Funder
from financements.search import FUNDER
from portail.captcha import CaptchaForVisitorsMixin
from portail.forms import CommuneField, FacetFiltersForm, PublicFormCaptchaField


class FunderField(forms.MultipleChoiceField):
    """Funders by slug (the search facet `financeur`): any well-formed slug, the page lists those found."""

    def valid_value(self, value):
        return re.fullmatch(FUNDER.pattern, value) is not None


class GuideFilterForm(FacetFiltersForm):
    """The guide's filters, read from GET parameters (shareable, works without JavaScript)."""

    facets = {key: key for key in ("beneficiaire", "aide", "projet", "financeur", "statut")}

    beneficiaire = forms.MultipleChoiceField(
        label=_("For whom"), choices=Beneficiary.choices, required=False, widget=forms.CheckboxSelectMultiple
    )
    aide = forms.MultipleChoiceField(
        label=_("Kind of help"), choices=HelpKind.choices, required=False, widget=forms.CheckboxSelectMultiple
    )
    projet = forms.MultipleChoiceField(
        label=_("Project"), choices=ProjectType.choices, required=False, widget=forms.CheckboxSelectMultiple
    )
    financeur = FunderField(label=_("Funder"), required=False, widget=forms.CheckboxSelectMultiple)
    statut = forms.MultipleChoiceField(
        label=_("Status"), choices=SchemeStatus.choices, required=False, widget=forms.CheckboxSelectMultiple
    )
    fermes = forms.BooleanField(label=_("Also show closed schemes"), required=False)

    def clean_financeur(self):
        """Links shared before funders were named by slug give their id (in any language)."""
        values = self.cleaned_data["financeur"]
        ids = [int(value) for value in values if value.isdigit()]
        slugs = {
            str(funder.pk): (funder.get_translation_or_none(Locale.get_default()) or funder).slug
            for funder in Funder.objects.filter(pk__in=ids)
        }
        return [slugs.get(value, value) for value in values]

    def show_closed(self) -> bool:
        return self.is_valid() and self.cleaned_data["fermes"]


class FinderForm(forms.Form):
    """The finder's questions; the page asks them one at a time, carrying earlier answers along.
    `question` names the question just submitted, so that "Next" with nothing ticked is noticed."""

    beneficiaire = forms.ChoiceField(
        label=_("You are…"),
        choices=Beneficiary.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose what you are, for example a very small business.")},
    )
    secteur = forms.ChoiceField(
        label=_("Your sector of activity"),
        choices=Sector.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose your sector of activity: the closest one if yours is not listed.")
        },
    )
    commune = CommuneField(label=_("Your commune"))
    projet = forms.ChoiceField(
        label=_("Your project (optional)"),
        choices=[("", _("I do not know yet")), *ProjectType.choices],
        required=False,
        widget=forms.RadioSelect,
    )
    effectif = forms.IntegerField(
        label=_("How many people work in your structure? (optional)"), min_value=0, required=False
    )

    STEPS = ["beneficiaire", "secteur", "commune", "projet", "effectif"]

    def __init__(self, data=None, *args, **kwargs):
        if data is not None and data.get("question") in self.STEPS and data["question"] not in data:
            data = data.copy()
            data[data["question"]] = ""  # a radio left empty: answered with nothing
        super().__init__(data, *args, **kwargs)

    def answered(self) -> list[str]:
        return [name for name in self.STEPS if name in self.data and name not in self.errors]

    def answers(self) -> list[tuple[str, str]]:
        """The answers as URL parameters, to come back to a question with the others kept."""
        return [(name, self.data[name]) for name in self.answered()]

    def recap(self) -> list[tuple[str, str, str]]:
        """(name, question, answer in words) for each question of a valid form."""
        rows = []
        for name in self.STEPS:
            field, value = self.fields[name], self.cleaned_data[name]
            if name == "commune":
                words = value.name
            elif name == "effectif":
                words = (
                    _("Not given")
                    if value is None
                    else ngettext("%(counter)s person", "%(counter)s people", value) % {"counter": value}
                )
            else:
                words = dict(field.choices)[value]
            rows.append((name, field.label, words))
        return rows

    def guichet_subject(self) -> str:
        answers = "; ".join(str(words) for _name, _label, words in self.recap())
        return _("Find my funding: %(answers)s") % {"answers": answers}

    def profile(self) -> Profile:
        data = self.cleaned_data
        return Profile(
            data["beneficiaire"], data["secteur"], data["commune"], data["projet"], data["effectif"]
        )


class AlertForm(CaptchaForVisitorsMixin, FinderForm):
    """Subscribe the finder's answers (carried as hidden fields) to e-mail alerts."""

    email = forms.EmailField(
        label=_("Your e-mail address"),
        help_text=_("Used only to send you these alerts. Each e-mail has a one-click unsubscribe link."),
    )
    consent = forms.BooleanField(label=_("I agree to receive these e-mails."))
    captcha = PublicFormCaptchaField()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in self.STEPS:
            self.fields[name].widget = forms.HiddenInput()

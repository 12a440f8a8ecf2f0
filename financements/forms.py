from django import forms
from django.utils.translation import gettext_lazy as _

from financements.eligibility import Profile
from financements.enums import Beneficiary, HelpKind, ProjectType, SchemeStatus, Sector
from financements.selectors import SchemeFilters
from portail.forms import CommuneField, PublicFormCaptchaField


class GuideFilterForm(forms.Form):
    """The guide's filters, read from GET parameters (shareable, works without JavaScript)."""

    beneficiaire = forms.MultipleChoiceField(
        label=_("For whom"), choices=Beneficiary.choices, required=False, widget=forms.CheckboxSelectMultiple
    )
    aide = forms.MultipleChoiceField(
        label=_("Kind of help"), choices=HelpKind.choices, required=False, widget=forms.CheckboxSelectMultiple
    )
    projet = forms.MultipleChoiceField(
        label=_("Project"), choices=ProjectType.choices, required=False, widget=forms.CheckboxSelectMultiple
    )
    financeur = forms.TypedMultipleChoiceField(
        label=_("Funder"), coerce=int, required=False, widget=forms.CheckboxSelectMultiple
    )
    statut = forms.MultipleChoiceField(
        label=_("Status"), choices=SchemeStatus.choices, required=False, widget=forms.CheckboxSelectMultiple
    )
    fermes = forms.BooleanField(label=_("Also show closed schemes"), required=False)

    def __init__(self, *args, funders=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["financeur"].choices = [(funder.pk, funder.display_name) for funder in funders]

    def filters(self) -> SchemeFilters:
        data = self.cleaned_data if self.is_valid() else {}
        return SchemeFilters(
            beneficiaries=data.get("beneficiaire", []),
            help_kinds=data.get("aide", []),
            project_types=data.get("projet", []),
            funders=data.get("financeur", []),
            statuses=data.get("statut", []),
            show_closed=data.get("fermes", False),
        )


class FinderForm(forms.Form):
    """The finder's questions; the page asks them one at a time, carrying earlier answers along."""

    beneficiaire = forms.ChoiceField(
        label=_("You are…"), choices=Beneficiary.choices, widget=forms.RadioSelect
    )
    secteur = forms.ChoiceField(
        label=_("Your sector of activity"), choices=Sector.choices, widget=forms.RadioSelect
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

    def profile(self) -> Profile:
        data = self.cleaned_data
        return Profile(
            data["beneficiaire"], data["secteur"], data["commune"], data["projet"], data["effectif"]
        )


class AlertForm(FinderForm):
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

import re

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from financements.eligibility import Profile
from financements.enums import Beneficiary, HelpKind, ProjectType, SchemeStatus, Sector
from financements.models import Funder
from financements.search import FUNDER
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

"""The provider's profile and application forms, the directory filters, the reviewers' forms."""

from django import forms
from django.forms import inlineformset_factory
from django.utils.translation import gettext_lazy as _

from label.directory import SIZES
from label.enums import SolutionCategory
from label.models import Provider, Solution
from portail.forms import CommuneField, HoneypotField, LongTextField
from portail.models import EPCI, Commune
from portail.validators import validate_siret

CHARTER_POINTS = [
    _("The company is established in Martinique and produces its service here."),
    _("It favours local staff, local subcontracting and local support and maintenance."),
    _("It is honest about what it delivers, its prices and where its data is hosted."),
    _("It protects its clients' data and follows accessibility and security good practice."),
    _("It takes part in the buyers' workshops and shares its experience with other local companies."),
]


class ProviderForm(forms.ModelForm):
    commune = CommuneField(label=_("Commune of the company"))
    siret = forms.CharField(
        label=_("SIRET number"),
        max_length=20,
        help_text=_("14 digits, on your Kbis or your invoices. Spaces are fine."),
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )
    website = forms.URLField(
        label=_("Website (optional)"),
        required=False,
        assume_scheme="https",
        widget=forms.URLInput(attrs={"autocomplete": "url"}),
    )

    class Meta:
        model = Provider
        fields = [
            "name",
            "siret",
            "commune",
            "team_size",
            "website",
            "contact_email",
            "contact_phone",
            "description",
            "description_en",
            "description_es",
        ]
        labels = {
            "name": _("Company name"),
            "team_size": _("How many people work in the company?"),
            "contact_email": _("Contact e-mail for buyers (optional)"),
            "contact_phone": _("Contact phone for buyers (optional)"),
            "description": _("What the company does, in French"),
            "description_en": _("The same in English (optional)"),
            "description_es": _("The same in Spanish (optional)"),
        }
        help_texts = {
            "contact_email": _(
                "Shown in the directory of local solutions; your account's address stays private."
            ),
            "contact_phone": _("Shown in the directory of local solutions."),
            "description_en": _(
                "Shown to visitors reading the directory in English; else the French text is."
            ),
            "description_es": _(
                "Shown to visitors reading the directory in Spanish; else the French text is."
            ),
        }
        field_classes = {
            "description": LongTextField,
            "description_en": LongTextField,
            "description_es": LongTextField,
        }
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "organization"}),
            "description": forms.Textarea(attrs={"rows": 5}),
            "description_en": forms.Textarea(attrs={"rows": 3, "lang": "en"}),
            "description_es": forms.Textarea(attrs={"rows": 3, "lang": "es"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.label_code:  # the label was granted to this company: its SIRET stays
            self.fields["siret"].disabled = True
            self.fields["siret"].help_text = _("Your label was granted to this SIRET: it cannot change.")

    def clean_siret(self):
        siret = "".join(self.cleaned_data["siret"].split())
        validate_siret(siret)
        return siret


class SolutionForm(forms.ModelForm):
    class Meta:
        model = Solution
        fields = ["name", "category", "description", "references", "references_consent"]
        field_classes = {"description": LongTextField, "references": LongTextField}
        widgets = {
            "description": forms.Textarea(attrs={"rows": 3}),
            "references": forms.Textarea(attrs={"rows": 2}),
        }


SolutionFormSet = inlineformset_factory(
    Provider, Solution, form=SolutionForm, extra=1, max_num=20, can_delete=True
)


class ProviderDeleteForm(forms.Form):
    """Deleting the company's data asks for an explicit, ticked confirmation."""

    confirm = forms.BooleanField(
        label=_("I understand that my company's data will be deleted for good."),
        error_messages={
            "required": _("Tick the box to confirm that you want to delete your company's data.")
        },
    )


class ApplicationForm(forms.Form):
    """One text answer per active criterion, then the charter; a honeypot against robots."""

    charter = forms.BooleanField(
        label=_("I have read the charter of the label and my company commits to it."), required=False
    )
    website = HoneypotField()

    def __init__(self, *args, criteria, **kwargs):
        super().__init__(*args, **kwargs)
        self.criteria = list(criteria)
        fields = {}
        for criterion in self.criteria:
            text, language = criterion.localized
            fields[f"criterion_{criterion.pk}"] = LongTextField(
                label=text,
                required=False,
                max_length=2000,
                widget=forms.Textarea(attrs={"rows": 3}),
                help_text=criterion.guidance,
            )
        self.fields = {**fields, **self.fields}

    def answers(self) -> dict:
        return {c: self.cleaned_data[f"criterion_{c.pk}"] for c in self.criteria}


class EvidenceForm(forms.Form):
    file = forms.FileField(
        label=_("Add a piece of evidence"),
        help_text=_("PDF, PNG or JPEG, 5 MB at most: Kbis, staff register extract, contracts, certificates…"),
        widget=forms.ClearableFileInput(
            attrs={"accept": ".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg"}
        ),
    )


class DirectoryFilterForm(forms.Form):
    categorie = forms.ChoiceField(
        label=_("Category"), required=False, choices=[("", _("All")), *SolutionCategory.choices]
    )
    commune = forms.ChoiceField(label=_("Commune"), required=False)

    def __init__(self, *args, communes, **kwargs):
        super().__init__(*args, **kwargs)
        self.communes = {commune.insee_code: commune for commune in communes}
        self.fields["commune"].choices = [("", _("All")), *((c.insee_code, c.name) for c in communes)]

    def filters(self) -> dict:
        if not self.is_valid():
            return {}
        return {
            "category": self.cleaned_data["categorie"],
            "commune": self.communes.get(self.cleaned_data["commune"]),
        }


class SolutionsFilterForm(forms.Form):
    """The filters of the directory of local solutions (GET, shareable, no script)."""

    categorie = forms.ChoiceField(
        label=_("Category"), required=False, choices=[("", _("All")), *SolutionCategory.choices]
    )
    commune = forms.ChoiceField(label=_("Commune"), required=False)
    epci = forms.ChoiceField(label=_("Intercommunality (EPCI)"), required=False)
    taille = forms.ChoiceField(
        label=_("Team size"),
        required=False,
        choices=[("", _("All")), *((value, label) for value, (label, _low, _high) in SIZES.items())],
    )
    label = forms.BooleanField(label=_("Labelled providers only"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)  # one query each for the communes and the EPCI, as lists
        self.communes = {c.insee_code: c for c in Commune.objects.order_by("name")}
        self.epcis = {e.code: e for e in EPCI.objects.all()}
        communes = [(code, commune.name) for code, commune in self.communes.items()]
        self.fields["commune"].choices = [("", _("All")), *communes]
        epcis = [(code, epci.short_name) for code, epci in self.epcis.items()]
        self.fields["epci"].choices = [("", _("All")), *epcis]

    def filters(self) -> dict:
        if not self.is_valid():
            return {}
        data = self.cleaned_data
        return {
            "category": data["categorie"],
            "commune": self.communes.get(data["commune"]),
            "epci": self.epcis.get(data["epci"]),
            "size": data["taille"],
            "labelled_only": data["label"],
        }


class VerifyForm(forms.Form):
    code = forms.CharField(
        label=_("Label code"),
        max_length=40,
        help_text=_("For example PLN-ABC234. Upper or lower case, spaces are fine."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
        error_messages={"required": _("Type the label code written on the badge, for example PLN-ABC234.")},
    )


class DecisionForm(forms.Form):
    action = forms.CharField(widget=forms.HiddenInput)
    message = LongTextField(
        label=_("Message to the provider"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

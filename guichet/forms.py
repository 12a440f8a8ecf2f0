"""The request form, one screen per topic, and the partners' forms."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from guichet.companies import LARGE_CATEGORIES, SME_LIMIT
from guichet.enums import ContactChannel, Need, Outcome, PartnerKind, Sector, Status
from guichet.models import Partner
from guichet.partner import picker
from label.selectors import verify_url
from portail.captcha import CaptchaForVisitorsMixin
from portail.forms import CommuneField, HoneypotField, LongTextField, PublicFormCaptchaField
from portail.validators import validate_siret

CONSENT_TEXT = _(
    "I agree that the Collectivité Territoriale de Martinique and the partner it sends my request to "
    "use these details to help my company. They are kept until two years after the request is closed, "
    "then anonymised. I can download or delete my request at any time from its tracking page."
)


class CompanyForm(forms.Form):
    being_created = forms.BooleanField(label=_("My company is being created (no SIRET yet)"), required=False)
    siret = forms.CharField(
        label=_("SIRET number"),
        required=False,
        max_length=20,
        help_text=_("14 digits, on your Kbis or your invoices. Spaces are fine."),
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )
    company_name = forms.CharField(
        label=_("Company name"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    sector = forms.ChoiceField(
        label=_("Sector of activity"), choices=Sector.choices, widget=forms.RadioSelect
    )
    headcount = forms.IntegerField(
        label=_("How many people work in the company?"),
        min_value=0,
        max_value=100000,
        help_text=_("Count yourself. 0 if the company is being created."),
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )
    commune = CommuneField(label=_("Commune of the company"))

    def __init__(self, *args, register=None, **kwargs):
        """`register`: what the company register said about the SIRET prefilled (see views)."""
        super().__init__(*args, **kwargs)
        self.register = register or {}
        if settings.ENTREPRISES_API_URL:
            self.fields["siret"].help_text = _(
                "14 digits, on your Kbis or your invoices. Spaces are fine. Give only your SIRET and "
                "press Next: we fill in the rest from the national company register, for you to check."
            )

    def clean_siret(self):
        siret = "".join(self.cleaned_data["siret"].split())
        if siret:
            validate_siret(siret)
        return siret

    def clean_headcount(self):
        headcount = self.cleaned_data["headcount"]
        if headcount is not None and headcount >= SME_LIMIT:
            raise forms.ValidationError(
                f"{_('The guichet helps very small, small and medium companies: fewer than 250 people.')} "
                f"{large_company_pointer()}",
                code="too_large",
            )
        return headcount

    def clean(self):
        data = super().clean()
        if not data.get("being_created") and not data.get("siret") and "siret" not in self.errors:
            self.add_error("siret", _("Enter your SIRET number, or tick “my company is being created”."))
        register = self.register
        if (
            not data.get("being_created")
            and data.get("siret")
            and register.get("siret") == data["siret"]
            and register.get("category") in LARGE_CATEGORIES
        ):
            reason = _(
                "The national company register classes this company as an intermediate-sized or large "
                "company (%(category)s), and the guichet helps very small, small and medium companies."
            ) % {"category": register["category"]}
            error = forms.ValidationError(f"{reason} {large_company_pointer()}", code="too_large")
            self.add_error(None, error)
        return data


def large_company_pointer() -> str:
    """Where a company beyond the SMEs goes: the CCI (its partner record), else the CTM."""
    partner = next(
        (
            partner
            for kind in (PartnerKind.CCI, PartnerKind.CTM)
            for partner in Partner.objects.filter(kind=kind).order_by("pk")[:1]
        ),
        None,
    )
    if partner is None:
        return ""
    if partner.phone:
        return _("A larger company can contact %(partner)s directly, phone %(phone)s.") % {
            "partner": partner.name,
            "phone": partner.phone,
        }
    return _("A larger company can contact %(partner)s directly.") % {"partner": partner.name}


class NeedsForm(forms.Form):
    needs = forms.MultipleChoiceField(
        label=_("What do you need help with?"),
        choices=Need.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Tick at least one need.")},
    )
    description = LongTextField(
        label=_("Tell us more (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Your project in a few words. No bank details or health information, please."),
    )


class ContactForm(forms.Form):
    contact_name = forms.CharField(
        label=_("Your name"), max_length=120, widget=forms.TextInput(attrs={"autocomplete": "name"})
    )
    email = forms.EmailField(
        label=_("E-mail address"),
        help_text=_("To send you the reference of your request and its tracking link."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    phone = forms.CharField(
        label=_("Phone (optional)"),
        required=False,
        max_length=30,
        widget=forms.TextInput(attrs={"inputmode": "tel", "autocomplete": "tel"}),
    )
    preferred_channel = forms.ChoiceField(
        label=_("How do you prefer to be contacted?"),
        choices=ContactChannel.choices,
        widget=forms.RadioSelect,
    )
    language = forms.ChoiceField(
        label=_("In which language?"),
        choices=[("fr", "Français"), ("en", "English"), ("es", "Español")],
        widget=forms.RadioSelect,
    )
    mediator_organisation = forms.CharField(
        label=_("You are filing for a company: your organisation"),
        required=False,
        max_length=150,
        help_text=_("Recorded with the request, so that the partner knows who helped."),
    )

    def __init__(self, *args, mediator=False, **kwargs):
        super().__init__(*args, **kwargs)
        if not mediator:
            del self.fields["mediator_organisation"]

    def clean(self):
        data = super().clean()
        if data.get("preferred_channel") == ContactChannel.PHONE and not data.get("phone"):
            self.add_error("phone", _("Give a phone number to be called, or choose e-mail."))
        return data


class CheckForm(CaptchaForVisitorsMixin, forms.Form):
    consent = forms.BooleanField(
        label=CONSENT_TEXT, error_messages={"required": _("Your agreement is needed to send the request.")}
    )
    website = HoneypotField()
    captcha = PublicFormCaptchaField()


class FindRequestForm(forms.Form):
    """Lost the private link: the reference and the address given with the request send it again."""

    reference = forms.CharField(
        label=_("Reference of your request"),
        help_text=_("It is in the receipt and on the confirmation page, for example GU-2026-00042."),
        max_length=20,
    )
    email = forms.EmailField(label=_("E-mail address given with the request"))

    def clean_reference(self):
        return "".join(self.cleaned_data["reference"].split()).upper()


class ReplyForm(forms.Form):
    message = LongTextField(
        label=_("Your message"), max_length=4000, widget=forms.Textarea(attrs={"rows": 4})
    )


SATISFACTION_CHOICES = [
    (5, _("Very satisfied")),
    (4, _("Satisfied")),
    (3, _("So-so")),
    (2, _("Not satisfied")),
    (1, _("Not at all satisfied")),
]


class SatisfactionForm(forms.Form):
    rating = forms.TypedChoiceField(
        label=_("How satisfied are you with the help you received?"),
        choices=SATISFACTION_CHOICES,
        coerce=int,
        widget=forms.RadioSelect,
    )
    solved = forms.TypedChoiceField(
        label=_("Has your need been met?"),
        choices=[("1", _("Yes")), ("0", _("No"))],
        coerce=lambda value: value == "1",
        widget=forms.RadioSelect,
    )


class TransitionForm(forms.Form):
    action = forms.CharField(widget=forms.HiddenInput)
    message = LongTextField(
        label=_("Message"), required=False, max_length=4000, widget=forms.Textarea(attrs={"rows": 3})
    )
    outcome = forms.ChoiceField(label=_("Outcome"), choices=[("", "—"), *Outcome.choices], required=False)


class NoteForm(forms.Form):
    text = LongTextField(
        label=_("Internal note (never shown to the company)"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class PartnerFilterForm(forms.Form):
    """The partner space's list: filters and order, in the address (GET), so that it works without
    JavaScript and a filtered list can be bookmarked or exported."""

    q = forms.CharField(
        label=_("Search"),
        required=False,
        max_length=100,
        help_text=_("Reference, company or contact name."),
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    statut = forms.ChoiceField(label=_("Status"), required=False)
    besoin = forms.ChoiceField(label=_("Need"), required=False, choices=[("", _("All")), *Need.choices])
    commune = CommuneField(label=_("Commune"), required=False)
    age = forms.ChoiceField(
        label=_("Received"),
        required=False,
        choices=[
            ("", _("Any time")),
            ("7", _("In the last 7 days")),
            ("30", _("In the last 30 days")),
            ("older", _("More than 30 days ago")),
        ],
    )
    partenaire = forms.ModelChoiceField(
        label=_("Partner"), required=False, queryset=None, to_field_name="slug", empty_label=_("All")
    )
    tri = forms.ChoiceField(
        label=_("Sort by"),
        required=False,
        choices=[
            ("recent", _("Most recent first")),
            ("oldest", _("Oldest first")),
            ("deadline", _("Contact deadline first")),
            ("commune", _("Commune")),
        ],
    )

    def __init__(self, *args, supervisor=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["statut"].choices = [
            ("", _("All")),
            ("open", _("Open")),
            ("overdue", _("Overdue (not taken in charge in time)")),
            *Status.choices,
        ]
        if supervisor:
            self.fields["partenaire"].queryset = Partner.objects.order_by("name")
        else:
            del self.fields["partenaire"]


class ActionPlanForm(forms.Form):
    """Recommendations for the company: funding schemes, trainings, labelled providers (found with the
    picker, guichet/partner/picker.py: only live French pages and valid labels are accepted) or any
    useful link."""

    trainings = forms.ModelMultipleChoiceField(label=_("Trainings"), queryset=None, required=False)
    schemes = forms.ModelMultipleChoiceField(label=_("Funding schemes"), queryset=None, required=False)
    providers = forms.ModelMultipleChoiceField(
        label=_("Labelled local providers (label « produit local numérique »)"), queryset=None, required=False
    )
    other_title = forms.CharField(
        label=_("Other recommendation (e.g. a local provider)"), required=False, max_length=200
    )
    other_url = forms.URLField(label=_("Its link (optional)"), required=False, assume_scheme="https")
    note = LongTextField(
        label=_("Note to the company"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["schemes"].queryset = picker.schemes()
        self.fields["trainings"].queryset = picker.trainings()
        self.fields["providers"].queryset = picker.providers()

    def clean(self):
        data = super().clean()
        if data.get("other_url") and not data.get("other_title"):
            self.add_error("other_title", _("Give a title to the link."))
        chosen = [data.get(name) for name in ("trainings", "schemes", "providers", "other_title")]
        if not self.errors and not any(chosen):
            raise forms.ValidationError(_("Choose at least one recommendation."))
        return data

    def items(self) -> list[dict]:
        data = self.cleaned_data
        found = [
            {"kind": kind, "page": page, "title": page.title, "url": settings.SITE_URL + page.url}
            for kind, pages in (("financement", data["schemes"]), ("formation", data["trainings"]))
            for page in pages
        ]
        found += [
            {
                "kind": "prestataire",
                "page": None,
                "title": provider.name,
                "url": verify_url(provider.label_code),
            }
            for provider in data["providers"]
        ]
        if data["other_title"]:
            found.append(
                {"kind": "autre", "page": None, "title": data["other_title"], "url": data["other_url"]}
            )
        return found

from django import forms
from django.utils.translation import gettext_lazy as _

from evenements.enums import EventAudience, EventKind
from portail.captcha import CaptchaForVisitorsMixin
from portail.forms import HoneypotField, LongTextField, PublicFormCaptchaField, ReadOnceModelChoiceField
from portail.models import Commune

REGISTRATION_CONSENT = _(
    "I agree that the organiser uses these details to manage my registration and to remind me of the "
    "event. They are deleted one month after the event. I can cancel at any time with the link in the "
    "confirmation e-mail."
)


class EventFilterForm(forms.Form):
    commune = ReadOnceModelChoiceField(
        label=_("Commune"), queryset=Commune.objects.order_by("name"), required=False, empty_label=_("All")
    )
    type = forms.MultipleChoiceField(
        label=_("Kind of event"),
        choices=EventKind.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    public = forms.MultipleChoiceField(
        label=_("For whom"),
        choices=EventAudience.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    du = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    au = forms.DateField(
        label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    passes = forms.BooleanField(label=_("Also show past events"), required=False)


class RegistrationForm(CaptchaForVisitorsMixin, forms.Form):
    name = forms.CharField(
        label=_("Your name"), max_length=120, widget=forms.TextInput(attrs={"autocomplete": "name"})
    )
    email = forms.EmailField(
        label=_("E-mail address"),
        required=False,
        help_text=_("To receive the confirmation, the calendar file and a reminder the day before."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    phone = forms.CharField(
        label=_("Telephone"),
        max_length=30,
        required=False,
        help_text=_("If you have no e-mail address: the organiser calls you to confirm."),
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
    )
    accessibility_needs = LongTextField(
        label=_("Accessibility needs (optional)"),
        max_length=600,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "For example: wheelchair access, sign language, large print. Shared only with the organiser."
        ),
    )
    consent = forms.BooleanField(
        label=REGISTRATION_CONSENT, error_messages={"required": _("Your agreement is needed to register.")}
    )
    website = HoneypotField()
    captcha = PublicFormCaptchaField()

    def clean(self):
        data = super().clean()
        if not data.get("email") and not data.get("phone") and "email" not in self.errors:
            self.add_error("email", _("Give an e-mail address or a telephone number."))
        return data

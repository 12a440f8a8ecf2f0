"""The request for individuals (no company, no SIRET), one screen per topic, and the mediator's
consent record when they file it for someone."""

import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from guichet.enums import (
    AgeBand,
    ConsentMethod,
    ContactChannel,
    Goal,
    PersonLevel,
    PersonStatus,
    ReceiptChannel,
)
from guichet.phones import parse_phone
from portail.captcha import CaptchaForVisitorsMixin
from portail.forms import CommuneField, HoneypotField, LongTextField, PublicFormCaptchaField

PERSON_CONSENT_TEXT = _(
    "I agree that the Collectivité Territoriale de Martinique and the service it sends my request to "
    "use these details to advise me. They are kept until two years after the request is closed, then "
    "anonymised. I can download or delete my request at any time from its tracking page, or by "
    "calling the service with my reference."
)
MEDIATOR_CONSENT_TEXT = _(
    "The person agrees that the Collectivité Territoriale de Martinique and the service it sends the "
    "request to use these details to advise them. They are kept until two years after the request is "
    "closed, then anonymised. The person can download or delete the request at any time from its "
    "tracking page, or by calling the service with the reference."
)
PRIVACY_NOTE = _(
    "What we ask for and why: your situation, age band and commune, to send your request to the right "
    "service near you; how to reach you. Nothing else. A phone number is enough. Your request is kept "
    "until two years after it is closed, then anonymised; you can download or delete it at any time."
)


class PersonForm(forms.Form):
    person_status = forms.ChoiceField(
        label=_("You are"), choices=PersonStatus.choices, widget=forms.RadioSelect
    )
    age_band = forms.ChoiceField(
        label=_("Your age"),
        choices=AgeBand.choices,
        widget=forms.RadioSelect,
        help_text=_("Young people under 26 are helped by the mission locale of their area."),
    )
    level = forms.ChoiceField(
        label=_("Your highest diploma"),
        choices=PersonLevel.choices,
        widget=forms.RadioSelect,
        help_text=_("To suggest trainings you can enter."),
    )
    commune = CommuneField(
        label=_("Your commune"), help_text=_("Where you live. For example: Le Lorrain, Sainte-Luce or 97214.")
    )

    def clean(self):
        data = super().clean()
        if data.get("person_status") == PersonStatus.YOUNG and data.get("age_band") not in (
            None,
            AgeBand.UNDER_26,
        ):
            self.add_error(
                "age_band",
                _("You said you are a young person under 26: choose “under 26”, or another situation."),
            )
        return data


class ProjectForm(forms.Form):
    goals = forms.MultipleChoiceField(
        label=_("What would you like help with?"),
        choices=Goal.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Tick at least one wish.")},
    )
    description = LongTextField(
        label=_("Tell us more (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Your plans in a few words. No bank details or health information, please."),
    )


class PersonContactForm(forms.Form):
    contact_name = forms.CharField(
        label=_("Your name"),
        max_length=120,
        help_text=_("Your first name is enough."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    phone = forms.CharField(
        label=_("Phone"),
        required=False,
        max_length=30,
        help_text=_("Mobile or landline, for example 0696 12 34 56. A phone number alone is enough."),
        widget=forms.TextInput(attrs={"inputmode": "tel", "autocomplete": "tel"}),
    )
    email = forms.EmailField(
        label=_("E-mail address (optional)"),
        required=False,
        help_text=_("To receive the reference and the tracking link by e-mail."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
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

    def clean_phone(self):
        text = self.cleaned_data["phone"].strip()
        return parse_phone(text).display if text else ""

    def clean(self):
        data = super().clean()
        if "phone" in self.errors or "email" in self.errors:
            return data
        phone, email = data.get("phone"), data.get("email")
        if not phone and not email:
            self.add_error(
                "phone", _("Give a phone number (or an e-mail address): one of the two is enough.")
            )
        elif data.get("preferred_channel") == ContactChannel.PHONE and not phone:
            self.add_error("phone", _("Give a phone number to be called, or choose e-mail."))
        elif data.get("preferred_channel") == ContactChannel.EMAIL and not email:
            self.add_error("email", _("Give an e-mail address to be written to, or choose phone."))
        return data


class PersonCheckForm(CaptchaForVisitorsMixin, forms.Form):
    consent = forms.BooleanField(
        label=PERSON_CONSENT_TEXT,
        error_messages={"required": _("Your agreement is needed to send the request.")},
    )
    website = HoneypotField()
    captcha = PublicFormCaptchaField()


class MediatorConsentForm(forms.Form):
    """What the person agreed to (the text above), when and how, and how they get their receipt."""

    consent = forms.BooleanField(
        label=MEDIATOR_CONSENT_TEXT,
        help_text=_("Read this text to the person, or give it to them, before ticking."),
        error_messages={"required": _("The person's agreement is needed to send the request.")},
    )
    consent_method = forms.ChoiceField(
        label=_("How did the person agree?"),
        choices=[choice for choice in ConsentMethod.choices if choice[0] != ConsentMethod.ONLINE],
        widget=forms.RadioSelect,
    )
    consent_date = forms.DateField(
        label=_("Date of the agreement"),
        help_text=_("For example 05/12/2026."),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    consent_time = forms.TimeField(
        label=_("Time of the agreement"),
        help_text=_("For example 14:30."),
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
    )
    receipt_channel = forms.ChoiceField(
        label=_("How will the person receive the reference of the request?"),
        choices=ReceiptChannel.choices,
        widget=forms.RadioSelect,
    )
    mediator_organisation = forms.CharField(
        label=_("Your organisation"),
        max_length=150,
        help_text=_("Recorded with the request, so that the service knows who helped."),
    )

    def __init__(self, *args, contact=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.contact = contact or {}

    def clean(self):
        data = super().clean()
        date, time = data.get("consent_date"), data.get("consent_time")
        if date and time:
            moment = timezone.make_aware(datetime.datetime.combine(date, time))
            if moment > timezone.now() + datetime.timedelta(minutes=5):
                self.add_error("consent_date", _("The agreement cannot be in the future."))
            data["consent_at"] = moment
        channel, phone = data.get("receipt_channel"), self.contact.get("phone", "")
        if channel == ReceiptChannel.SMS and not (phone and parse_phone(phone).is_mobile):
            self.add_error(
                "receipt_channel",
                _(
                    "A text message needs a mobile number (06, 07, 0696, 0697…): "
                    "choose another way or give one."
                ),
            )
        elif channel == ReceiptChannel.EMAIL and not self.contact.get("email"):
            self.add_error(
                "receipt_channel", _("No e-mail address was given: choose another way or add one.")
            )
        return data

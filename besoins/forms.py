"""The buyer's need form (public: captcha, honeypot), the provider's proposal and answers, the buyer's
questions and closing, the moderator's decision."""

import uuid

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from besoins.enums import BudgetBand, BuyerKind
from label.enums import SolutionCategory
from portail.captcha import CaptchaForVisitorsMixin
from portail.forms import CommuneField, HoneypotField, LongTextField, PublicFormCaptchaField


class NeedForm(CaptchaForVisitorsMixin, forms.Form):
    submission_key = forms.UUIDField(widget=forms.HiddenInput)
    title = forms.CharField(
        label=_("Title of your need"),
        max_length=150,
        help_text=_("For example: « A website for the town's library »."),
    )
    description = LongTextField(
        label=_("Describe your need"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("What you want, for whom, and any constraint. No personal data about other people."),
    )
    category = forms.ChoiceField(
        label=_("Category"), choices=[("", _("Choose a category")), *SolutionCategory.choices]
    )
    budget = forms.ChoiceField(label=_("Budget"), choices=BudgetBand.choices, widget=forms.RadioSelect)
    deadline = forms.DateField(
        label=_("Answers wanted before"),
        help_text=_("A date, for example 31/01/2027."),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    commune = CommuneField(label=_("Commune of the buyer"))
    buyer_kind = forms.ChoiceField(label=_("You are"), choices=BuyerKind.choices, widget=forms.RadioSelect)
    organisation = forms.CharField(
        label=_("Name of your organisation"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    email = forms.EmailField(
        label=_("Your e-mail address"),
        help_text=_("To send you the private link where you read the answers. Providers do not see it."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    phone = forms.CharField(
        label=_("Your phone number (optional)"),
        max_length=20,
        required=False,
        help_text=_("Only for the CTM moderator, if your need must be clarified. Providers do not see it."),
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
    )
    consent = forms.BooleanField(
        label=_(
            "I accept that the portal keeps these answers to publish my need (without my e-mail or phone) "
            "and to send me the providers' answers, for one year after it is closed."
        ),
        error_messages={"required": _("Tick the box: without it we cannot publish your need.")},
    )
    website = HoneypotField()
    captcha = PublicFormCaptchaField()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial.setdefault("submission_key", uuid.uuid4())

    def clean_deadline(self):
        deadline = self.cleaned_data["deadline"]
        if deadline <= timezone.localdate():
            raise forms.ValidationError(_("Choose a date after today."))
        return deadline

    def need_data(self) -> dict:
        fields = ["title", "description", "category", "budget", "deadline", "commune", "buyer_kind",
                  "organisation", "email", "phone"]  # fmt: skip
        return {name: self.cleaned_data[name] for name in fields}


class ProposalForm(forms.Form):
    text = LongTextField(
        label=_("Your proposal"),
        max_length=1500,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_(
            "How you would meet the need, a delay and a price range. The buyer sees your company's page."
        ),
    )


class QuestionForm(forms.Form):
    proposal = forms.IntegerField(widget=forms.HiddenInput)
    text = LongTextField(
        label=_("Your question to this provider"), max_length=1000, widget=forms.Textarea(attrs={"rows": 3})
    )


class AnswerForm(forms.Form):
    question = forms.IntegerField(widget=forms.HiddenInput)
    text = LongTextField(label=_("Your answer"), max_length=1000, widget=forms.Textarea(attrs={"rows": 3}))


class CloseForm(forms.Form):
    NONE = "aucun"
    chosen = forms.ChoiceField(
        label=_("Which provider did you choose?"),
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose a provider, or « None of them ».")},
    )

    def __init__(self, *args, proposals, **kwargs):
        super().__init__(*args, **kwargs)
        self.proposals = {str(p.pk): p for p in proposals}
        self.fields["chosen"].choices = [
            *((str(p.pk), p.provider.name) for p in proposals),
            (self.NONE, _("None of them")),
        ]

    def chosen_proposal(self):
        return self.proposals.get(self.cleaned_data["chosen"])


class ModerationForm(forms.Form):
    action = forms.ChoiceField(choices=[("publish", _("Publish")), ("reject", _("Reject"))])
    message = forms.CharField(
        label=_("Message to the buyer (required to reject)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

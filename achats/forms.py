"""Public forms of local digital purchasing: the calls' filters, the alert, the barometer."""

from django import forms
from django.utils.translation import gettext_lazy as _

from achats.enums import SATISFACTION_CHOICES, BuyerKind, CallKind, CallState, LocalShare
from label.enums import SolutionCategory
from portail.captcha import CaptchaForVisitorsMixin, PublicFormCaptchaField


class CallFilterForm(forms.Form):
    categorie = forms.ChoiceField(
        label=_("Category"), choices=[("", _("All categories")), *SolutionCategory.choices], required=False
    )
    type = forms.ChoiceField(
        label=_("Kind"), choices=[("", _("All kinds")), *CallKind.choices], required=False
    )
    etat = forms.ChoiceField(
        label=_("Deadline"), choices=[("", _("Open and closed")), *CallState.choices], required=False
    )

    def filters(self) -> dict:
        if not self.is_valid():
            return {"state": CallState.OPEN}
        data = self.cleaned_data
        return {"category": data["categorie"], "kind": data["type"], "state": data["etat"]}


class CallAlertForm(CaptchaForVisitorsMixin, forms.Form):
    categories = forms.MultipleChoiceField(
        label=_("Categories you want to hear about"),
        choices=SolutionCategory.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Tick at least one category.")},
    )
    email = forms.EmailField(
        label=_("Your e-mail address"),
        help_text=_("Used only to send you these alerts. Each e-mail has a one-click unsubscribe link."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    consent = forms.BooleanField(label=_("I agree to receive these e-mails."))
    captcha = PublicFormCaptchaField()


class BarometerForm(CaptchaForVisitorsMixin, forms.Form):
    buyer_kind = forms.ChoiceField(
        label=_("You buy for"), choices=BuyerKind.choices, widget=forms.RadioSelect
    )
    local_share = forms.ChoiceField(
        label=_(
            "Over the last twelve months, what share of your digital purchases went to providers "
            "based in Martinique?"
        ),
        choices=LocalShare.choices,
        widget=forms.RadioSelect,
    )
    satisfaction = forms.TypedChoiceField(
        label=_("How satisfied are you with the local providers you worked with? (1: not at all, 5: very)"),
        choices=SATISFACTION_CHOICES,
        coerce=int,
        widget=forms.RadioSelect,
    )
    comment = forms.CharField(
        label=_("Comment (optional)"),
        required=False,
        max_length=1000,
        help_text=_("Do not write names or contact details: answers are anonymous."),
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    captcha = PublicFormCaptchaField()

    def __init__(self, *args, invited=False, **kwargs):
        super().__init__(*args, **kwargs)
        if invited and "captcha" in self.fields:  # the signed link proves the invitation
            del self.fields["captcha"]

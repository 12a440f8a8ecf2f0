"""Forms of the follow-up after closure (what was planned, the company's check-in) and of hand-over."""

from django import forms
from django.utils.translation import gettext_lazy as _

from guichet.enums import Need, Outcome
from guichet.forms import SATISFACTION_CHOICES
from guichet.models import ActionPlanItem, Partner
from portail.forms import LongTextField

OTHER_KIND_LABELS = {
    ActionPlanItem.Kind.FUNDING: _("An aid applied for, not in the action plan"),
    ActionPlanItem.Kind.TRAINING: _("A training, not in the action plan"),
    ActionPlanItem.Kind.PROVIDER: _("A provider, not in the action plan"),
}


class PlannedForm(forms.Form):
    """At closure: what was actually planned (the action plan's items come ticked)."""

    plan_items = forms.ModelMultipleChoiceField(
        label=_("From the action plan"),
        queryset=ActionPlanItem.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    other_kinds = forms.MultipleChoiceField(
        label=_("Also planned"),
        choices=list(OTHER_KIND_LABELS.items()),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, request, **kwargs):
        super().__init__(*args, **kwargs)
        items = request.action_plan.all()
        self.fields["plan_items"].queryset = items
        self.fields["plan_items"].label_from_instance = lambda item: (
            f"{item.title} ({item.get_kind_display()})"
        )
        self.fields["plan_items"].initial = [item.pk for item in items]


YES_NO = [("yes", _("Yes")), ("no", _("No")), ("na", _("Does not apply to me"))]
AS_BOOLEAN = {"yes": True, "no": False, "na": None}


def _question(label):
    return forms.TypedChoiceField(
        label=label, choices=YES_NO, coerce=AS_BOOLEAN.get, empty_value=None, widget=forms.RadioSelect
    )


class CheckInForm(forms.Form):
    applied = _question(_("Have you applied for the aid (or signed up, or asked for a quote)?"))
    obtained = _question(_("Have you obtained it (aid granted, place confirmed, quote accepted)?"))
    delivered = _question(_("Has the training been followed, or the provider's work delivered?"))
    rating = forms.TypedChoiceField(
        label=_("How satisfied are you so far?"),
        choices=SATISFACTION_CHOICES,
        coerce=int,
        widget=forms.RadioSelect,
    )
    comment = LongTextField(
        label=_("Anything to add? (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    @classmethod
    def initial_of(cls, check_in) -> dict:
        as_choice = {True: "yes", False: "no", None: "na"}
        initial = {name: as_choice[getattr(check_in, name)] for name in ("applied", "obtained", "delivered")}
        return initial | {"rating": check_in.rating, "comment": check_in.comment}


class HandOverForm(forms.Form):
    partner = forms.ModelChoiceField(label=_("Partner who takes over"), queryset=Partner.objects.none())
    needs = forms.MultipleChoiceField(
        label=_("Needs handed over"), choices=Need.choices, widget=forms.CheckboxSelectMultiple
    )
    message = LongTextField(
        label=_("Message to the partner"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, request, **kwargs):
        super().__init__(*args, **kwargs)
        held = request.parts.values("partner")
        self.fields["partner"].queryset = Partner.objects.exclude(pk=request.partner_id).exclude(pk__in=held)
        self.fields["needs"].choices = [(need, Need(need).label) for need in request.needs]


class PartCloseForm(forms.Form):
    outcome = forms.ChoiceField(label=_("Outcome of your part"), choices=[("", "—"), *Outcome.choices])
    message = LongTextField(
        label=_("Note in the timeline (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

"""The call's edit form in the admin: its categories as boxes to tick, the label's eight."""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm

from label.enums import SolutionCategory


class CallForTendersAdminForm(WagtailAdminModelForm):
    categories = forms.MultipleChoiceField(
        label=_("Categories"),
        choices=SolutionCategory.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Providers subscribed to these categories are alerted once the call is published."),
    )

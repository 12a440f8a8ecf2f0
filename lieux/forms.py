from django import forms
from django.utils.translation import gettext_lazy as _

from lieux.enums import Audience, Fee, PlaceKind, Service
from portail.captcha import CaptchaForVisitorsMixin
from portail.forms import (
    FacetFiltersForm,
    HoneypotField,
    LongTextField,
    PublicFormCaptchaField,
    ReadOnceModelChoiceField,
)
from portail.models import EPCI, Commune


class MapFilterForm(FacetFiltersForm):
    """The map's filters and "near", read from GET parameters (shareable, works without JavaScript)."""

    facets = {"type": "categorie", "service": "service", "public": "public"}

    commune = ReadOnceModelChoiceField(
        label=_("Commune"), queryset=Commune.objects.order_by("name"), required=False, empty_label=_("All")
    )
    epci = ReadOnceModelChoiceField(
        label=_("Intercommunality (EPCI)"),
        queryset=EPCI.objects.all(),
        to_field_name="code",
        required=False,
        empty_label=_("All"),
    )
    type = forms.MultipleChoiceField(
        label=_("Kind of place"),
        choices=PlaceKind.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    service = forms.MultipleChoiceField(
        label=_("Services"), choices=Service.choices, required=False, widget=forms.CheckboxSelectMultiple
    )
    public = forms.MultipleChoiceField(
        label=_("Audience"), choices=Audience.choices, required=False, widget=forms.CheckboxSelectMultiple
    )
    ouvert = forms.BooleanField(label=_("Open now"), required=False)
    gratuit = forms.BooleanField(label=_("Free of charge"), required=False)
    pres_de = ReadOnceModelChoiceField(
        label=_("Nearest first, from"),
        queryset=Commune.objects.order_by("name"),
        required=False,
        empty_label=_("— choose a commune —"),
    )
    lat = forms.FloatField(required=False, min_value=-90, max_value=90, widget=forms.HiddenInput)
    lon = forms.FloatField(required=False, min_value=-180, max_value=180, widget=forms.HiddenInput)

    def filters(self) -> dict[str, list[str]]:
        data = self.cleaned_data if self.is_valid() else {}
        return super().filters() | {
            "commune": [data["commune"].insee_code] if data.get("commune") else [],
            "epci": [data["epci"].code] if data.get("epci") else [],
            "tarif": [Fee.FREE] if data.get("gratuit") else [],
        }

    def open_now(self) -> bool:
        return self.is_valid() and self.cleaned_data["ouvert"]

    def origin(self):
        """(latitude, longitude, label) to sort from, or None: the browser's position wins."""
        data = self.cleaned_data if self.is_valid() else {}
        if data.get("lat") is not None and data.get("lon") is not None:
            return data["lat"], data["lon"], _("your position")
        if data.get("pres_de"):
            commune = data["pres_de"]
            return commune.latitude, commune.longitude, commune.name
        return None


class CorrectionForm(CaptchaForVisitorsMixin, forms.Form):
    message = LongTextField(
        label=_("What is wrong or missing?"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("For example: new opening hours, a new phone number, the place has closed…"),
    )
    email = forms.EmailField(
        label=_("Your e-mail address (optional)"),
        required=False,
        help_text=_("Only if you accept that an editor writes to you about this correction."),
    )
    website = HoneypotField()
    captcha = PublicFormCaptchaField()

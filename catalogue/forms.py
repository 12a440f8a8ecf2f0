from django import forms
from django.utils.translation import gettext_lazy as _

from catalogue.enums import EXIT_LEVELS, CertificationType, Domain, Modality, Rhythm
from catalogue.search import REGION
from catalogue.selectors import CatalogueFilters
from portail.forms import CommuneField
from portail.models import EPCI

SORTS = [
    ("session", _("Next session first")),
    ("titre", _("Title (A to Z)")),
    ("distance", _("Nearest first")),
]
RADII = [
    ("0", _("in this commune only")),
    ("10", _("within 10 km")),
    ("25", _("within 25 km")),
    ("50", _("within 50 km")),
]
DEFAULT_RADIUS = "25"  # a commune or a position without a radius: about half an hour by road
REGIONS = REGION.choices  # the search's values: the listing is a search


def _checkboxes(label, choices, field_class=forms.MultipleChoiceField, **kwargs):
    return field_class(
        label=label, choices=choices, required=False, widget=forms.CheckboxSelectMultiple, **kwargs
    )


class CatalogueFilterForm(forms.Form):
    """The catalogue's filters as GET parameters: shareable links, and it works without JavaScript.

    A value that is not offered (a stale link, a typo) is reported and that criterion ignored.
    """

    niveau = _checkboxes(_("Level reached"), EXIT_LEVELS, forms.TypedMultipleChoiceField, coerce=int)
    region = _checkboxes(_("Where"), REGIONS)
    commune = CommuneField(label=_("Commune in Martinique"), required=False)
    rayon = forms.ChoiceField(label=_("Around the commune"), choices=RADII, required=False)
    lat = forms.FloatField(required=False, min_value=14.3, max_value=15, widget=forms.HiddenInput)
    lon = forms.FloatField(required=False, min_value=-61.3, max_value=-60.7, widget=forms.HiddenInput)
    epci = forms.ChoiceField(label=_("Intercommunality"), required=False)
    domaine = _checkboxes(_("Domain"), Domain.choices)
    modalite = _checkboxes(_("Modality"), Modality.choices)
    rythme = _checkboxes(_("Rhythm"), Rhythm.choices)
    certification = _checkboxes(_("Certification"), CertificationType.choices)
    tri = forms.ChoiceField(label=_("Sort by"), choices=SORTS, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["rayon"].initial = DEFAULT_RADIUS
        if self.is_bound and not self.data.get("rayon"):  # shown chosen: it is the one used
            self.data = self.data.copy()
            self.data["rayon"] = DEFAULT_RADIUS
        self.fields["epci"].choices = [("", _("All of Martinique"))] + [
            (epci.code, epci.name) for epci in EPCI.objects.all()
        ]

    def filters(self) -> CatalogueFilters:
        if not self.is_bound:
            return CatalogueFilters()
        self.is_valid()
        data = {name: value for name, value in self.cleaned_data.items() if name not in self.errors}
        near, place, commune = None, "", data.get("commune")
        radius = int(data.get("rayon", DEFAULT_RADIUS))
        if data.get("lat") is not None and data.get("lon") is not None:  # "Use my position" wins
            near, place, commune = (data["lat"], data["lon"]), _("your position"), None
        elif commune and radius:
            near, place = (float(commune.latitude), float(commune.longitude)), commune.name
        sort = {"titre": "title", "distance": "distance"}.get(
            data.get("tri"), "distance" if near else "session"
        )
        return CatalogueFilters(
            levels=data.get("niveau", []),
            regions=data.get("region", []),
            commune=None if near else commune,
            near=near,
            place=place,
            radius_km=radius if near else None,
            epci=data.get("epci", ""),
            domains=data.get("domaine", []),
            modalities=data.get("modalite", []),
            rhythms=data.get("rythme", []),
            certifications=data.get("certification", []),
            sort=sort if near or sort != "distance" else "session",
        )

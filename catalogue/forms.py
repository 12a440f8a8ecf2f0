from django import forms
from django.utils.translation import gettext_lazy as _

from catalogue.enums import EXIT_LEVELS, CertificationType, Domain, Modality, Rhythm
from catalogue.search import REGION
from catalogue.selectors import CatalogueFilters
from portail.forms import CommuneField
from portail.models import EPCI

SORTS = [("session", _("Next session first")), ("titre", _("Title (A to Z)"))]
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
    epci = forms.ChoiceField(label=_("Intercommunality"), required=False)
    domaine = _checkboxes(_("Domain"), Domain.choices)
    modalite = _checkboxes(_("Modality"), Modality.choices)
    rythme = _checkboxes(_("Rhythm"), Rhythm.choices)
    certification = _checkboxes(_("Certification"), CertificationType.choices)
    tri = forms.ChoiceField(label=_("Sort by"), choices=SORTS, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["epci"].choices = [("", _("All of Martinique"))] + [
            (epci.code, epci.name) for epci in EPCI.objects.all()
        ]

    def filters(self) -> CatalogueFilters:
        if not self.is_bound:
            return CatalogueFilters()
        self.is_valid()
        data = {name: value for name, value in self.cleaned_data.items() if name not in self.errors}
        return CatalogueFilters(
            levels=data.get("niveau", []),
            regions=data.get("region", []),
            commune=data.get("commune"),
            epci=data.get("epci", ""),
            domains=data.get("domaine", []),
            modalities=data.get("modalite", []),
            rhythms=data.get("rythme", []),
            certifications=data.get("certification", []),
            sort="title" if data.get("tri") == "titre" else "session",
        )

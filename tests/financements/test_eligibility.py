import pytest

from django.utils import translation

from financements.eligibility import Profile, ProfileError, assess, find_schemes, profile_from_params
from financements.selectors import guide_schemes
from tests.financements.conftest import TODAY

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def schemes_for(guide):
    from wagtail.models import Locale

    return guide_schemes(guide, Locale.get_default(), TODAY)


def by_title(assessments):
    return {a.scheme.title: a for a in assessments}


def test_a_tpe_in_le_lorrain_gets_the_schemes_that_fit_with_the_reasons(guide, schemes, lorrain):
    profile = Profile("tpe", "commerce", lorrain, "site-web", 3)

    matches, near_misses = find_schemes(schemes_for(guide), profile, TODAY)

    assert set(by_title(matches)) == {"Mofwazaj Dijital", "Aide du Nord"}
    assert by_title(matches)["Mofwazaj Dijital"].reasons == [
        "Open to: very small business (under 10 staff).",
        "Every sector of activity.",
        "Available everywhere in Martinique.",
        "Funds this kind of project: website.",
    ]
    assert "Available in Le Lorrain." in by_title(matches)["Aide du Nord"].reasons
    assert by_title(near_misses)["Prêt numérique"].failures == ["Limited to these sectors: industry."]
    assert by_title(near_misses)["Appel Low Tech"].failures == ["Closed since June 30, 2025."]


def test_closed_schemes_are_never_offered(guide, schemes, lorrain):
    matches, _near = find_schemes(schemes_for(guide), Profile("tpe", "commerce", lorrain), TODAY)
    assert "Appel Low Tech" not in by_title(matches)


def test_territory_and_headcount_limits_are_explained(guide, schemes):
    from portail.models import Commune

    sainte_anne = Commune.objects.get(name="Sainte-Anne")
    schemes_list = schemes_for(guide)
    north = next(s for s in schemes_list if s.title == "Aide du Nord")
    digital = next(s for s in schemes_list if s.title == "Mofwazaj Dijital")

    assert assess(north, Profile("tpe", "commerce", sainte_anne), TODAY).failures == [
        "Only available in: CAP Nord Martinique."
    ]
    assert assess(digital, Profile("pme", "commerce", sainte_anne, "", 120), TODAY).failures == [
        "For structures of at most 49 people."
    ]
    assert assess(digital, Profile("salarie", "commerce", sainte_anne), TODAY).failures == [
        "Reserved for: very small business (under 10 staff), small or medium business."
    ]


def test_parameters_are_read_as_stable_slugs():
    profile = profile_from_params(
        {"beneficiaire": "tpe", "secteur": "artisanat", "commune": "97214", "effectif": "4"}
    )
    assert (profile.beneficiary, profile.sector, profile.commune.name, profile.headcount) == (
        "tpe",
        "artisanat",
        "Le Lorrain",
        4,
    )


@pytest.mark.parametrize(
    "params, field, message",
    [
        ({"secteur": "commerce", "commune": "Le Lorrain"}, "beneficiaire", "Required. One of: tpe, pme"),
        (
            {"beneficiaire": "entreprise", "secteur": "commerce", "commune": "Le Lorrain"},
            "beneficiaire",
            "“entreprise” is not accepted",
        ),
        (
            {"beneficiaire": "tpe", "secteur": "commerce", "commune": "Paris"},
            "commune",
            "“Paris” is not a commune of Martinique.",
        ),
        (
            {"beneficiaire": "tpe", "secteur": "commerce", "commune": "97214", "effectif": "-3"},
            "effectif",
            "number of people",
        ),
        (
            {"beneficiaire": "tpe", "secteur": "commerce", "commune": "97214", "lang": "fr"},
            "lang",
            "Unknown parameter",
        ),
    ],
)
def test_bad_parameters_are_explained(params, field, message):
    with pytest.raises(ProfileError) as error:
        profile_from_params(params)
    assert message in error.value.errors[field]


def test_a_digital_transformation_scheme_funds_a_website_and_says_so(guide, schemes, lorrain):
    digital = next(s for s in schemes_for(guide) if s.title == "Mofwazaj Dijital")
    digital.project_types = ["transformation-numerique"]

    assessment = assess(digital, Profile("tpe", "commerce", lorrain, "site-web"), TODAY)

    assert assessment.failures == []
    assert "Funds digital transformation projects, which include: website." in assessment.reasons
    assert assess(digital, Profile("tpe", "commerce", lorrain, "formation"), TODAY).failures

"""LHEO dictionaries and how they map to the catalogue's values."""

from catalogue.enums import Audience, Level, Modality, RegistrationStatus, Rhythm

NAMESPACE_23 = "http://lheo.gouv.fr/2.3"
NAMESPACE_22 = "http://www.lheo.org/2.2"
VERSIONS = {NAMESPACE_23: "2.3", NAMESPACE_22: "2.2"}
EXTRAS_INFO = "portail-martinique"  # our own <extras>, which make an export → import round trip lossless

# dict-niveaux: the old nomenclature (0–8) and the national framework's levels 1–8 (11–18, LHEO 2.3).
# None: not communicated. Levels 1 and 2 (and old VI, V bis) come before level 3: "no specific level".
OLD_LEVELS = {
    "0": None,
    "1": Level.NONE,
    "2": Level.NONE,
    "3": Level.NONE,
    "4": 3,
    "5": 4,
    "6": 5,
    "7": 6,
    "8": 7,
}
NEW_LEVELS = {"11": Level.NONE, "12": Level.NONE, **{str(10 + level): level for level in range(3, 9)}}
LEVELS = {**OLD_LEVELS, **NEW_LEVELS}


def level_code(level: int | None) -> str:
    """The LHEO 2.3 code of a level: 13–18, "1" for no specific level, "0" when unknown."""
    if level is None:
        return "0"
    return "1" if level == Level.NONE else str(10 + level)


MODALITIES = {"0": Modality.ON_SITE, "1": Modality.BLENDED, "2": Modality.DISTANCE}
MODALITY_CODES = {value: code for code, value in MODALITIES.items()}

RECRUITMENT = {"1": RegistrationStatus.OPEN, "2": RegistrationStatus.CLOSED, "3": RegistrationStatus.CLOSED}
RECRUITMENT_CODES = {
    RegistrationStatus.OPEN: "1",
    RegistrationStatus.FULL: "2",
    RegistrationStatus.CLOSED: "2",
}

# code-public-vise (FORMACODE "publics" codes).
AUDIENCES = {
    "83056": Audience.EVERYONE,
    "80006": Audience.JOB_SEEKERS,
    "80001": Audience.JOB_SEEKERS,
    "82044": Audience.EMPLOYEES,
    "82058": Audience.EMPLOYEES,
    "81061": Audience.STUDENTS,
}
AUDIENCE_CODES = {
    Audience.EVERYONE: "83056",
    Audience.JOB_SEEKERS: "80006",
    Audience.EMPLOYEES: "82044",
    Audience.STUDENTS: "81061",
}
EVERYONE_CODE = "83056"

# rythme-formation is free text: these words (accents and case folded) give the rhythms.
RHYTHM_WORDS = {
    Rhythm.FULL_TIME: ("temps plein",),
    Rhythm.PART_TIME: ("temps partiel",),
    Rhythm.WORK_STUDY: ("alternance",),
    Rhythm.APPRENTICESHIP: ("apprentissage",),
    Rhythm.EVENING: ("cours du soir",),
}
RHYTHM_NAMES = {
    Rhythm.FULL_TIME: "Temps plein",
    Rhythm.PART_TIME: "Temps partiel",
    Rhythm.WORK_STUDY: "Alternance",
    Rhythm.APPRENTICESHIP: "Apprentissage",
    Rhythm.EVENING: "Cours du soir",
}

# INSEE département codes outside Martinique → region.
DEPARTMENT_REGIONS = {"971": "guadeloupe", "973": "guyane"}
# Our regions → INSEE region codes (<region> of an <adresse>).
REGION_CODES = {"guadeloupe": "01", "martinique": "02", "guyane": "03"}


def department_of(insee_code: str) -> str:
    """The département of an INSEE commune code: 3 characters overseas (971…), 2 in mainland France."""
    return insee_code[:3] if insee_code.startswith("97") else insee_code[:2]

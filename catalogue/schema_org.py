"""schema.org JSON-LD for a programme page: a Course with its provider and sessions; a programme
at no cost is marked free (price 0, category "Free", isAccessibleForFree)."""

from catalogue.enums import Modality, Region

COURSE_MODES = {Modality.ON_SITE: "onsite", Modality.DISTANCE: "online", Modality.BLENDED: "blended"}
COUNTRY_CODES = {Region.MARTINIQUE: "MQ", Region.GUADELOUPE: "GP", Region.GUYANE: "GF", Region.FRANCE: "FR"}


def _place(location) -> dict | None:
    label = location.place_label
    if not label:
        return None
    address = {"@type": "PostalAddress", "addressLocality": label}
    if location.region in COUNTRY_CODES:
        address["addressCountry"] = COUNTRY_CODES[location.region]
    return {"@type": "Place", "name": label, "address": address}


def course_data(page, details: dict, *, url: str, description: str) -> dict:
    provider = details["provider"]
    data = {
        "@context": "https://schema.org",
        "@type": "Course",
        "name": page.title,
        "description": description,
        "url": url,
        "provider": {"@type": "EducationalOrganization", "name": provider.name},
    }
    if page.teaching_language:
        data["inLanguage"] = [code.strip() for code in page.teaching_language.split(",")]
    if provider.website:
        data["provider"]["sameAs"] = provider.website
    if page.certification_name or page.certification_code:
        credential = {"@type": "EducationalOccupationalCredential"}
        if page.certification_name:
            credential["name"] = page.certification_name
        if page.certification_code:
            credential["identifier"] = page.certification_code
        if page.exit_level:
            credential["educationalLevel"] = page.get_exit_level_display()
        data["educationalCredentialAwarded"] = credential
    if page.duration_hours:
        data["timeRequired"] = f"PT{page.duration_hours}H"
    if page.cost_eur is not None:
        free = not page.cost_eur
        data["offers"] = {
            "@type": "Offer",
            "price": "0" if free else str(page.cost_eur),
            "priceCurrency": "EUR",
            "category": "Free" if free else "Paid",
        }
        if free:
            data["isAccessibleForFree"] = True
    instances = []
    for session in details["sessions"]:
        instance = {"@type": "CourseInstance", "startDate": session.start_date.isoformat()}
        if session.end_date:
            instance["endDate"] = session.end_date.isoformat()
        if page.modality:
            instance["courseMode"] = COURSE_MODES[page.modality]
        if place := _place(session if session.place_label else details["location"]):
            instance["location"] = place
        instances.append(instance)
    if instances:
        data["hasCourseInstance"] = instances
    return data

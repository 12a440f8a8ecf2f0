"""schema.org JSON-LD for the guichet's front page: a GovernmentService of the CTM."""

from django.utils.translation import gettext as _

from portail.schema_org import CONTEXT, CTM, MARTINIQUE


def guichet_data(*, url: str) -> dict:
    return {
        "@context": CONTEXT,
        "@type": "GovernmentService",
        "name": _("Ask for help with your digital project"),
        "description": _(
            "Ask the guichet unique for help with your company’s digital project: one form, and the "
            "right partner in Martinique answers."
        ),
        "url": url,
        "provider": CTM,
        "areaServed": MARTINIQUE,
        "serviceType": "Accompagnement des projets numériques des entreprises",
        "audience": {"@type": "BusinessAudience", "audienceType": "TPE, PME, associations, indépendants"},
        "availableChannel": {"@type": "ServiceChannel", "serviceUrl": url},
    }

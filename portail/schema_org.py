"""schema.org JSON-LD shared by the apps: the script's safe content, the CTM as provider, an address.
Each app builds its own types (catalogue: Course; evenements: Event; lieux: Place; financements and
guichet: GovernmentService); tests parse them back out of the rendered pages."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import _json_script_escapes
from django.utils.safestring import SafeString, mark_safe

CONTEXT = "https://schema.org"
CTM = {
    "@type": "GovernmentOrganization",
    "name": "Collectivité Territoriale de Martinique",
    "url": "https://www.collectivitedemartinique.mq/",
}
MARTINIQUE = {"@type": "AdministrativeArea", "name": "Martinique", "identifier": "972"}


def as_script_content(data: dict) -> SafeString:
    """JSON safe to put inside <script type="application/ld+json"> (no "</script>" can close it)."""
    return mark_safe(
        json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_json_script_escapes)
    )


def postal_address(street: str, postal_code: str, locality: str) -> dict:
    address = {"@type": "PostalAddress", "addressLocality": locality, "addressCountry": "MQ"}
    if street:
        address["streetAddress"] = street
    if postal_code:
        address["postalCode"] = postal_code
    return address


def geo(latitude, longitude) -> dict:
    return {"@type": "GeoCoordinates", "latitude": float(latitude), "longitude": float(longitude)}


def free_offer(url: str) -> dict:
    """An offer at no cost: price 0 (schema.org has no "free" category for Events and Places)."""
    return {"@type": "Offer", "price": "0", "priceCurrency": "EUR", "url": url}

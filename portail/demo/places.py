"""Demo places (named in the CEP 2024 study and the Schéma numérique) and upcoming workshops.

The studies give names and, for some, a commune, never an address, hours or contacts: each place
stands at its commune's centre, is marked "location to check" and has no verification date. The
hours are indicative. Events are dated from the day of loading, so they stay upcoming.
"""

import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from wagtail.models import Locale

from evenements.models import EventIndexPage, EventPage
from lieux.models import PlaceMapPage, PlacePage
from portail.models import Commune

TO_CHECK = " Adresse, horaires et contacts à vérifier auprès du lieu."
PLACES = [
    {
        "title": "HELIOS, campus numérique 4.0 de la CACEM",
        "commune": "97209",
        "kinds": ["tiers-lieu", "coworking"],
        "services": ["insertion", "comprendre", "acces-materiel"],
        "audiences": ["jeunes", "etudiants"],
        "hours": "Mo-Fr 08:00-17:00; PH off",
        "fees": ["gratuit-sous-condition"],
        "summary": "Le campus numérique 4.0 de la Communauté d’agglomération du Centre de la Martinique.",
        "source": "CEP Martinique, Les métiers du numérique (2024)",
    },
    {
        "title": "LakouDigital",
        "commune": "97209",
        "kinds": ["tiers-lieu"],
        "services": ["outils-quotidien", "demarches", "loisirs-creation"],
        "audiences": [],
        "hours": "Tu-Sa 09:00-13:00,14:00-17:00; PH off",
        "fees": ["gratuit"],
        "summary": "Tiers-lieu numérique du territoire de la CACEM (commune à confirmer).",
        "source": "CEP Martinique, Les métiers du numérique (2024)",
    },
    {
        "title": "BeBooster",
        "commune": "97209",
        "kinds": ["tiers-lieu", "coworking"],
        "services": ["insertion", "comprendre"],
        "audiences": ["jeunes"],
        "hours": "Mo-Fr 08:30-18:00; PH off",
        "fees": ["payant"],
        "summary": "Tiers-lieu et espace de travail partagé du territoire de la CACEM (commune à confirmer).",
        "source": "CEP Martinique, Les métiers du numérique (2024)",
    },
    {
        "title": "L@ Suite Californie",
        "commune": "97213",
        "kinds": ["tiers-lieu", "coworking"],
        "services": ["insertion", "outils-quotidien"],
        "audiences": [],
        "hours": "Mo-Fr 08:00-18:00; PH off",
        "fees": ["payant"],
        "summary": "Tiers-lieu du territoire de la CACEM (commune à confirmer).",
        "source": "CEP Martinique, Les métiers du numérique (2024)",
    },
    {
        "title": "La Sphère 972",
        "commune": "97213",
        "kinds": ["tiers-lieu", "fablab", "coworking"],
        "services": ["loisirs-creation", "outils-quotidien", "acces-materiel", "comprendre"],
        "audiences": ["familles", "seniors"],
        "hours": 'Mo-Fr 09:00-17:00; Sa 09:00-12:00 "ateliers sur inscription"; PH off',
        "fees": ["gratuit", "payant"],
        "summary": "Tiers-lieu solidaire dans le bourg du Lamentin, avec un FabLab, un Medialab et un "
        "espace de coworking.",
        "source": "CEP Martinique, Les métiers du numérique (2024)",
    },
    {
        "title": "Up & Space",
        "commune": "97227",
        "kinds": ["fablab", "tiers-lieu"],
        "services": ["outils-quotidien", "demarches", "loisirs-creation", "acces-materiel"],
        "audiences": ["seniors", "jeunes"],
        "hours": "Mo-Fr 08:30-12:30,13:30-16:30; PH off",
        "fees": ["gratuit"],
        "summary": "FabLab de Sainte-Luce tourné vers l’inclusion numérique.",
        "source": "CEP Martinique, Les métiers du numérique (2024)",
    },
    {
        "title": "VANLAB",
        "commune": "97209",
        "kinds": ["fablab"],
        "services": ["loisirs-creation", "comprendre"],
        "audiences": [],
        "hours": "We-Sa 10:00-18:00; PH off",
        "fees": ["payant"],
        "summary": "FabLab fondé en 2016 à Fort-de-France par un designer martiniquais : machines à "
        "commande numérique partagées.",
        "source": "CEP Martinique, Les métiers du numérique (2024)",
    },
    {
        "title": "Tiers-lieu numérique de CAP Nord",
        "commune": "97230",
        "kinds": ["tiers-lieu", "epn"],
        "services": ["outils-quotidien", "demarches", "loisirs-creation", "acces-materiel"],
        "audiences": [],
        "hours": "Mo-Fr 08:00-16:00; PH off",
        "fees": ["gratuit"],
        "summary": "Projet de tiers-lieu de CAP Nord : création numérique et image, télécentres et "
        "médiation renforcée (commune à confirmer).",
        "source": "CEP Martinique, Les métiers du numérique (2024)",
    },
    {
        "title": "Campus connecté du Nord",
        "commune": "97214",
        "kinds": ["campus-connecte"],
        "services": ["acces-materiel", "insertion"],
        "audiences": ["etudiants", "jeunes"],
        "hours": "Mo-Fr 08:00-18:00; PH off",
        "fees": ["gratuit"],
        "summary": "Campus connecté du projet de CAP Nord, près des jeunes des villes éloignées de "
        "l’université : études supérieures à distance, accompagnées (commune à confirmer).",
        "source": "CEP Martinique, Les métiers du numérique (2024)",
    },
    {
        "title": "EcoMobil – Repair Truck",
        "commune": "97209",
        "kinds": ["reparation", "association"],
        "services": ["materiel-solidaire", "outils-quotidien"],
        "audiences": [],
        "hours": "",
        "fees": ["gratuit-sous-condition"],
        "itinerant": True,
        "summary": "Camion atelier de réparation et de réemploi du matériel numérique, qui se déplace "
        "de commune en commune.",
        "source": "CEP Martinique, Les métiers du numérique (2024)",
    },
    {
        "title": "Le Park Numérique",
        "commune": "97209",
        "kinds": ["association", "epn"],
        "services": ["insertion", "comprendre", "outils-quotidien"],
        "audiences": ["jeunes"],
        "hours": "Mo-Fr 09:00-12:00,13:30-17:00; PH off",
        "fees": ["gratuit"],
        "summary": "Médiation numérique et découverte des métiers du numérique.",
        "source": "CEP Martinique, Les métiers du numérique (2024)",
    },
]

# (title, kind, place title or None, days from today, start, end, capacity, audiences, summary, extra)
EVENTS = [
    (
        "Premiers pas sur smartphone",
        "atelier",
        "La Sphère 972",
        7,
        (9, 0),
        (11, 0),
        10,
        ["seniors"],
        "Allumer, appeler, envoyer un message et une photo, installer une application : un atelier "
        "en petit groupe, à votre rythme. Apportez votre téléphone.",
        {},
    ),
    (
        "Permanence : vos démarches en ligne",
        "permanence",
        "HELIOS, campus numérique 4.0 de la CACEM",
        3,
        (14, 0),
        (17, 0),
        6,
        ["tous"],
        "Un médiateur numérique vous aide à faire vos démarches (CAF, impôts, santé, France Travail). "
        "Apportez vos identifiants si vous en avez.",
        {},
    ),
    (
        "Rencontre acheteurs et entreprises du numérique",
        "rencontre-acheteurs",
        None,
        21,
        (8, 30),
        (12, 30),
        80,
        ["entreprises", "acheteurs"],
        "Action n° 16 du Schéma numérique, avec l’ATAPNIT : les acheteurs publics et privés présentent "
        "leurs projets, les entreprises numériques locales leurs solutions, en rendez-vous courts.",
        {
            "address": "Hôtel de la CTM, rue Gaston Defferre",
            "commune": "97209",
            "organiser": "CTM et ATAPNIT",
        },
    ),
    (
        "Se protéger des arnaques en ligne",
        "webinaire",
        None,
        10,
        (18, 0),
        (19, 0),
        100,
        ["tous", "seniors"],
        "Faux SMS, faux conseillers, faux sites : reconnaître les pièges et savoir quoi faire. En ligne, "
        "une heure, questions bienvenues.",
        {"online_url": "https://visio.example.org/arnaques"},
    ),
    (
        "Repair Truck : faire réparer son téléphone",
        "atelier",
        "EcoMobil – Repair Truck",
        14,
        (9, 0),
        (15, 0),
        12,
        ["tous"],
        "Le camion atelier s’arrête à Sainte-Luce : diagnostic et petites réparations de téléphones et "
        "d’ordinateurs, conseils pour prolonger leur vie.",
        {"itinerant_stop": True, "address": "Bourg de Sainte-Luce", "commune": "97227"},
    ),
    (
        "Découvrir la découpe laser",
        "formation-courte",
        "VANLAB",
        5,
        (14, 0),
        (17, 0),
        8,
        ["jeunes", "tous"],
        "Dessiner un objet simple et le découper au laser, avec les machines partagées du FabLab.",
        {},
    ),
]


def demo_load() -> bool:
    """Add the places under the French map page and the events under the French events page, once."""
    french = Locale.get_default()
    map_page = PlaceMapPage.objects.filter(locale=french).first()
    index = EventIndexPage.objects.filter(locale=french).first()
    if map_page is None or index is None or PlacePage.objects.exists():
        return False
    communes = {commune.insee_code: commune for commune in Commune.objects.all()}
    with transaction.atomic():
        places = {}
        for item in PLACES:
            commune = communes[item["commune"]]
            place = PlacePage(
                locale=french,
                title=item["title"],
                slug=slugify(item["title"]),
                summary=item["summary"],
                description=item["summary"] + TO_CHECK,
                kinds=item["kinds"],
                services=item["services"],
                audiences=item["audiences"],
                fees=item["fees"],
                access_modes=["se-presenter", "telephoner"],
                support_modes=["individuel", "atelier"],
                address="Centre-bourg (adresse à vérifier)",
                postal_code=commune.postal_codes[0],
                commune=commune,
                latitude=commune.latitude,
                longitude=commune.longitude,
                location_to_check=True,
                itinerant=item.get("itinerant", False),
                opening_hours=item["hours"],
                source=item["source"],
            )
            map_page.add_child(instance=place)
            place.save_revision().publish()
            places[item["title"]] = place
        today = timezone.localdate()
        for title, kind, place_title, days, start, end, capacity, audiences, summary, extra in EVENTS:
            day = today + datetime.timedelta(days=days)
            event = EventPage(
                locale=french,
                title=title,
                slug=slugify(title),
                kind=kind,
                summary=summary,
                starts_at=timezone.make_aware(datetime.datetime.combine(day, datetime.time(*start))),
                ends_at=timezone.make_aware(datetime.datetime.combine(day, datetime.time(*end))),
                place=places.get(place_title),
                address=extra.get("address", ""),
                commune=communes.get(extra.get("commune")),
                online_url=extra.get("online_url", ""),
                itinerant_stop=extra.get("itinerant_stop", False),
                audiences=audiences,
                capacity=capacity,
                organiser=extra.get("organiser") or place_title or "CTM",
            )
            index.add_child(instance=event)
            event.save_revision().publish()
    return True

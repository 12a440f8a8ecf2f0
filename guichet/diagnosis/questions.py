"""The self-diagnosis: ten questions in the six dimensions of the digital maturity study of Martinique
companies (presence online, selling online, tools, data and security, skills, equipment).

Each answer is worth 0 to 3 points; a dimension's level comes from the share of its points (see
`scoring.py`). Question and answer keys are stable slugs: they are stored with each diagnosis.
"""

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from financements.enums import ProjectType
from guichet.enums import Need
from label.enums import SolutionCategory


@dataclass(frozen=True)
class Dimension:
    key: str
    label: Promise
    covers: Promise  # what the dimension is about, in one sentence
    next_step: Promise  # what to do when the level is low
    need: str  # the guichet need a weak level turns into
    project: str  # the funding schemes' project type
    provider_categories: tuple  # labelled providers' solution categories
    training_keywords: tuple  # words looked for in the French title or summary of a programme


@dataclass(frozen=True)
class Question:
    key: str
    dimension: str
    text: Promise
    answers: tuple  # (key, label, points), from 0 to 3 points


DIMENSIONS = (
    Dimension(
        "presence",
        _("Presence online"),
        _("Being found on the internet: a website, a business listing, social media."),
        _("Start with a free business listing and one social media page, then a simple website."),
        Need.WEBSITE,
        ProjectType.WEBSITE,
        (SolutionCategory.DEVELOPMENT, SolutionCategory.CREATIVE),
        ("site web", "site internet", "réseaux sociaux", "community manag"),
    ),
    Dimension(
        "selling",
        _("Selling online"),
        _("Taking orders, bookings and payments on the internet."),
        _("Try selling through a platform or payment links, then consider an online shop."),
        Need.ECOMMERCE,
        ProjectType.ECOMMERCE,
        (SolutionCategory.DEVELOPMENT,),
        ("e-commerce", "vente en ligne", "boutique en ligne", "commerce électronique"),
    ),
    Dimension(
        "tools",
        _("Management tools"),
        _("Software for quotes, invoices, accounting, customers and appointments."),
        _("Replace paper and spreadsheets with invoicing software linked to your accounting."),
        Need.MANAGEMENT_TOOLS,
        ProjectType.SOFTWARE,
        (SolutionCategory.DEVELOPMENT, SolutionCategory.CONSULTING),
        ("facturation", "logiciel de gestion", "comptabilité", "bureautique"),
    ),
    Dimension(
        "security",
        _("Data and security"),
        _("Backups, passwords and updates that protect your files and your customers' data."),
        _("Set up an automatic backup and two-step verification on your e-mail and bank accounts."),
        Need.CYBERSECURITY,
        ProjectType.CYBERSECURITY,
        (SolutionCategory.CYBERSECURITY, SolutionCategory.HOSTING),
        ("cybersécurité", "sécurité informatique", "rgpd", "données personnelles"),
    ),
    Dimension(
        "skills",
        _("Digital skills"),
        _("How at ease you and your staff are with digital tools."),
        _("Take a short practical course, for you or your staff: it is often funded."),
        Need.STAFF_TRAINING,
        ProjectType.TRAINING,
        (SolutionCategory.TRAINING,),
        ("compétences numériques", "initiation", "bureautique", "pix"),
    ),
    Dimension(
        "equipment",
        _("Equipment"),
        _("Computers, phones, card terminal and internet connection."),
        _("List what slows you down (an old computer, a weak connection) and plan its replacement."),
        Need.EQUIPMENT,
        ProjectType.EQUIPMENT,
        (SolutionCategory.HARDWARE,),
        ("maintenance informatique", "matériel informatique", "parc informatique", "poste de travail"),
    ),
)

QUESTIONS = (
    Question(
        "site",
        "presence",
        _("Does your company have a website?"),
        (
            ("aucun", _("No"), 0),
            ("annuaire", _("Only a page on a directory or a platform"), 1),
            ("ancien", _("Yes, but it is rarely updated"), 2),
            ("a-jour", _("Yes, and it is kept up to date"), 3),
        ),
    ),
    Question(
        "reseaux",
        "presence",
        _("Is your company on social media or on a map listing (such as Google)?"),
        (
            ("non", _("No"), 0),
            ("rarement", _("Yes, but we rarely post"), 1),
            ("regulier", _("Yes, we post regularly"), 2),
            ("avis", _("Yes, we post regularly and answer customers' reviews"), 3),
        ),
    ),
    Question(
        "vente",
        "selling",
        _("Can your customers order or book online?"),
        (
            ("non", _("No"), 0),
            ("messages", _("Yes, by message or e-mail, then we confirm by hand"), 1),
            ("plateforme", _("Yes, on a platform or a marketplace"), 2),
            ("boutique", _("Yes, on our own online shop or booking system"), 3),
        ),
    ),
    Question(
        "paiement",
        "selling",
        _("How can your customers pay?"),
        (
            ("especes", _("Cash or cheque only"), 0),
            ("carte", _("Also by card, on a card terminal"), 1),
            ("virement", _("Also by bank transfer or a payment link"), 2),
            ("en-ligne", _("Also online, when they order"), 3),
        ),
    ),
    Question(
        "factures",
        "tools",
        _("How do you make your quotes and invoices?"),
        (
            ("papier", _("By hand, on paper"), 0),
            ("tableur", _("With a word processor or a spreadsheet"), 1),
            ("logiciel", _("With invoicing software"), 2),
            ("relie", _("With software linked to our accounting"), 3),
        ),
    ),
    Question(
        "clients",
        "tools",
        _("How do you keep track of your customers and appointments?"),
        (
            ("memoire", _("From memory or on paper"), 0),
            ("telephone", _("In a spreadsheet or the phone's contacts"), 1),
            ("outil", _("In an online tool (shared calendar, customer file)"), 2),
            ("partage", _("In an online tool shared by the team and linked to invoicing"), 3),
        ),
    ),
    Question(
        "sauvegarde",
        "security",
        _("How are your files backed up?"),
        (
            ("aucune", _("They are not backed up"), 0),
            ("parfois", _("From time to time, on a USB key or a disk"), 1),
            ("auto", _("Automatically (online or on a disk)"), 2),
            ("teste", _("Automatically, with a copy elsewhere, and we have tried restoring it"), 3),
        ),
    ),
    Question(
        "mots-de-passe",
        "security",
        _("How do you protect your accounts (e-mail, bank, social media)?"),
        (
            ("meme", _("The same password for several accounts"), 0),
            ("differents", _("A different password for each account"), 1),
            ("double", _("Two-step verification or a password manager on the main accounts"), 2),
            ("regles", _("Both, with automatic updates and rules the whole team follows"), 3),
        ),
    ),
    Question(
        "competences",
        "skills",
        _("How at ease are you and your staff with digital tools?"),
        (
            ("evite", _("Not at ease: we avoid them when we can"), 0),
            ("bases", _("The basics: e-mail, phone, online forms"), 1),
            ("aise", _("At ease with the everyday tools"), 2),
            ("formation", _("At ease, and we train regularly"), 3),
        ),
    ),
    Question(
        "equipement",
        "equipment",
        _("What equipment does your company work with?"),
        (
            ("aucun", _("A smartphone only, or nothing"), 0),
            ("ancien", _("One old or shared computer"), 1),
            ("recent", _("Recent computers for those who need one, and a reliable connection"), 2),
            ("renouvele", _("Recent equipment renewed regularly, with a backup connection"), 3),
        ),
    ),
)

LEVELS = (
    (1, _("Getting started"), _("Little or nothing is in place yet. This is where a first step helps most.")),
    (2, _("First steps"), _("The basics are there, but not used regularly or not for everything yet.")),
    (3, _("Well on the way"), _("Good practices are in place; a few improvements remain.")),
    (4, _("Advanced"), _("You are ahead of most companies in Martinique. Keep it up.")),
)
WEAK_LEVELS = (1, 2)  # a plan is suggested for these

DIMENSION_BY_KEY = {dimension.key: dimension for dimension in DIMENSIONS}
QUESTION_BY_KEY = {question.key: question for question in QUESTIONS}

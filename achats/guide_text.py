"""The buyers' guide's words on public procurement, shared by its web page and its PDF."""

from django.utils.translation import gettext_lazy as _

PLAIN_SUMMARY = [
    _("Under 40,000 € excluding tax, a public buyer may ask a local provider directly, without advertising."),
    _("Up to 100,000 € excluding tax, an innovative solution may be bought the same way."),
    _(
        "Above, split the need into lots and meet providers before the call, so that small local "
        "firms can answer."
    ),
    _("Choose award criteria linked to the need: support on site, response times, where data is hosted."),
]

RULES = [
    (
        _("Contracts under 40,000 € excluding tax"),
        _(
            "A contract whose estimated value is under 40,000 € excluding tax may be awarded without "
            "advertising or competition (article R2122-8 of the public procurement code). Choose a "
            "relevant offer, make good use of public money and do not always contract with the same "
            "provider when several can meet the need."
        ),
    ),
    (
        _("Innovative purchases up to 100,000 € excluding tax"),
        _(
            "Innovative works, supplies or services under 100,000 € excluding tax may be bought without "
            "advertising or competition (article R2122-9-1). Many local digital solutions are new "
            "products or services: explain why in the purchase file."
        ),
    ),
    (
        _("Split the contract into lots"),
        _(
            "Lots for development, hosting, maintenance or training (article L2113-10) let small local "
            "firms answer the parts they do best, alone or together."
        ),
    ),
    (
        _("Consult the market first"),
        _(
            "Before a call, a buyer may consult the market, meet providers and ask for information "
            "(article R2111-1): this directory and the buyers' meetings are there for that. Keep a "
            "record and give every provider the same information."
        ),
    ),
    (
        _("Award criteria"),
        _(
            "Criteria must be linked to the subject of the contract. « Being local » cannot be one, but "
            "response time on site, support in French and Creole, data hosting, accessibility and "
            "environmental impact can."
        ),
    ),
]

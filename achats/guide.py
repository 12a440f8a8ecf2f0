"""The buyers' guide: the label directory (categories, labelled providers and their contact) and how to
buy local within public-procurement rules, as a web page and a PDF.

The PDFs (one per language) are kept in the default storage under a fixed name and rebuilt by a job
when the directory changes (achats.signals); a missing file is built on the first request."""

import io
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import ListFlowable, Paragraph, SimpleDocTemplate, Spacer

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from achats.guide_text import PLAIN_SUMMARY, RULES
from label.enums import SolutionCategory
from label.selectors import labelled_providers


@dataclass
class GuideCategory:
    value: str
    label: str
    providers: list  # label.selectors.LabelledProvider, with only this category's solutions


def guide_categories() -> list[GuideCategory]:
    """The eight categories, each with the labelled providers offering a solution in it (3 queries)."""
    providers = labelled_providers()
    categories = []
    for value, label in SolutionCategory.choices:
        offering = []
        for item in providers:
            solutions = [solution for solution in item.solutions if solution.category == value]
            if solutions:
                offering.append((item, solutions))
        categories.append(GuideCategory(value, str(label), offering))
    return categories


def guide_file_name(language: str) -> str:
    return f"achats/guide-acheteurs-{language}.pdf"


def verify_url(code: str) -> str:
    return settings.SITE_URL + reverse("label:verify", args=[code])


def buyers_guide_pdf() -> bytes:
    """The guide in the active language, as a PDF (A4, reportlab's standard fonts)."""
    styles = getSampleStyleSheet()
    text, small = styles["BodyText"], styles["Italic"]

    def para(value, style=text):
        return Paragraph(escape(str(value)), style)

    story = [
        para(_("Buying local digital solutions in Martinique"), styles["Title"]),
        para(_("Buyers' guide, updated on %(date)s") % {"date": date_format(timezone.localdate())}, small),
        para(_("In plain words"), styles["Heading2"]),
        ListFlowable([para(line) for line in PLAIN_SUMMARY], bulletType="bullet"),
        para(_("How to buy local within public-procurement rules"), styles["Heading2"]),
    ]
    for title, body in RULES:
        story += [para(title, styles["Heading3"]), para(body)]
    story.append(para(_("Labelled local providers, by category"), styles["Heading2"]))
    for category in guide_categories():
        story.append(para(category.label, styles["Heading3"]))
        if not category.providers:
            story.append(para(_("No labelled provider in this category yet."), small))
        for item, solutions in category.providers:
            provider = item.provider
            story.append(para(f"{provider.name} — {provider.commune.name}", styles["Heading4"]))
            story.append(para(", ".join(solution.name for solution in solutions)))
            contact = [provider.website] if provider.website else []
            contact.append(
                _("Label %(code)s: %(url)s")
                % {"code": provider.label_code, "url": verify_url(provider.label_code)}
            )
            story.append(para(" · ".join(contact), small))
    story += [
        Spacer(1, 0.5 * cm),
        para(_("Portail numérique de Martinique — %(url)s") % {"url": settings.SITE_URL}, small),
    ]
    output = io.BytesIO()
    document = SimpleDocTemplate(
        output, pagesize=A4, title=_("Buyers' guide"), author="Collectivité Territoriale de Martinique"
    )
    document.build(story)
    return output.getvalue()


def buyers_guide_build(language: str) -> str:
    """Write the guide of `language` to the storage, replacing the previous one; returns its name."""
    with translation.override(language):
        content = buyers_guide_pdf()
    name = guide_file_name(language)
    if default_storage.exists(name):
        default_storage.delete(name)
    return default_storage.save(name, ContentFile(content))


def buyers_guide_build_all() -> None:
    for code, _name in settings.LANGUAGES:
        buyers_guide_build(code)


def buyers_guide_file(language: str):
    """The stored PDF of `language`, built first when it is missing (a new site, a lost file)."""
    name = guide_file_name(language)
    if not default_storage.exists(name):
        name = buyers_guide_build(language)
    return default_storage.open(name, "rb")

"""StreamField blocks shared by the site pages; each renders components/streamfield/<name>.html."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class LinkValue(blocks.StructValue):
    # Set in bulk by portail.selectors.localize_links; otherwise looked up link by link.
    localized_page = None

    @property
    def href(self):
        """The chosen page in the visitor's language (when translated), or the external address.

        Empty when the chosen page is not published, so that no link leads to a missing page.
        """
        page = self.get("page")
        if not page:
            return self.get("url") or ""
        target = self.localized_page or page.localized
        return target.url if target.live else ""


class LinkBlock(blocks.StructBlock):
    """A link to a page of the site (followed to its translation) or to another site."""

    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("External address"), required=False)

    class Meta:
        label = _("Link")
        required = True
        value_class = LinkValue

    def clean(self, value):
        value = super().clean(value)
        has_page, has_url = bool(value.get("page")), bool(value.get("url"))
        if has_page and has_url or (self.meta.required and not (has_page or has_url)):
            message = _("Choose either a page or an external address (one of the two).")
            raise StructBlockValidationError(block_errors={"page": ValidationError(message)})
        return value


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=150)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading (level 2)")), ("h3", _("Sub-heading (level 3)"))],
        default="h2",
    )

    class Meta:
        label = _("Heading")
        icon = "title"
        template = "components/streamfield/heading.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt = blocks.CharBlock(
        label=_("Text alternative"),
        max_length=250,
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        label = _("Image")
        icon = "image"
        template = "components/streamfield/image.html"


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False, max_length=400)
    link_label = blocks.CharBlock(label=_("Button text"), max_length=60)
    link = LinkBlock()

    class Meta:
        label = _("Call to action")
        icon = "pick"
        template = "components/streamfield/call_to_action.html"


class AccordionItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=200)
    answer = blocks.RichTextBlock(label=_("Answer"), features=RICH_TEXT_FEATURES)


class AccordionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=150)
    items = blocks.ListBlock(AccordionItemBlock(), label=_("Questions"), min_num=1)

    class Meta:
        label = _("Questions and answers")
        icon = "list-ul"
        template = "components/streamfield/accordion.html"


class TableBlock(blocks.StructBlock):
    """A simple data table with a caption and a header row (every cell is translatable)."""

    caption = blocks.CharBlock(label=_("Caption"), max_length=200, help_text=_("Says what the table shows."))
    header = blocks.ListBlock(
        blocks.CharBlock(label=_("Column heading")), label=_("Column headings"), min_num=1
    )
    rows = blocks.ListBlock(
        blocks.ListBlock(blocks.CharBlock(label=_("Cell"), required=False), label=_("Row")),
        label=_("Rows"),
        min_num=1,
    )

    class Meta:
        label = _("Table")
        icon = "table"
        template = "components/streamfield/table.html"

    def clean(self, value):
        value = super().clean(value)
        width = len(value["header"])
        if any(len(row) != width for row in value["rows"]):
            message = _("Every row must have as many cells as there are column headings (%(count)s).")
            raise StructBlockValidationError(
                block_errors={"rows": ValidationError(message, params={"count": width})}
            )
        return value


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Text"), features=RICH_TEXT_FEATURES, template="components/streamfield/paragraph.html"
    )
    image = ImageBlock()
    call_to_action = CallToActionBlock()
    accordion = AccordionBlock()
    table = TableBlock()


class EntryPointBlock(blocks.StructBlock):
    """One of the home page's journeys (find a training, find funding…)."""

    journey = blocks.ChoiceBlock(
        label=_("Journey"),
        choices=[
            ("training", _("Find a training")),
            ("funding", _("Find funding")),
            ("guichet", _("Ask for help")),
            ("label", _("Apply for the label")),
            ("place", _("Find a tiers-lieu")),
            ("other", _("Other")),
        ],
        help_text=_("Chooses the pictogram."),
    )
    title = blocks.CharBlock(label=_("Title"), max_length=80)
    text = blocks.TextBlock(label=_("Text"), max_length=250)
    link = LinkBlock()

    class Meta:
        label = _("Entry point")
        icon = "link"
        template = "components/streamfield/entry_point.html"


class HighlightBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), max_length=400)
    link_label = blocks.CharBlock(label=_("Link text"), max_length=60, required=False)
    link = LinkBlock(required=False)

    class Meta:
        label = _("Highlight")
        icon = "pick"
        template = "components/streamfield/highlight.html"

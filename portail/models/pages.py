from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Locale, Page
from wagtail.search import index

from portail.blocks import BodyBlock, EntryPointBlock, HighlightBlock
from portail.languages import LanguageFallbackMixin, route_in_source_language
from portail.page_permissions import OwnerPublishesMixin
from portail.page_routes import CachedRouteMixin


class HomePage(OwnerPublishesMixin, LanguageFallbackMixin, CachedRouteMixin, Page):
    """The entry to the portal: the five journeys and editable highlights."""

    hero_title = models.CharField(_("main title"), max_length=150)
    hero_text = models.TextField(_("introduction"), max_length=500)
    journeys = StreamField(
        [("entry_point", EntryPointBlock())],
        verbose_name=_("journeys"),
        blank=True,
        max_num=8,
    )
    highlights_title = models.CharField(_("highlights title"), max_length=120, blank=True)
    highlights = StreamField([("highlight", HighlightBlock())], verbose_name=_("highlights"), blank=True)

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel([FieldPanel("hero_title"), FieldPanel("hero_text")], heading=_("Introduction")),
        FieldPanel("journeys"),
        MultiFieldPanel([FieldPanel("highlights_title"), FieldPanel("highlights")], heading=_("Highlights")),
    ]
    search_fields = [*Page.search_fields, index.SearchField("hero_text")]

    parent_page_types = ["wagtailcore.Page"]
    template = "pages/home_page.html"
    link_streams = ("journeys", "highlights")  # localized when its content is rendered (content_cache)

    @property
    def localized(self):
        """The home page in the active language: the one the site's cache kept with the root page
        (`kept_localized`, portail/site_cache.py), else Wagtail's lookup."""
        kept = getattr(self, "kept_localized", None)
        if kept is not None and kept.locale_id == Locale.get_active().id:
            return kept
        return super().localized

    def route(self, request, path_components):
        """A path this language's tree lacks may be a French page not translated yet: look for it
        in the French tree (`portail.languages`)."""
        try:
            return super().route(request, path_components)
        except Http404:
            return route_in_source_language(self, request, path_components)

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")


class MenuTitleMixin(models.Model):
    """A short, translatable title for the main menu."""

    menu_title = models.CharField(
        _("title in the menu"),
        max_length=40,
        blank=True,
        help_text=_("A short title for the main menu. Leave empty to use the page title."),
    )

    promote_panels = [*Page.promote_panels, FieldPanel("menu_title")]

    class Meta:
        abstract = True


class StandardPage(MenuTitleMixin, OwnerPublishesMixin, LanguageFallbackMixin, CachedRouteMixin, Page):  # noqa: DJ008 (Page defines __str__)
    """A content page: guides, legal notice, accessibility statement, privacy policy…"""

    intro = models.TextField(_("introduction"), blank=True, max_length=600)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    template = "pages/standard_page.html"
    link_streams = ("body",)  # localized when its content is rendered (content_cache)

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")

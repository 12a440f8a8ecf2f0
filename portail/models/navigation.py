"""Menu and footer, edited by editors in the site settings."""

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable


@register_setting(icon="list-ul")
class NavigationSettings(BaseSiteSetting, ClusterableModel):
    """Links are pages: each one is shown in the visitor's language when translated."""

    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact telephone"), max_length=30, blank=True)
    postal_address = models.TextField(_("postal address"), blank=True, max_length=300)

    panels = [
        InlinePanel("menu_items", label=_("Main menu")),
        InlinePanel("footer_links", label=_("Footer links")),
        MultiFieldPanel(
            [FieldPanel("contact_email"), FieldPanel("contact_phone"), FieldPanel("postal_address")],
            heading=_("Contact details in the footer"),
        ),
    ]

    class Meta:
        verbose_name = _("navigation")


class NavigationLink(Orderable):
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("page")
    )

    panels = [FieldPanel("page")]

    class Meta(Orderable.Meta):
        abstract = True


class MenuItem(NavigationLink):
    setting = ParentalKey(NavigationSettings, on_delete=models.CASCADE, related_name="menu_items")


class FooterLink(NavigationLink):
    setting = ParentalKey(NavigationSettings, on_delete=models.CASCADE, related_name="footer_links")

"""The scheme's edit form in the admin: the funders of the page's language, ticked in a short list."""

from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _

from wagtail.admin.forms import WagtailAdminPageForm


class FundingSchemeAdminForm(WagtailAdminPageForm):
    def __init__(self, *args, parent_page=None, **kwargs):
        super().__init__(*args, parent_page=parent_page, **kwargs)
        field = self.fields["funders"]
        locale = self.instance.locale if self.instance.locale_id else parent_page.locale
        field.queryset = field.queryset.filter(locale=locale).order_by("name")
        if self.instance.pk and not self.is_bound:  # funders linked in another language: their translation
            keys = {funder.translation_key for funder in self.instance.funders.all()}
            self.initial["funders"] = list(field.queryset.filter(translation_key__in=keys))
        if self.for_user and self.for_user.has_perm("financements.add_funder"):
            field.help_text = format_html(  # a link alone: nothing but its colour would set it apart
                '<a href="{}" target="_blank">{}</a>',
                reverse("wagtailsnippets_financements_funder:add") + f"?locale={locale.language_code}",
                _("Add a funder in this language (opens a new tab)"),
            )

"""RSS and Atom feeds of the guide: schemes published recently and schemes closing soon."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from financements.enums import SchemeStatus
from financements.selectors import guide_schemes
from portail.selectors import active_locale

NEW_FOR_DAYS = 90


class SchemeFeed(Feed):
    def get_object(self, request, guide):
        self.request = request
        return guide

    def title(self, guide):
        return _("%(guide)s: new schemes and schemes closing soon") % {"guide": guide.title}

    def link(self, guide):
        return guide.get_url(self.request)

    def description(self, guide):
        return guide.intro

    def items(self, guide):
        now = timezone.now()
        recent = now - datetime.timedelta(days=NEW_FOR_DAYS)
        schemes = guide_schemes(guide, active_locale(self.request), timezone.localdate())
        chosen = [
            scheme
            for scheme in schemes
            if scheme.current_status == SchemeStatus.CLOSING_SOON
            or (scheme.current_status != SchemeStatus.CLOSED and self.item_pubdate(scheme) >= recent)
        ]
        return sorted(chosen, key=self.item_pubdate, reverse=True)

    def item_title(self, scheme):
        if scheme.current_status == SchemeStatus.CLOSING_SOON:
            return _("%(title)s (closes on %(date)s)") % {
                "title": scheme.title,
                "date": scheme.closes_on.strftime("%d/%m/%Y"),
            }
        return scheme.title

    def item_description(self, scheme):
        return scheme.summary

    def item_link(self, scheme):
        return scheme.get_url(self.request)

    def item_pubdate(self, scheme):
        # Pages created outside the publishing workflow (imports, scripts) may lack this date.
        return scheme.first_published_at or scheme.last_published_at or timezone.now()

    def item_updateddate(self, scheme):
        return scheme.last_published_at


class AtomSchemeFeed(SchemeFeed):
    feed_type = Atom1Feed
    subtitle = SchemeFeed.description

"""Who publishes a page (docs/editing.md): moderators any page; editors the pages they own — those they
created and the translations they submitted — or they submit them for moderation instead."""

from wagtail.models import PagePermissionTester


class OwnerPermissionTester(PagePermissionTester):
    def owns_and_edits(self) -> bool:
        return self.user.is_active and self.page.owner_id == self.user.pk and self.can_edit()

    def can_publish(self):
        return super().can_publish() or (not self.page_is_root and self.owns_and_edits())

    def can_unpublish(self):
        if super().can_unpublish():
            return True
        return self.page.live and not self.page_locked() and self.owns_and_edits()


class OwnerPublishesMixin:
    """On every page type of the portal (Wagtail asks the specific class for the page's tester)."""

    def permissions_for_user(self, user):
        return OwnerPermissionTester(user, self)

from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from observatoire.models import Snapshot
from portail.admin_menu import CONTENT_MENU


class FrozenPermissionPolicy(ModelPermissionPolicy):
    """Nobody adds a snapshot by hand (only the job freezes figures), nor deletes one."""

    def user_has_permission(self, user, action):
        return action not in ("add", "delete") and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class SnapshotViewSet(SnippetViewSet):
    """Snapshots are frozen by the quarterly job; editors only write their commentary."""

    model = Snapshot
    icon = "table"
    menu_label = _("Observatory")
    menu_order = 360
    menu_hook = CONTENT_MENU
    list_display = ["period", "starts_on", "frozen_at"]
    panels = [FieldPanel("commentary"), FieldPanel("commentary_en"), FieldPanel("commentary_es")]


register_permission_policy(Snapshot, FrozenPermissionPolicy(Snapshot))
register_snippet(SnapshotViewSet)

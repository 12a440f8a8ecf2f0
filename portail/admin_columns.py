"""Admin listing columns (the apps' wagtail_hooks use them)."""

from django.utils.translation import gettext

from wagtail.admin.ui.tables import Column


class YesNoColumn(Column):
    """A boolean field read as "Yes" or "No" in the admin's language, never as raw "True"/"False"."""

    def get_value(self, instance):
        value = super().get_value(instance)
        if value is None:
            return None
        return gettext("Yes") if value else gettext("No")


def yes_no(model, field_name: str) -> YesNoColumn:
    """The column of a model's boolean field, labelled and sortable as the default column is."""
    label = model._meta.get_field(field_name).verbose_name
    return YesNoColumn(field_name, label=label, sort_key=field_name)

"""The admin sidebar: Wagtail's own entries, then Contenu, Guichet, Label and Données, each person
seeing what they may use, every French label whole in the sidebar."""

import pytest

from django.test import RequestFactory
from django.utils import translation

from wagtail.admin.menu import SubmenuMenuItem, admin_menu

from tests.utils import staff

pytestmark = pytest.mark.django_db

LONGEST_LABEL = 20  # characters the sidebar shows whole (« Corrections de lieux » is the longest)


def menu_for(user) -> dict[str, list[str]]:
    """Top-level label → labels of its submenu (empty for a plain entry), in French."""
    request = RequestFactory().get("/admin/")
    request.user = user
    with translation.override("fr"):
        return {
            str(item.label): (
                [str(sub.label) for sub in item.menu.menu_items_for_request(request)]
                if isinstance(item, SubmenuMenuItem)
                else []
            )
            for item in admin_menu.menu_items_for_request(request)
        }


def test_an_editor_finds_content_guichet_and_data_grouped():
    menu = menu_for(staff(groups=["Editors"]))

    assert {"Contenu", "Guichet", "Données", "Label"} <= menu.keys()
    assert {"Financeurs", "Organismes", "Corrections de lieux"} <= set(menu["Contenu"])
    assert {"Tester le routage", "Statistiques"} <= set(menu["Guichet"])
    assert "Imports LHEO" in menu["Données"]
    assert not {"Financeurs", "Imports LHEO", "Tester le routage"} & menu.keys()  # no longer flat


def test_a_label_reviewer_sees_the_label_group_and_not_the_others():
    menu = menu_for(staff(groups=["Label reviewers"]))
    assert "Candidatures" in menu["Label"]
    assert "Guichet" not in menu and "Contenu" not in menu  # empty groups are hidden


def test_every_french_label_fits_the_sidebar():
    admin = staff()
    admin.is_superuser = True
    menu = menu_for(admin)
    ours = ["Contenu", "Guichet", "Label", "Données"]  # Wagtail's own submenus keep their labels
    labels = [*menu, *(label for group in ours for label in menu[group])]
    assert [label for label in labels if len(label) > LONGEST_LABEL] == []

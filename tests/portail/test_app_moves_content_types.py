"""portail.app_moves.move_content_types when the target app's content type already exists (post_migrate
creates one after a reverse migration): deleted when unused, never deleted with what points at it."""

import pytest

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType

from portail.app_moves import move_content_types


def forwards(models, source, target):
    move_content_types(models, source, target).code(apps, None)


@pytest.fixture
def both(db):
    """The old app's content type, with a permission granted to a group, and an empty new one."""
    old = ContentType.objects.create(app_label="oldapp", model="thing")
    new = ContentType.objects.create(app_label="newapp", model="thing")
    granted = Permission.objects.create(content_type=old, codename="view_thing", name="Can view thing")
    Group.objects.create(name="Readers").permissions.add(granted)
    Permission.objects.create(content_type=new, codename="view_thing", name="Can view thing")
    return old, new, granted


def test_an_unused_new_content_type_gives_way_to_the_old_one(both):
    old, new, granted = both
    forwards(["thing"], "oldapp", "newapp")
    assert list(ContentType.objects.filter(model="thing").values_list("pk", "app_label")) == [
        (old.pk, "newapp")
    ]
    assert not ContentType.objects.filter(pk=new.pk).exists()
    assert list(Group.objects.get(name="Readers").permissions.all()) == [granted]


def test_a_used_new_content_type_stops_the_migration(both):
    old, new, _granted = both
    Group.objects.create(name="Writers").permissions.add(Permission.objects.get(content_type=new))
    with pytest.raises(RuntimeError, match="newapp.thing is used"):
        forwards(["thing"], "oldapp", "newapp")
    assert ContentType.objects.get(pk=old.pk).app_label == "oldapp"
    assert ContentType.objects.get(pk=new.pk).app_label == "newapp"


def test_the_real_moves_keep_every_content_type(db):
    """Forwards on a migrated database: the old rows are gone already, nothing changes."""
    before = list(ContentType.objects.order_by("pk").values_list("pk", "app_label", "model"))
    forwards(["provider", "labelapplication"], "guichet", "label")
    assert list(ContentType.objects.order_by("pk").values_list("pk", "app_label", "model")) == before

"""A database from before "one feature, one app" (places and events in portail, the label in guichet)
migrates without loss.

The test builds content with today's code, migrates the database back to the last schema before the
move (the tables never changed: only content types and scheduled jobs named the old app), checks it
is that old state, migrates forward again and compares pages, URLs, rows and rendered pages.
"""

import pytest

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.test import Client

from wagtail.models import Page

from evenements.models import EventPage, Registration
from label.models import Provider
from lieux.models import PlaceCorrection
from lieux.services import suggest_correction
from tests.label.factories import labelled

# The app a model lives in now → (the app it lived in, its model names); scheduled jobs' task paths.
MOVED = {
    "lieux": ("portail", ["placemappage", "placepage", "placephoto", "placecorrection"]),
    "evenements": ("portail", ["eventindexpage", "eventpage", "registration"]),
    "label": (
        "guichet",
        [
            "chartersignatory",
            "criterionanswer",
            "evidence",
            "labelapplication",
            "labelcriterion",
            "labelevent",
        ]
        + ["provider", "solution"],
    ),
}
TASKS = {
    "places-verification": (
        "portail.places.tasks.place_verification_task",
        "lieux.tasks.place_verification_task",
    ),
    "event-reminders": ("portail.events.tasks.event_reminders_task", "evenements.tasks.event_reminders_task"),
    "label-expiry-reminders": (
        "guichet.label.tasks.expiry_reminders_task",
        "label.tasks.expiry_reminders_task",
    ),
}
BEFORE_THE_MOVE = [
    ("portail", "0008_schedule_places_and_events_jobs"),
    ("guichet", "0004_label_reviewers_criteria_and_reminders"),
    ("lieux", None),
    ("evenements", None),
    ("label", None),
]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets or executor.loader.graph.leaf_nodes())


def snapshot(client):
    pages = Page.objects.exclude(depth=1).select_related("locale", "content_type").order_by("path")
    return {
        "pages": [
            (page.locale.language_code, page.url, page.content_type.model, page.live) for page in pages
        ],
        "rendered": {page.url: client.get(page.url).content for page in pages if page.depth > 2},
        "rows": (PlaceCorrection.objects.count(), Registration.objects.count(), Provider.objects.count()),
        "registry": client.get("/api/label/registre.json").content,
    }


def app_labels(models):
    return set(ContentType.objects.filter(model__in=models).values_list("app_label", flat=True))


def scheduled_tasks():
    from django_q.models import Schedule

    return dict(Schedule.objects.filter(name__in=TASKS).values_list("name", "func"))


# serialized_rollback: the migrations' data (locales, communes…) come back first, whatever ran before
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_database_from_before_the_move_keeps_its_content(site_tree, places, event, reviewer):
    suggest_correction(place=places["vanlab"], message="Fermé le lundi.")
    Registration.objects.create(
        event=event,
        name="Line",
        email="line@example.org",
        language="fr",
        status="confirmed",
        consent_at=event.starts_at,
    )
    labelled(reviewer, name="Kalbas Numérik")
    client = Client()
    before = snapshot(client)

    migrate(BEFORE_THE_MOVE)
    for app, (old_app, models) in MOVED.items():
        assert app_labels(models) == {old_app}, app
    assert scheduled_tasks() == {name: old for name, (old, _new) in TASKS.items()}

    migrate(None)
    for app, (_old_app, models) in MOVED.items():
        assert app_labels(models) == {app}, app
    assert scheduled_tasks() == {name: new for name, (_old, new) in TASKS.items()}
    assert snapshot(client) == before
    assert isinstance(Page.objects.get(pk=event.pk).specific, EventPage)

"""Places and events move to the lieux and evenements apps: state only, the tables stay (ADR 0008)."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('portail', '0008_schedule_places_and_events_jobs'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(
                    model_name='eventpage',
                    name='commune',
                ),
                migrations.RemoveField(
                    model_name='eventpage',
                    name='page_ptr',
                ),
                migrations.RemoveField(
                    model_name='eventpage',
                    name='place',
                ),
                migrations.RemoveField(
                    model_name='registration',
                    name='event',
                ),
                migrations.RemoveField(
                    model_name='placecorrection',
                    name='place',
                ),
                migrations.RemoveField(
                    model_name='placemappage',
                    name='page_ptr',
                ),
                migrations.RemoveField(
                    model_name='placepage',
                    name='commune',
                ),
                migrations.RemoveField(
                    model_name='placepage',
                    name='page_ptr',
                ),
                migrations.RemoveField(
                    model_name='placephoto',
                    name='place',
                ),
                migrations.RemoveField(
                    model_name='placephoto',
                    name='image',
                ),
                migrations.DeleteModel(
                    name='EventIndexPage',
                ),
                migrations.DeleteModel(
                    name='EventPage',
                ),
                migrations.DeleteModel(
                    name='Registration',
                ),
                migrations.DeleteModel(
                    name='PlaceCorrection',
                ),
                migrations.DeleteModel(
                    name='PlaceMapPage',
                ),
                migrations.DeleteModel(
                    name='PlacePage',
                ),
                migrations.DeleteModel(
                    name='PlacePhoto',
                ),
            ],
            database_operations=[],  # the tables stay where they are (db_table)
        ),
    ]

"""The events, moved from the portail app: state only, the tables stay (ADR 0008)."""

import django.db.models.deletion
import evenements.enums
import portail.fields
import wagtail.contrib.routable_page.models
import wagtail.fields
from django.conf import settings
from django.db import migrations, models

from portail.app_moves import move_content_types, rename_scheduled_tasks


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('portail', '0009_places_and_events_move_to_their_apps'),
        ('wagtailcore', '0098_apitoken'),
        ('lieux', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='EventIndexPage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                        ('menu_title', models.CharField(blank=True, help_text='A short title for the main menu. Leave empty to use the page title.', max_length=40, verbose_name='title in the menu')),
                        ('intro', models.TextField(blank=True, max_length=600, verbose_name='introduction')),
                        ('body', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('image', 7), ('call_to_action', 14), ('accordion', 20), ('table', 27)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Text', 'max_length': 150}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Section heading (level 2)'), ('h3', 'Sub-heading (level 3)')], 'label': 'Level'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link', 'document-link', 'ol', 'ul'], 'label': 'Text', 'template': 'components/streamfield/paragraph.html'}), 4: ('wagtail.images.blocks.ImageChooserBlock', (), {'label': 'Image'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'Describe what the image shows for people who cannot see it.', 'label': 'Text alternative', 'max_length': 250}), 6: ('wagtail.blocks.CharBlock', (), {'label': 'Caption', 'max_length': 250, 'required': False}), 7: ('wagtail.blocks.StructBlock', [[('image', 4), ('alt', 5), ('caption', 6)]], {}), 8: ('wagtail.blocks.CharBlock', (), {'label': 'Title', 'max_length': 120}), 9: ('wagtail.blocks.TextBlock', (), {'label': 'Text', 'max_length': 400, 'required': False}), 10: ('wagtail.blocks.CharBlock', (), {'label': 'Button text', 'max_length': 60}), 11: ('wagtail.blocks.PageChooserBlock', (), {'label': 'Page', 'required': False}), 12: ('wagtail.blocks.URLBlock', (), {'label': 'External address', 'required': False}), 13: ('wagtail.blocks.StructBlock', [[('page', 11), ('url', 12)]], {}), 14: ('wagtail.blocks.StructBlock', [[('title', 8), ('text', 9), ('link_label', 10), ('link', 13)]], {}), 15: ('wagtail.blocks.CharBlock', (), {'label': 'Title', 'max_length': 150, 'required': False}), 16: ('wagtail.blocks.CharBlock', (), {'label': 'Question', 'max_length': 200}), 17: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link', 'document-link', 'ol', 'ul'], 'label': 'Answer'}), 18: ('wagtail.blocks.StructBlock', [[('question', 16), ('answer', 17)]], {}), 19: ('wagtail.blocks.ListBlock', (18,), {'label': 'Questions', 'min_num': 1}), 20: ('wagtail.blocks.StructBlock', [[('title', 15), ('items', 19)]], {}), 21: ('wagtail.blocks.CharBlock', (), {'help_text': 'Says what the table shows.', 'label': 'Caption', 'max_length': 200}), 22: ('wagtail.blocks.CharBlock', (), {'label': 'Column heading'}), 23: ('wagtail.blocks.ListBlock', (22,), {'label': 'Column headings', 'min_num': 1}), 24: ('wagtail.blocks.CharBlock', (), {'label': 'Cell', 'required': False}), 25: ('wagtail.blocks.ListBlock', (24,), {'label': 'Row'}), 26: ('wagtail.blocks.ListBlock', (25,), {'label': 'Rows', 'min_num': 1}), 27: ('wagtail.blocks.StructBlock', [[('caption', 21), ('header', 23), ('rows', 26)]], {})}, verbose_name='body')),
                    ],
                    options={
                        'verbose_name': 'events listing',
                        'db_table': 'portail_eventindexpage',
                    },
                    bases=(wagtail.contrib.routable_page.models.RoutablePageMixin, 'wagtailcore.page', models.Model),
                ),
                migrations.CreateModel(
                    name='Registration',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('name', models.CharField(max_length=120, verbose_name='name')),
                        ('email', models.EmailField(blank=True, max_length=254, verbose_name='e-mail')),
                        ('phone', models.CharField(blank=True, max_length=30, verbose_name='telephone')),
                        ('accessibility_needs', models.TextField(blank=True, max_length=600, verbose_name='accessibility needs')),
                        ('language', models.CharField(max_length=5, verbose_name='language')),
                        ('status', models.CharField(choices=[('confirmed', 'Confirmed'), ('waiting', 'On the waiting list'), ('cancelled', 'Cancelled')], max_length=20, verbose_name='status')),
                        ('consent_at', models.DateTimeField(verbose_name='consent given on')),
                        ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='registered on')),
                        ('cancelled_at', models.DateTimeField(blank=True, null=True, verbose_name='cancelled on')),
                        ('reminder_sent_at', models.DateTimeField(blank=True, editable=False, null=True)),
                        ('anonymised_at', models.DateTimeField(blank=True, editable=False, null=True)),
                    ],
                    options={
                        'verbose_name': 'registration',
                        'verbose_name_plural': 'registrations',
                        'db_table': 'portail_registration',
                        'ordering': ['created_at', 'pk'],
                    },
                ),
                migrations.CreateModel(
                    name='EventPage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                        ('summary', models.TextField(max_length=400, verbose_name='summary')),
                        ('description', models.TextField(blank=True, max_length=4000, verbose_name='description')),
                        ('kind', models.CharField(choices=[('atelier', 'Workshop'), ('permanence', 'Drop-in session'), ('formation-courte', 'Short course'), ('rencontre-acheteurs', 'Buyers and providers meeting'), ('webinaire', 'Webinar')], max_length=30, verbose_name='kind')),
                        ('starts_at', models.DateTimeField(verbose_name='starts at')),
                        ('ends_at', models.DateTimeField(verbose_name='ends at')),
                        ('address', models.CharField(blank=True, help_text='When not at a place of the map.', max_length=250, verbose_name='address')),
                        ('online_url', models.URLField(blank=True, help_text='For a webinar or a remote session.', verbose_name='online link')),
                        ('itinerant_stop', models.BooleanField(default=False, help_text='A bus or van stopping for the day.', verbose_name='stop of an itinerant service')),
                        ('audiences', portail.fields.ChoiceListField(blank=True, choices_enum=evenements.enums.EventAudience, default=list, verbose_name='for whom')),
                        ('language', models.CharField(choices=[('fr', 'French'), ('gcf', 'Martinican Creole'), ('en', 'English'), ('es', 'Spanish')], default='fr', max_length=5, verbose_name='language')),
                        ('capacity', models.PositiveIntegerField(blank=True, help_text='Empty: no limit.', null=True, verbose_name='seats')),
                        ('registration_open', models.BooleanField(default=True, verbose_name='registration open')),
                        ('organiser', models.CharField(max_length=150, verbose_name='organiser')),
                        ('organiser_email', models.EmailField(blank=True, max_length=254, verbose_name="organiser's e-mail")),
                        ('commune', models.ForeignKey(blank=True, help_text='Filled from the place when one is chosen.', null=True, on_delete=django.db.models.deletion.PROTECT, related_name='events', to='portail.commune', verbose_name='commune')),
                    ],
                    options={
                        'verbose_name': 'event',
                        'verbose_name_plural': 'events',
                        'db_table': 'portail_eventpage',
                    },
                    bases=(wagtail.contrib.routable_page.models.RoutablePageMixin, 'wagtailcore.page'),
                ),
                migrations.AddField(
                    model_name='eventpage',
                    name='place',
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='events', to='lieux.placepage', verbose_name='place'),
                ),
                migrations.AddField(
                    model_name='registration',
                    name='event',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='registrations', to='evenements.eventpage', verbose_name='event'),
                ),
                migrations.AddIndex(
                    model_name='registration',
                    index=models.Index(fields=['event', 'status'], name='portail_reg_event_i_745a62_idx'),
                ),
            ],
            database_operations=[],  # the tables stay where they are (db_table)
        ),
        move_content_types(["eventindexpage", "eventpage", "registration"], "portail", "evenements"),
        rename_scheduled_tasks(
            {
                "portail.events.tasks.event_reminders_task": "evenements.tasks.event_reminders_task",
                "portail.events.tasks.registrations_retention_task": "evenements.tasks.registrations_retention_task",
            }
        ),
    ]

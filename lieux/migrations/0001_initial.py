"""The places, moved from the portail app: state only, the tables stay (ADR 0008)."""

import django.core.validators
import django.db.models.deletion
import lieux.enums
import lieux.models
import lieux.opening_hours
import modelcluster.fields
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
        ('wagtailimages', '0027_image_description'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='PlaceMapPage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                        ('menu_title', models.CharField(blank=True, help_text='A short title for the main menu. Leave empty to use the page title.', max_length=40, verbose_name='title in the menu')),
                        ('intro', models.TextField(blank=True, max_length=600, verbose_name='introduction')),
                        ('body', wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('image', 7), ('call_to_action', 14), ('accordion', 20), ('table', 27)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Text', 'max_length': 150}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Section heading (level 2)'), ('h3', 'Sub-heading (level 3)')], 'label': 'Level'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link', 'document-link', 'ol', 'ul'], 'label': 'Text', 'template': 'components/streamfield/paragraph.html'}), 4: ('wagtail.images.blocks.ImageChooserBlock', (), {'label': 'Image'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'Describe what the image shows for people who cannot see it.', 'label': 'Text alternative', 'max_length': 250}), 6: ('wagtail.blocks.CharBlock', (), {'label': 'Caption', 'max_length': 250, 'required': False}), 7: ('wagtail.blocks.StructBlock', [[('image', 4), ('alt', 5), ('caption', 6)]], {}), 8: ('wagtail.blocks.CharBlock', (), {'label': 'Title', 'max_length': 120}), 9: ('wagtail.blocks.TextBlock', (), {'label': 'Text', 'max_length': 400, 'required': False}), 10: ('wagtail.blocks.CharBlock', (), {'label': 'Button text', 'max_length': 60}), 11: ('wagtail.blocks.PageChooserBlock', (), {'label': 'Page', 'required': False}), 12: ('wagtail.blocks.URLBlock', (), {'label': 'External address', 'required': False}), 13: ('wagtail.blocks.StructBlock', [[('page', 11), ('url', 12)]], {}), 14: ('wagtail.blocks.StructBlock', [[('title', 8), ('text', 9), ('link_label', 10), ('link', 13)]], {}), 15: ('wagtail.blocks.CharBlock', (), {'label': 'Title', 'max_length': 150, 'required': False}), 16: ('wagtail.blocks.CharBlock', (), {'label': 'Question', 'max_length': 200}), 17: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link', 'document-link', 'ol', 'ul'], 'label': 'Answer'}), 18: ('wagtail.blocks.StructBlock', [[('question', 16), ('answer', 17)]], {}), 19: ('wagtail.blocks.ListBlock', (18,), {'label': 'Questions', 'min_num': 1}), 20: ('wagtail.blocks.StructBlock', [[('title', 15), ('items', 19)]], {}), 21: ('wagtail.blocks.CharBlock', (), {'help_text': 'Says what the table shows.', 'label': 'Caption', 'max_length': 200}), 22: ('wagtail.blocks.CharBlock', (), {'label': 'Column heading'}), 23: ('wagtail.blocks.ListBlock', (22,), {'label': 'Column headings', 'min_num': 1}), 24: ('wagtail.blocks.CharBlock', (), {'label': 'Cell', 'required': False}), 25: ('wagtail.blocks.ListBlock', (24,), {'label': 'Row'}), 26: ('wagtail.blocks.ListBlock', (25,), {'label': 'Rows', 'min_num': 1}), 27: ('wagtail.blocks.StructBlock', [[('caption', 21), ('header', 23), ('rows', 26)]], {})}, verbose_name='body')),
                    ],
                    options={
                        'verbose_name': 'places map',
                        'db_table': 'portail_placemappage',
                    },
                    bases=(wagtail.contrib.routable_page.models.RoutablePageMixin, 'wagtailcore.page', models.Model),
                ),
                migrations.CreateModel(
                    name='PlacePage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                        ('summary', models.TextField(max_length=280, verbose_name='summary')),
                        ('description', models.TextField(blank=True, max_length=4000, verbose_name='description')),
                        ('pivot', models.CharField(blank=True, help_text='SIRET of the place, or the RNA number of an association without a SIRET.', max_length=14, validators=[lieux.models.validate_pivot], verbose_name='SIRET or RNA')),
                        ('kinds', portail.fields.ChoiceListField(blank=True, choices_enum=lieux.enums.PlaceKind, default=list, verbose_name='kinds of place')),
                        ('services', portail.fields.ChoiceListField(blank=True, choices_enum=lieux.enums.Service, default=list, verbose_name='services')),
                        ('audiences', portail.fields.ChoiceListField(blank=True, choices_enum=lieux.enums.Audience, default=list, help_text='None ticked: everyone.', verbose_name='audiences especially welcome')),
                        ('specific_support', portail.fields.ChoiceListField(blank=True, choices_enum=lieux.enums.SpecificSupport, default=list, verbose_name='specific support')),
                        ('fees', portail.fields.ChoiceListField(blank=True, choices_enum=lieux.enums.Fee, default=list, verbose_name='fees')),
                        ('access_modes', portail.fields.ChoiceListField(blank=True, choices_enum=lieux.enums.AccessMode, default=list, verbose_name='how to come')),
                        ('support_modes', portail.fields.ChoiceListField(blank=True, choices_enum=lieux.enums.SupportMode, default=list, verbose_name='kinds of support')),
                        ('address', models.CharField(max_length=200, verbose_name='address')),
                        ('address_extra', models.CharField(blank=True, max_length=200, verbose_name='address (continued)')),
                        ('postal_code', models.CharField(max_length=5, validators=[django.core.validators.RegexValidator('^\\d{5}$')], verbose_name='postal code')),
                        ('latitude', models.DecimalField(decimal_places=5, max_digits=8, validators=[django.core.validators.MinValueValidator(-90), django.core.validators.MaxValueValidator(90)], verbose_name='latitude')),
                        ('longitude', models.DecimalField(decimal_places=5, max_digits=8, validators=[django.core.validators.MinValueValidator(-180), django.core.validators.MaxValueValidator(180)], verbose_name='longitude')),
                        ('location_to_check', models.BooleanField(default=False, help_text="Ticked when the point is only the commune's centre: the page says so.", verbose_name='location to check')),
                        ('itinerant', models.BooleanField(default=False, help_text='A bus, a van or a team that moves from commune to commune.', verbose_name='itinerant')),
                        ('opening_hours', models.CharField(blank=True, help_text='OpenStreetMap format, e.g. Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00; PH off. Comments in double quotes: Tu 14:00-16:00 "sur rendez-vous".', max_length=255, validators=[lieux.opening_hours.validate_opening_hours], verbose_name='opening hours')),
                        ('accessibility', models.TextField(blank=True, max_length=600, verbose_name='accessibility')),
                        ('accessibility_url', models.URLField(blank=True, verbose_name='Acceslibre page')),
                        ('phone', models.CharField(blank=True, max_length=30, verbose_name='telephone')),
                        ('email', models.EmailField(blank=True, help_text='Public; also receives the yearly “is this still right?” e-mail.', max_length=254, verbose_name='e-mail')),
                        ('website', models.URLField(blank=True, verbose_name='website')),
                        ('booking_url', models.URLField(blank=True, verbose_name='booking link')),
                        ('parent_organisation', models.CharField(blank=True, max_length=150, verbose_name='parent organisation')),
                        ('source', models.CharField(blank=True, max_length=150, verbose_name='data source')),
                        ('last_verified', models.DateField(blank=True, null=True, verbose_name='last verified on')),
                        ('verification_sent_at', models.DateTimeField(blank=True, editable=False, null=True)),
                        ('external_id', models.CharField(blank=True, db_index=True, help_text='Set by the importer; keeps imports idempotent.', max_length=100, verbose_name='identifier in the national data')),
                        ('commune', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='places', to='portail.commune', verbose_name='commune')),
                    ],
                    options={
                        'verbose_name': 'place',
                        'verbose_name_plural': 'places',
                        'db_table': 'portail_placepage',
                    },
                    bases=(wagtail.contrib.routable_page.models.RoutablePageMixin, 'wagtailcore.page'),
                ),
                migrations.CreateModel(
                    name='PlaceCorrection',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('message', models.TextField(max_length=2000, verbose_name='what should change')),
                        ('email', models.EmailField(blank=True, max_length=254, verbose_name='e-mail of the person who wrote')),
                        ('status', models.CharField(choices=[('new', 'To review'), ('applied', 'Applied'), ('rejected', 'Rejected')], default='new', max_length=20, verbose_name='status')),
                        ('editor_note', models.TextField(blank=True, verbose_name='note of the editor')),
                        ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='sent on')),
                        ('place', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='corrections', to='lieux.placepage', verbose_name='place')),
                    ],
                    options={
                        'verbose_name': 'place correction',
                        'verbose_name_plural': 'place corrections',
                        'db_table': 'portail_placecorrection',
                        'ordering': ['-created_at'],
                    },
                ),
                migrations.CreateModel(
                    name='PlacePhoto',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('sort_order', models.IntegerField(blank=True, editable=False, null=True)),
                        ('alt_text', models.CharField(help_text='What the photo shows, for people who cannot see it.', max_length=200, verbose_name='text alternative')),
                        ('image', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='wagtailimages.image')),
                        ('place', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='photos', to='lieux.placepage')),
                    ],
                    options={
                        'db_table': 'portail_placephoto',
                        'ordering': ['sort_order'],
                        'abstract': False,
                    },
                ),
            ],
            database_operations=[],  # the tables stay where they are (db_table)
        ),
        move_content_types(["placemappage", "placepage", "placephoto", "placecorrection"], "portail", "lieux"),
        rename_scheduled_tasks({"portail.places.tasks.place_verification_task": "lieux.tasks.place_verification_task"}),
    ]

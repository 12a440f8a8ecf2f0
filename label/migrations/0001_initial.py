"""The label, moved from the guichet app: state only, the tables stay (ADR 0008)."""

import django.core.validators
import django.db.models.deletion
import label.models
import portail.validators
from django.conf import settings
from django.db import migrations, models

from portail.app_moves import move_content_types, rename_scheduled_tasks


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('portail', '0009_places_and_events_move_to_their_apps'),
        ('guichet', '0005_label_moves_to_its_app'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='CharterSignatory',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('kind', models.CharField(choices=[('organisation', 'Organisation'), ('elu', 'Elected official')], max_length=20, verbose_name='kind')),
                        ('name', models.CharField(max_length=150, verbose_name='name')),
                        ('role', models.CharField(blank=True, help_text='E.g. « Maire du Lamentin ».', max_length=200, verbose_name='role or organisation')),
                        ('signed_on', models.DateField(verbose_name='signed on')),
                        ('website', models.URLField(blank=True, verbose_name='website')),
                    ],
                    options={
                        'verbose_name': 'charter signatory',
                        'verbose_name_plural': 'charter signatories',
                        'db_table': 'guichet_chartersignatory',
                        'ordering': ['signed_on', 'name'],
                    },
                ),
                migrations.CreateModel(
                    name='LabelCriterion',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('position', models.PositiveIntegerField(default=0, verbose_name='order')),
                        ('text', models.CharField(max_length=255, verbose_name='criterion (French)')),
                        ('text_en', models.CharField(blank=True, max_length=255, verbose_name='criterion (English)')),
                        ('text_es', models.CharField(blank=True, max_length=255, verbose_name='criterion (Spanish)')),
                        ('guidance', models.TextField(blank=True, max_length=1000, verbose_name='what to answer and which evidence (French)')),
                        ('active', models.BooleanField(default=True, verbose_name='asked to new applicants')),
                    ],
                    options={
                        'verbose_name': 'label criterion',
                        'verbose_name_plural': 'label criteria',
                        'db_table': 'guichet_labelcriterion',
                        'ordering': ['position', 'pk'],
                    },
                ),
                migrations.CreateModel(
                    name='LabelApplication',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('status', models.CharField(choices=[('draft', 'Draft'), ('submitted', 'Submitted'), ('under_review', 'Under review'), ('changes_requested', 'Changes requested'), ('approved', 'Label granted'), ('rejected', 'Rejected'), ('revoked', 'Label revoked')], default='draft', max_length=20, verbose_name='status')),
                        ('charter_accepted_at', models.DateTimeField(blank=True, null=True, verbose_name='charter accepted at')),
                        ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='created at')),
                        ('submitted_at', models.DateTimeField(blank=True, null=True, verbose_name='submitted at')),
                        ('decided_at', models.DateTimeField(blank=True, null=True, verbose_name='decided at')),
                        ('valid_from', models.DateField(blank=True, null=True, verbose_name='valid from')),
                        ('valid_until', models.DateField(blank=True, null=True, verbose_name='valid until')),
                        ('revoked_at', models.DateTimeField(blank=True, null=True, verbose_name='revoked at')),
                        ('reminders_sent', models.JSONField(blank=True, default=list, verbose_name='expiry reminders sent (days before)')),
                        ('reviewer', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='reviewer')),
                    ],
                    options={
                        'verbose_name': 'label application',
                        'verbose_name_plural': 'label applications',
                        'db_table': 'guichet_labelapplication',
                        'ordering': ['-created_at', '-pk'],
                        'permissions': [('review_labelapplication', 'Can review label applications')],
                    },
                ),
                migrations.CreateModel(
                    name='Evidence',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('file', models.FileField(max_length=255, storage=label.models.private_storage, upload_to=label.models._evidence_path)),
                        ('original_name', models.CharField(max_length=200, verbose_name='file name')),
                        ('content_type', models.CharField(max_length=40)),
                        ('size', models.PositiveIntegerField()),
                        ('uploaded_at', models.DateTimeField(auto_now_add=True)),
                        ('application', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='evidence', to='label.labelapplication')),
                    ],
                    options={
                        'verbose_name': 'evidence',
                        'verbose_name_plural': 'evidence',
                        'db_table': 'guichet_evidence',
                        'ordering': ['uploaded_at', 'pk'],
                    },
                ),
                migrations.CreateModel(
                    name='LabelEvent',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('at', models.DateTimeField(auto_now_add=True, db_index=True)),
                        ('action', models.CharField(choices=[('created', 'Application started'), ('submit', 'Sent for review'), ('start_review', 'Review started'), ('request_changes', 'Changes requested by the reviewer'), ('approve', 'Label granted'), ('reject', 'Application rejected'), ('revoke', 'Label revoked'), ('reminder', 'Expiry reminder sent')], max_length=30)),
                        ('message', models.TextField(blank=True, max_length=4000)),
                        ('from_status', models.CharField(blank=True, max_length=20)),
                        ('to_status', models.CharField(blank=True, max_length=20)),
                        ('actor', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                        ('application', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='events', to='label.labelapplication')),
                    ],
                    options={
                        'db_table': 'guichet_labelevent',
                        'ordering': ['at', 'pk'],
                    },
                ),
                migrations.CreateModel(
                    name='Provider',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('name', models.CharField(max_length=150, verbose_name='company name')),
                        ('siret', models.CharField(max_length=14, unique=True, validators=[portail.validators.validate_siret], verbose_name='SIRET')),
                        ('description', models.TextField(max_length=2000, verbose_name='description (French)')),
                        ('description_en', models.TextField(blank=True, max_length=2000, verbose_name='description (English)')),
                        ('description_es', models.TextField(blank=True, max_length=2000, verbose_name='description (Spanish)')),
                        ('website', models.URLField(blank=True, verbose_name='website')),
                        ('team_size', models.PositiveIntegerField(validators=[django.core.validators.MaxValueValidator(100000)], verbose_name='team size')),
                        ('language', models.CharField(choices=[('fr', 'French'), ('en', 'English'), ('es', 'Spanish')], default='fr', max_length=5, verbose_name='language')),
                        ('label_code', models.CharField(editable=False, max_length=20, null=True, unique=True, verbose_name='label code')),
                        ('created_at', models.DateTimeField(auto_now_add=True)),
                        ('updated_at', models.DateTimeField(auto_now=True)),
                        ('commune', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, to='portail.commune', verbose_name='commune')),
                        ('current_label', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='label.labelapplication', verbose_name='current label')),
                        ('user', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='provider', to=settings.AUTH_USER_MODEL, verbose_name='account')),
                    ],
                    options={
                        'verbose_name': 'digital provider',
                        'verbose_name_plural': 'digital providers',
                        'db_table': 'guichet_provider',
                        'ordering': ['name'],
                    },
                ),
                migrations.AddField(
                    model_name='labelapplication',
                    name='provider',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='applications', to='label.provider', verbose_name='provider'),
                ),
                migrations.CreateModel(
                    name='Solution',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('name', models.CharField(max_length=150, verbose_name='name of the solution')),
                        ('category', models.CharField(choices=[('developpement', 'Software development'), ('hebergement', 'Hosting'), ('cybersecurite', 'Cybersecurity'), ('conseil', 'Consulting'), ('formation', 'Training'), ('materiel', 'Hardware and repair'), ('creatif', 'Audiovisual and creative'), ('data-ia', 'Data and AI')], max_length=20, verbose_name='category')),
                        ('description', models.TextField(max_length=1500, verbose_name='description')),
                        ('references', models.TextField(blank=True, help_text='Clients or projects that can be cited, one per line.', max_length=1000, verbose_name='references (optional)')),
                        ('provider', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='solutions', to='label.provider')),
                    ],
                    options={
                        'verbose_name': 'solution',
                        'verbose_name_plural': 'solutions',
                        'db_table': 'guichet_solution',
                        'ordering': ['pk'],
                    },
                ),
                migrations.CreateModel(
                    name='CriterionAnswer',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('answer', models.TextField(max_length=2000, verbose_name='answer')),
                        ('met', models.BooleanField(blank=True, null=True, verbose_name="met (reviewer's checklist)")),
                        ('application', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='answers', to='label.labelapplication')),
                        ('criterion', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='label.labelcriterion')),
                    ],
                    options={
                        'db_table': 'guichet_criterionanswer',
                        'ordering': ['criterion__position', 'criterion__pk'],
                        'constraints': [models.UniqueConstraint(fields=('application', 'criterion'), name='one_answer_per_criterion')],
                    },
                ),
                migrations.AddIndex(
                    model_name='labelapplication',
                    index=models.Index(fields=['status', 'valid_until'], name='guichet_lab_status_aba12e_idx'),
                ),
            ],
            database_operations=[],  # the tables stay where they are (db_table)
        ),
        move_content_types(
            [
                "chartersignatory",
                "criterionanswer",
                "evidence",
                "labelapplication",
                "labelcriterion",
                "labelevent",
                "provider",
                "solution",
            ],
            "guichet",
            "label",
        ),
        rename_scheduled_tasks({"guichet.label.tasks.expiry_reminders_task": "label.tasks.expiry_reminders_task"}),
    ]

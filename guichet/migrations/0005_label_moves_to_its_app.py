"""The label moves to the label app: state only, the tables stay (ADR 0008)."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('guichet', '0004_label_reviewers_criteria_and_reminders'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(
                    name='CharterSignatory',
                ),
                migrations.RemoveField(
                    model_name='evidence',
                    name='application',
                ),
                migrations.RemoveField(
                    model_name='labelapplication',
                    name='provider',
                ),
                migrations.RemoveField(
                    model_name='labelapplication',
                    name='reviewer',
                ),
                migrations.RemoveField(
                    model_name='labelevent',
                    name='application',
                ),
                migrations.RemoveField(
                    model_name='provider',
                    name='current_label',
                ),
                migrations.RemoveField(
                    model_name='labelevent',
                    name='actor',
                ),
                migrations.RemoveField(
                    model_name='provider',
                    name='commune',
                ),
                migrations.RemoveField(
                    model_name='provider',
                    name='user',
                ),
                migrations.RemoveField(
                    model_name='solution',
                    name='provider',
                ),
                migrations.DeleteModel(
                    name='CriterionAnswer',
                ),
                migrations.DeleteModel(
                    name='LabelCriterion',
                ),
                migrations.DeleteModel(
                    name='Evidence',
                ),
                migrations.DeleteModel(
                    name='LabelApplication',
                ),
                migrations.DeleteModel(
                    name='LabelEvent',
                ),
                migrations.DeleteModel(
                    name='Provider',
                ),
                migrations.DeleteModel(
                    name='Solution',
                ),
            ],
            database_operations=[],  # the tables stay where they are (db_table)
        ),
    ]

"""The buyers' guide follows the label directory: a change to a provider, a solution or a label
decision rebuilds its PDFs in the background."""

from django.db.models.signals import post_delete, post_save

from label.models import LabelApplication, Provider, Solution
from portail import jobs


def rebuild_buyers_guide(**kwargs) -> None:
    jobs.enqueue("achats.tasks.buyers_guide_task")


for model in (Provider, Solution, LabelApplication):
    post_save.connect(rebuild_buyers_guide, sender=model, dispatch_uid=f"achats-guide-{model.__name__}-save")
    post_delete.connect(
        rebuild_buyers_guide, sender=model, dispatch_uid=f"achats-guide-{model.__name__}-delete"
    )

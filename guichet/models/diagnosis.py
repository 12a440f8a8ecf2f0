"""A self-diagnosis: answers and levels only, no personal data. Anonymous counts feed the statistics."""

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _

from guichet.enums import Sector


class Diagnosis(models.Model):
    token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    created_at = models.DateTimeField(_("made at"), auto_now_add=True, db_index=True)
    answers = models.JSONField(_("answers"), default=dict)  # question key → answer key
    levels = models.JSONField(_("levels"), default=dict)  # dimension key → 1 to 4
    commune = models.ForeignKey(
        "portail.Commune", verbose_name=_("commune"), on_delete=models.SET_NULL, null=True, blank=True
    )
    sector = models.CharField(_("sector"), max_length=20, choices=Sector.choices, blank=True)

    class Meta:
        verbose_name = _("self-diagnosis")
        verbose_name_plural = _("self-diagnoses")
        ordering = ["-created_at"]

    def __str__(self):
        return str(self.token)

    def rows(self) -> list[dict]:
        """Per dimension, in order: its label, level, level label, and the questions with the answers."""
        from guichet.diagnosis.questions import DIMENSIONS, LEVELS, QUESTIONS

        level_labels = {number: (label, meaning) for number, label, meaning in LEVELS}
        result = []
        for dimension in DIMENSIONS:
            level = self.levels.get(dimension.key)
            questions = []
            for question in QUESTIONS:
                if question.dimension == dimension.key:
                    labels = {key: label for key, label, _points in question.answers}
                    questions.append((question.text, labels.get(self.answers.get(question.key), "—")))
            label, meaning = level_labels.get(level, ("—", ""))
            result.append(
                {
                    "dimension": dimension,
                    "level": level,
                    "level_label": label,
                    "meaning": meaning,
                    "questions": questions,
                }
            )
        return result

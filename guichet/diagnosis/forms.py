"""One form per screen of the self-diagnosis: a question, then the company (optional)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from guichet.diagnosis.questions import QUESTION_BY_KEY
from guichet.enums import Sector
from portail.forms import CommuneField


class QuestionForm(forms.Form):
    answer = forms.ChoiceField(widget=forms.RadioSelect, error_messages={"required": _("Choose one answer.")})

    def __init__(self, *args, question_key: str, **kwargs):
        super().__init__(*args, **kwargs)
        question = QUESTION_BY_KEY[question_key]
        self.fields["answer"].label = question.text
        self.fields["answer"].choices = [(key, label) for key, label, _points in question.answers]


class CompanyForm(forms.Form):
    """Both optional: they make the funding schemes, places and workshops match the company."""

    sector = forms.ChoiceField(
        label=_("Sector of activity (optional)"),
        choices=[("", _("I'd rather not say")), *Sector.choices],
        required=False,
        widget=forms.RadioSelect,
    )
    commune = CommuneField(label=_("Commune of the company (optional)"), required=False)

"""Import of calls for tenders from a CSV or JSON feed, idempotent by the feed's id (or the call's link).

Each row is checked like a form; a bad row is reported with its line and reason and the others are
still imported. A row already imported is updated when it changed; its publication is left to editors."""

import csv
import io
import json
from dataclasses import dataclass, field

from django import forms
from django.db import transaction

from achats.enums import CallKind
from achats.models import CallForTenders
from label.enums import SolutionCategory

FIELDS = ["title", "buyer", "summary", "kind", "categories", "deadline", "link"]


class CallRowForm(forms.Form):
    id = forms.CharField(max_length=255, required=False)
    title = forms.CharField(max_length=255)
    buyer = forms.CharField(max_length=200)
    summary = forms.CharField(max_length=3000)
    kind = forms.ChoiceField(choices=CallKind.choices)
    categories = forms.MultipleChoiceField(choices=SolutionCategory.choices)
    deadline = forms.DateField(input_formats=["%Y-%m-%d", "%d/%m/%Y"])
    link = forms.URLField(max_length=500, assume_scheme="https")


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list = field(default_factory=list)  # (line or item number, message)


def read_feed(text: str, fmt: str) -> list[dict]:
    """Rows of a JSON list of objects, or of a CSV with a header (categories separated by `;`)."""
    if fmt == "json":
        rows = json.loads(text)
        if not isinstance(rows, list):
            raise ValueError("The JSON feed must be a list of objects.")
        return [{**row, "categories": _as_list(row.get("categories"))} for row in rows]
    return [
        {**row, "categories": _as_list(row.get("categories"))} for row in csv.DictReader(io.StringIO(text))
    ]


def _as_list(value) -> list:
    if isinstance(value, list):
        return value
    return [part.strip() for part in str(value or "").split(";") if part.strip()]


def import_calls(rows: list[dict], *, publish: bool = True) -> ImportReport:
    report = ImportReport()
    for number, row in enumerate(rows, start=1):
        if not isinstance(row, dict):
            report.errors.append((number, "not an object"))
            continue
        form = CallRowForm(row)
        if not form.is_valid():
            reasons = "; ".join(f"{name}: {' '.join(messages)}" for name, messages in form.errors.items())
            report.errors.append((number, reasons))
            continue
        data = form.cleaned_data
        values = {name: data[name] for name in FIELDS}
        with transaction.atomic():
            source_id = data["id"] or data["link"]
            call = CallForTenders.objects.select_for_update().filter(source_id=source_id).first()
            if call is None:
                CallForTenders.objects.create(source_id=source_id, published=publish, **values)
                report.created += 1
            elif all(getattr(call, name) == value for name, value in values.items()):
                report.unchanged += 1
            else:
                for name, value in values.items():
                    setattr(call, name, value)
                call.save()
                report.updated += 1
    return report

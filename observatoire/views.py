"""The observatory's public page and its downloads (thin: selectors compute, templates show)."""

import csv

from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from observatoire import periods, registry, selectors


def _period(request, today):
    """The period asked for (`?periode=`), the current quarter by default; and whether the key was bad."""
    key = request.GET.get("periode")
    period = periods.parse(key, today) if key else periods.quarter_of(today)
    if period is None:
        return periods.quarter_of(today), True
    return period, False


def observatory_view(request):
    today = timezone.localdate()
    period, unknown = _period(request, today)
    tables, snapshot = selectors.period_tables(period, today)
    themes = []
    for theme in registry.themes():
        shown = [
            selectors.shown(figure, tables[figure.key])
            for figure in registry.figures()
            if figure.theme == theme.key and figure.key in tables
        ]
        if shown:
            themes.append((theme, shown))
    commentary, commentary_language = snapshot.localized_commentary() if snapshot else ("", "")
    return render(
        request,
        "observatoire/observatory.html",
        {
            "period": period,
            "choices": periods.choices(today),
            "unknown_period": unknown,
            "snapshot": snapshot,
            "commentary": commentary,
            "commentary_language": commentary_language,
            "themes": themes,
        },
        status=400 if unknown else 200,
    )


def download_view(request, key: str, extension: str):
    """One figure's table as shown on the page, in CSV (RFC 4180: UTF-8, comma, CRLF) or JSON."""
    figure = registry.figure(key)
    today = timezone.localdate()
    period, unknown = _period(request, today)
    if figure is None or unknown or extension not in ("csv", "json"):
        raise Http404
    table, snapshot = selectors.figure_table(figure, period, today)
    if table is None:
        raise Http404
    rows = selectors.shown(figure, table).download_rows()
    filename = f"observatoire-{figure.key}-{period.key}"
    if extension == "json":
        header, *body = rows
        data = {
            "figure": figure.key,
            "title": str(figure.title),
            "source": str(figure.source),
            "period": period.key,
            "period_label": period.label,
            "frozen_at": snapshot.frozen_at.isoformat() if snapshot else None,
            "columns": header,
            "rows": body,
            "licence": "Licence Ouverte 2.0",
            "note": _(
                "null: a count under 5, or a figure computed on fewer than 5 requests, is not published."
            ),
        }
        response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    else:
        response = HttpResponse(content_type="text/csv; charset=utf-8; header=present")
        writer = csv.writer(response, lineterminator="\r\n")
        writer.writerows([["" if value is None else value for value in row] for row in rows])
    response["Content-Disposition"] = f'attachment; filename="{filename}.{extension}"'
    response["Access-Control-Allow-Origin"] = "*"
    return response

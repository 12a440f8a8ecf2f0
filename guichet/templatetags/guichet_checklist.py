"""The documents checklist, for the includes of the tracking page and the partner's detail page."""

from django import template

from guichet import checklist

register = template.Library()


@register.simple_tag
def request_checklist(request) -> dict:
    """{lines, ready, total, editable} for a request (no lines when it is not linked to a scheme)."""
    lines = checklist.lines(request)
    return {
        "lines": lines,
        "ready": sum(1 for line in lines if line.document.ready),
        "total": len(lines),
        "editable": checklist.can_change(request),
    }

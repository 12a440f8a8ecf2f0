"""Mediators file requests for people (a senior at the EPN, a young person at France Services): a
role (the permission "file on behalf of a person", given by the Mediators group, or membership of a
partner), in the partner space, so with two-factor authentication. The person's consent is recorded
(what, when, how) and they get their receipt by text message, e-mail, or on paper."""

import functools

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import render

from guichet import selectors
from guichet.notifications import sms_receipt, tracking_url
from guichet.permissions import is_supervisor, partners_of
from guichet.person_views import MEDIATION, step_view
from guichet.routing import explain

PERMISSION = "guichet.file_for_person"


def is_mediator(user) -> bool:
    return user.is_authenticated and (user.has_perm(PERMISSION) or bool(partners_of(user)))


def mediator_required(view):
    @login_required
    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        if not is_mediator(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


@mediator_required
def home_view(request):
    """Start a request for someone; the requests filed before, to print a receipt again."""
    return render(
        request,
        "guichet/partner/mediation.html",
        {"filed": selectors.filed_by(request.user)[:50], "first_step": MEDIATION.names[0]},
    )


@mediator_required
def mediation_step_view(request, step):
    return step_view(request, step, MEDIATION)


@mediator_required
def receipt_view(request, reference):
    """The receipt to print or to send by text message: the reference, who calls and a number to call.
    Only the mediator who filed the request (or the CTM) sees it."""
    item = (
        selectors.filed_by(request.user).filter(reference=reference).first()
        if not is_supervisor(request.user)
        else selectors.request_for_tracking(reference)
    )
    if item is None:
        raise Http404
    return render(
        request,
        "guichet/partner/receipt.html",
        {
            "item": item,
            "explanation": explain(item.routing_reasons),
            "phone_to_call": selectors.phone_to_call(item),
            "tracking_url": tracking_url(item),
            "sms": sms_receipt(item),
        },
    )

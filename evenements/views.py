from django.http import Http404, HttpResponse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from evenements import ical, selectors, services
from evenements.enums import RegistrationStatus
from evenements.forms import EventFilterForm, RegistrationForm
from evenements.schema_org import event_data
from portail.ratelimit import hit
from portail.schema_org import as_script_content
from portail.selectors import active_locale, source_page

REGISTRATIONS_PER_HOUR = 10


def listing_view(request, index):
    form = EventFilterForm(request.GET or None)
    data = form.cleaned_data if form.is_valid() else {}
    events = selectors.published_events(active_locale(request), past=data.get("passes", False))
    events = selectors.filter_events(
        events,
        commune=data.get("commune"),
        kinds=data.get("type", []),
        audiences=data.get("public", []),
        start=data.get("du"),
        end=data.get("au"),
    )
    return index.render(request, context_overrides={"form": form, "events": events})


def calendar_view(request, index):
    events = selectors.published_events(active_locale(request))
    body = ical.calendar(
        [(event, request.build_absolute_uri(event.url)) for event in events],
        now=timezone.now(),
        name=index.title,
    )
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="evenements.ics"'
    return response


def event_view(request, event):
    source = source_page(event)
    seats_left = selectors.seats_left(source)
    json_ld = event_data(event, url=event.get_full_url(request), seats_left=seats_left)
    return event.render(
        request,
        context_overrides={
            "seats_left": seats_left,
            "registration_open": _can_register(source),
            "json_ld": as_script_content(json_ld),
        },
    )


def _can_register(event) -> bool:
    return event.registration_open and event.starts_at > timezone.now()


def event_ics_view(request, event):
    body = ical.calendar([(event, request.build_absolute_uri(event.url))], now=timezone.now())
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="evenement.ics"'
    return response


def registration_view(request, event):
    source = source_page(event)
    context = {"seats_left": selectors.seats_left(source), "registration_open": _can_register(source)}
    if not context["registration_open"]:
        return event.render(
            request, template="evenements/registration_closed.html", context_overrides=context
        )
    if request.method == "POST":
        form = RegistrationForm(request.POST, user=request.user)
        if hit("event-registration", request, limit=REGISTRATIONS_PER_HOUR, window_seconds=3600):
            form.is_valid()
            form.add_error(
                None, _("Too many registrations were sent from your connection. Please try again later.")
            )
        elif form.is_valid():
            data = form.cleaned_data
            try:
                registration = services.register(
                    event=event,
                    name=data["name"],
                    email=data["email"],
                    phone=data["phone"],
                    accessibility_needs=data["accessibility_needs"],
                    language=get_language(),
                )
            except services.RegistrationClosed:
                return event.render(
                    request, template="evenements/registration_closed.html", context_overrides=context
                )
            return event.render(
                request,
                template="evenements/registration_done.html",
                context_overrides={
                    "registration": registration,
                    "waiting": registration.status == RegistrationStatus.WAITING,
                    "cancel_path": event.url
                    + event.reverse_subpage("cancel", kwargs={"token": services.cancel_token(registration)}),
                },
            )
    else:
        form = RegistrationForm(user=request.user)
    context["form"] = form
    return event.render(request, template="evenements/registration_form.html", context_overrides=context)


@never_cache  # a person's own sign-up: never kept by any cache
def cancel_view(request, event, token):
    registration = services.registration_from_token(token)
    if registration is None or registration.event_id != source_page(event).pk:
        raise Http404
    if request.method == "POST":
        services.cancel(registration_id=registration.pk)
        registration.refresh_from_db()
    return event.render(
        request,
        template="evenements/cancel.html",
        context_overrides={"registration": registration, "cancelled": registration.status == "cancelled"},
    )

"""The public side of the label: directory, verification, badge, registry, signatories; and the
provider's own space (profile, application, evidence)."""

import json

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from label import selectors, services
from label.enums import ApplicationStatus, LabelState
from label.forms import (
    CHARTER_POINTS,
    ApplicationForm,
    DirectoryFilterForm,
    EvidenceForm,
    ProviderDeleteForm,
    ProviderForm,
    SolutionFormSet,
    VerifyForm,
)
from label.models import Evidence, LabelApplication, LabelCriterion, Provider
from portail.open_csv import open_csv_response
from portail.ratelimit import hit

SAVES_PER_HOUR = 60  # per visitor's address: saving the application and uploading evidence


def directory_view(request):
    form = DirectoryFilterForm(request.GET or None, communes=selectors.directory_communes())
    providers = selectors.labelled_providers(**form.filters())
    meetings, meetings_url = selectors.buyers_meetings()
    return render(
        request,
        "label/directory.html",
        {
            "form": form,
            "verify_form": VerifyForm(),
            "providers": providers,
            "meetings": meetings,
            "meetings_url": meetings_url,
        },
    )


def verify_lookup_view(request):
    """The verification form: GET ?code=… goes to the code's page (or says it is unknown)."""
    form = VerifyForm(request.GET or None)
    if not form.is_valid():
        return render(
            request, "label/verify_unknown.html", {"form": form}, status=400 if form.errors else 200
        )
    return verify_view(request, form.cleaned_data["code"])


def verify_view(request, code):
    canonical = selectors.canonical_code(code)
    provider = selectors.provider_for_code(canonical)
    if provider is None:
        form = VerifyForm(initial={"code": code})
        return render(request, "label/verify_unknown.html", {"form": form, "code": code}, status=404)
    if canonical != code or request.resolver_match.url_name != "verify":
        return redirect("label:verify", code=canonical)
    label = provider.current_label
    return render(
        request,
        "label/verify.html",
        {
            "provider": provider,
            "label": label,
            "state": label.state(),
            "states": LabelState,
            "form": VerifyForm(),
        },
    )


def badge_view(request, code):
    """A small SVG badge for the provider's website, linking (from their page) to the verification."""
    provider = selectors.provider_for_code(code)
    if provider is None:
        raise Http404
    svg = render_to_string("label/badge.svg", {"provider": provider, "state": provider.current_label.state()})
    response = HttpResponse(svg, content_type="image/svg+xml; charset=utf-8")
    response["Cache-Control"] = "public, max-age=3600"
    response["Cross-Origin-Resource-Policy"] = "cross-origin"  # embedded on the provider's website
    return response


def registry_view(request):
    """Open data: GET /api/label/registre.json or .csv, valid labels only."""
    rows = selectors.registry_rows()
    if request.path.endswith(".csv"):
        columns = ["name", "siret", "commune", "categories", "code", "status", "valid_until", "verify_url"]
        table = [columns] + [
            [", ".join(row[name]) if name == "categories" else row[name] for name in columns] for row in rows
        ]
        return open_csv_response(table, "label-registre.csv")
    response = JsonResponse({"results": rows}, json_dumps_params={"ensure_ascii": False})
    response["Access-Control-Allow-Origin"] = "*"
    return response


def signatories_view(request):
    return render(
        request,
        "label/signatories.html",
        {"signatories": selectors.signatories(), "charter": CHARTER_POINTS},
    )


# The provider's space


def _provider(request) -> Provider | None:
    return Provider.objects.filter(user=request.user).select_related("commune", "current_label").first()


@login_required
def profile_view(request):
    provider = _provider(request)
    form = ProviderForm(request.POST or None, instance=provider)
    formset = SolutionFormSet(request.POST or None, instance=provider or Provider(), prefix="solutions")
    if request.method == "POST" and form.is_valid() and formset.is_valid():
        with transaction.atomic():
            profile = form.save(commit=False)
            profile.user = request.user
            profile.language = get_language()
            profile.save()
            formset.instance = profile
            formset.save()
        messages.success(request, _("Your profile is saved."))
        return redirect("label:apply")
    return render(request, "label/profile.html", {"form": form, "formset": formset, "provider": provider})


@login_required
def profile_export_view(request):
    """The provider's data as JSON (right of access)."""
    provider = _provider(request)
    if provider is None:
        raise Http404
    response = HttpResponse(
        json.dumps(selectors.export_provider(provider), ensure_ascii=False, indent=2, default=str),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = 'attachment; filename="label-donnees.json"'
    return response


@login_required
def profile_delete_view(request):
    """Right to erasure: a GET explains what goes; only a POST with the box ticked deletes. Only the
    signed-in account's own company can be reached (there is no id in the address). The account stays."""
    provider = _provider(request)
    if provider is None:
        raise Http404
    form = ProviderDeleteForm(request.POST if request.method == "POST" else None)  # an empty POST too
    if request.method == "POST" and form.is_valid():
        services.delete_provider_data(provider)
        messages.success(
            request,
            _("Your company's data is deleted. Your account remains: you can present a company again."),
        )
        return redirect("label:profile")
    label = provider.current_label
    return render(
        request,
        "label/profile_delete.html",
        {
            "form": form,
            "provider": provider,
            "solutions": provider.solutions.count(),
            "applications": provider.applications.count(),
            "evidence": Evidence.objects.filter(application__provider=provider).count(),
            "valid_label": label is not None and label.state() == LabelState.VALID,
        },
        status=400 if form.errors else 200,
    )


def _editable_or_none(provider):
    return provider.applications.filter(
        status__in=[ApplicationStatus.DRAFT, ApplicationStatus.CHANGES_REQUESTED]
    ).first()


@login_required
def apply_view(request):
    """/label/candidater/: the application being written, its evidence, and the provider's history."""
    provider = _provider(request)
    if provider is None:
        messages.info(request, _("First, present your company and its solutions."))
        return redirect("label:profile")
    criteria = LabelCriterion.objects.filter(active=True)
    application = _editable_or_none(provider)
    history = list(provider.applications.all())
    pending = next((item for item in history if item.status in services.PENDING), None)
    if request.method == "POST":
        return _save_application(request, provider, criteria)
    initial = {}
    if application:
        initial = {f"criterion_{a.criterion_id}": a.answer for a in application.answers.all()}
        initial["charter"] = bool(application.charter_accepted_at)
    return _render_apply(
        request,
        provider,
        application,
        ApplicationForm(initial=initial, criteria=criteria),
        EvidenceForm(),
        history=history,
        pending=pending,
    )


def _render_apply(
    request, provider, application, form, evidence_form, *, history=None, pending=None, status=200
):
    return render(
        request,
        "label/apply.html",
        {
            "provider": provider,
            "application": application,
            "form": form,
            "evidence_form": evidence_form,
            "evidence": list(application.evidence.all()) if application else [],
            "history": history if history is not None else list(provider.applications.all()),
            "pending": pending,
            "charter": CHARTER_POINTS,
            "label": provider.current_label,
            "max_size": settings.LABEL_EVIDENCE_MAX_BYTES,
        },
        status=status,
    )


def _save_application(request, provider, criteria):
    form = ApplicationForm(request.POST, criteria=criteria)
    evidence_form = EvidenceForm(request.POST, request.FILES)
    if hit("label-application", request, limit=SAVES_PER_HOUR, window_seconds=3600):
        form.add_error(
            None, _("Too many saves from your connection in the last hour. Please try again later.")
        )
    if not form.is_valid():
        return _render_apply(request, provider, _editable_or_none(provider), form, evidence_form, status=400)
    try:
        application = services.open_application(provider)
        services.save_answers(application, answers=form.answers(), charter=form.cleaned_data["charter"])
        if request.FILES.get("file"):
            services.add_evidence(application, request.FILES["file"])
    except ValidationError as error:
        form.add_error(None, error)
        evidence_form = EvidenceForm()
        return _render_apply(request, provider, _editable_or_none(provider), form, evidence_form, status=400)
    if "submit" in request.POST:
        try:
            services.transition(application, "submit", user=request.user)
        except ValidationError as error:
            form.add_error(None, error)
            return _render_apply(request, provider, application, form, EvidenceForm(), status=400)
        messages.success(request, _("Your application has been sent. You will hear from us by e-mail."))
        return redirect("label:application", pk=application.pk)
    messages.success(request, _("Your application is saved. Send it when it is complete."))
    return redirect("label:apply")


def _own_application(request, pk) -> LabelApplication:
    """The signed-in provider's application; any other one is a 404 (no hint that it exists)."""
    return get_object_or_404(
        LabelApplication.objects.select_related("provider"), pk=pk, provider__user_id=request.user.pk
    )


@login_required
def application_view(request, pk):
    application = _own_application(request, pk)
    return render(
        request,
        "label/application.html",
        {
            "application": application,
            "provider": application.provider,
            "answers": application.answers.select_related("criterion"),
            "evidence": application.evidence.all(),
            "timeline": application.events.exclude(action="reminder"),
        },
    )


def evidence_response(evidence: Evidence) -> FileResponse:
    """The stored file, as a download with the type read from its bytes at upload."""
    try:
        handle = evidence.file.open("rb")
    except FileNotFoundError as error:
        raise Http404 from error
    response = FileResponse(
        handle, as_attachment=True, filename=evidence.original_name, content_type=evidence.content_type
    )
    response["Cache-Control"] = "private, no-store"
    return response


def evidence_view(request, pk):
    """Only the applicant (anyone else, signed in or not, gets a 404); reviewers use the admin's."""
    evidence = get_object_or_404(Evidence, pk=pk, application__provider__user_id=request.user.pk)
    return evidence_response(evidence)


@login_required
@require_POST
def evidence_delete_view(request, pk):
    evidence = get_object_or_404(
        Evidence.objects.select_related("application"), pk=pk, application__provider__user_id=request.user.pk
    )
    try:
        services.delete_evidence(evidence)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The document is deleted."))
    return redirect(reverse("label:apply") + "#pieces")

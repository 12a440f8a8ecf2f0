"""wagtail-localize's translation editor, completed for the CTM's workflow (docs/editing.md).

Its footer offers « Publier » to those who may publish, and nothing else. An editor who may not
publish a translation submits it for moderation here instead (or resubmits it after a moderator
asked for changes). A moderator's approval then publishes that revision.
"""

import json

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from django.views.decorators.http import require_POST

from wagtail.coreutils import find_available_slug
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import Translation


def moderation_status(page: Page, state: WorkflowState | None) -> str:
    """What an editor who may not publish `page` (in moderation `state`, its current workflow state)
    can do: "submit", "resubmit", "waiting" or "" (no workflow, or locked)."""
    if state and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        return "resubmit"
    if state:
        return "waiting"
    return "submit" if page.has_workflow and not page.locked else ""


def submit_for_moderation(translation: Translation, page: Page, state: WorkflowState | None, user) -> None:
    """Save the translation as it stands as the page's latest revision and start its moderation, or
    resume `state` (the moderation that asked for changes). The page's row is not saved: a live
    translation stays as published until approved (wagtail-localize's own draft saving would write
    the live row)."""
    draft = translation.source.get_ephemeral_translated_instance(translation.target_locale, fallback=True)
    # As wagtail-localize does when it saves a translation: a translated slug made valid and unique.
    draft.slug = find_available_slug(draft.get_parent(), slugify(draft.slug), ignore_page_id=draft.pk)
    with transaction.atomic():
        draft.save_revision(user=user)
        if state:  # changes were asked for: the same moderation goes on
            state.resume(user)
        else:
            page.get_workflow().start(draft, user)


@require_POST
def submit_translation(request, translation_id: int):
    translation = get_object_or_404(Translation, pk=translation_id)
    try:
        page = translation.get_target_instance()
    except Page.DoesNotExist as missing:
        raise Http404 from missing
    if not isinstance(page, Page):
        raise Http404
    perms = page.permissions_for_user(request.user)
    if not perms.can_edit():
        raise PermissionDenied

    language = translation.target_locale.get_display_name()
    state = page.current_workflow_state
    if moderation_status(page, state) not in ("submit", "resubmit"):
        messages.error(
            request, _("This translation cannot be submitted now: it is locked or already waiting.")
        )
    else:
        try:
            submit_for_moderation(translation, page, state, request.user)
        except ValidationError as error:
            messages.error(
                request,
                _("The translation into %(language)s was not submitted: %(errors)s")
                % {"language": language, "errors": " ".join(error.messages)},
            )
        else:
            messages.success(
                request,
                _("“%(title)s” in %(language)s was submitted for moderation: a moderator will publish it.")
                % {"title": page.title, "language": language},
            )
    return redirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))


# wagtail-localize's French and Spanish catalogues drop the space its editor puts before a language
# or a service name ("Publier dansAnglais"). Loaded after its catalogue, these entries replace them.
def editor_strings(request):
    corrected = {
        "Publish in ": pgettext("translation editor, a language follows", "Publish in"),
        "Translate with ": pgettext("translation editor, a service follows", "Translate with"),
        "Translate all missing strings with ": pgettext(
            "translation editor, a service follows", "Translate all missing strings with"
        ),
    }
    lines = [
        f"django.catalog[{json.dumps(key)}] = {json.dumps(text + ' ')};" for key, text in corrected.items()
    ]
    script = "if (window.django && django.catalog) {\n  " + "\n  ".join(lines) + "\n}\n"
    return HttpResponse(script, content_type="text/javascript; charset=utf-8")

"""Site-wide middleware: security headers, and the MFA requirement and idle timeout for admin users."""

import time
from urllib.parse import urlencode

from allauth.account.internal.flows.login import get_authentication_records
from allauth.mfa.utils import is_mfa_enabled

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.utils.translation import activate, get_language, ngettext
from django.utils.translation import gettext as _

# The public site runs no inline code and loads nothing from third parties.
PUBLIC_CSP = "; ".join(
    [
        "default-src 'self'",
        "img-src 'self' data:",
        "style-src 'self'",
        "script-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
# The Wagtail admin still needs inline styles and scripts in places.
ADMIN_CSP = "; ".join(
    [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "style-src 'self' 'unsafe-inline'",
        "script-src 'self' 'unsafe-inline'",
        "font-src 'self' data:",
        "connect-src 'self'",
        "frame-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
# Admin views whose response the admin itself shows in a frame (the preview side panel, the
# translation editor's preview, a revision or a block preview): only they may be framed, by the site.
ADMIN_PREVIEW_VIEWS = {
    "preview_on_add",
    "preview_on_edit",
    "revisions_view",
    "workflow_preview",
    "preview_translation",
    "wagtailadmin_block_preview",
}
PERMISSIONS_POLICY = "camera=(), microphone=(), payment=(), usb=(), geolocation=(self)"
ADMIN_PREFIX = "/admin/"
PARTNER_SPACE_PREFIX = "/espace-partenaire/"
LAST_ACTIVITY = "staff_last_activity"  # in the session: when its user last did something (epoch s)
ACTIVITY_WRITE_EVERY = 60  # seconds: the session is saved at most once a minute for it
# Requests the admin makes by itself (the page editor's ping every few seconds): no activity.
BACKGROUND_PREFIXES = ("/admin/editing-sessions/",)


def _is_admin_preview(request) -> bool:
    match = getattr(request, "resolver_match", None)
    return (
        request.path_info.startswith(ADMIN_PREFIX)
        and match is not None
        and match.url_name in ADMIN_PREVIEW_VIEWS
    )


def security_headers_middleware(get_response):
    def middleware(request):
        response = get_response(request)
        is_admin = request.path_info.startswith(ADMIN_PREFIX)
        response.headers.setdefault("Content-Security-Policy", ADMIN_CSP if is_admin else PUBLIC_CSP)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        if _is_admin_preview(request):
            # Wagtail renders the previewed page through this stack as a public request: the page
            # keeps its public policy (no inline code, the map's tiles), framed by the admin only.
            csp = response.headers["Content-Security-Policy"]
            response.headers["Content-Security-Policy"] = csp.replace(
                "frame-ancestors 'none'", "frame-ancestors 'self'"
            )
            response.headers["X-Frame-Options"] = "SAMEORIGIN"
        response.headers.setdefault("X-Frame-Options", settings.X_FRAME_OPTIONS)
        return response

    return middleware


def _in_personal_data_space(request) -> bool:
    """A signed-in user in the Wagtail admin (with access to it) or in the partner space."""
    user, path = request.user, request.path_info
    return user.is_authenticated and (
        (path.startswith(ADMIN_PREFIX) and user.has_perm("wagtailadmin.access_admin"))
        or path.startswith(PARTNER_SPACE_PREFIX)
    )


def admin_mfa_required_middleware(get_response):
    """Anyone who can enter the Wagtail admin or the partner space (companies' personal data) must
    have TOTP and have used it in this session."""

    def middleware(request):
        user = request.user
        if _in_personal_data_space(request):
            if not is_mfa_enabled(user):
                messages.warning(
                    request,
                    _("Two-factor authentication is required for this space. Set it up below."),
                )
                return redirect("mfa_activate_totp")
            records = get_authentication_records(request, user)
            if not any(record.get("method") == "mfa" for record in records):
                query = urlencode({"next": request.get_full_path()})
                return redirect(f"{reverse('mfa_reauthenticate')}?{query}")
        return get_response(request)

    return middleware


def watch_idle_session(request) -> None:
    """Start the idle timeout of this session: its user can see personal data."""
    request.session[LAST_ACTIVITY] = int(time.time())


def watch_admin_sign_in(sender, request, user, **kwargs):
    """Receiver of `user_logged_in`: the clock starts at sign-in for those with admin access."""
    if user.has_perm("wagtailadmin.access_admin"):
        watch_idle_session(request)


def staff_idle_timeout_middleware(get_response):
    """Sign out a session watched for idleness (signed in with access to the admin or the partner
    space, or having opened one) after STAFF_SESSION_IDLE_MINUTES without a request."""

    def middleware(request):
        last = request.session.get(LAST_ACTIVITY) if request.user.is_authenticated else None
        idle = time.time() - last if last is not None else None
        if idle is None:
            if _in_personal_data_space(request):
                watch_idle_session(request)
        elif idle > settings.STAFF_SESSION_IDLE_MINUTES * 60:
            return _signed_out_for_idleness(request)
        elif idle >= ACTIVITY_WRITE_EVERY and not request.path_info.startswith(BACKGROUND_PREFIXES):
            watch_idle_session(request)
        return get_response(request)

    return middleware


def _signed_out_for_idleness(request):
    next_path = request.get_full_path() if request.method == "GET" else None
    logout(request)
    minutes = settings.STAFF_SESSION_IDLE_MINUTES
    messages.info(
        request,
        ngettext(
            "You were signed out after %(count)d minute without activity.",
            "You were signed out after %(count)d minutes without activity.",
            minutes,
        )
        % {"count": minutes},
    )
    query = f"?{urlencode({'next': next_path}, safe='/')}" if next_path else ""
    return redirect(f"{reverse('account_login')}{query}")


# Paths outside i18n_patterns: a 404 there is an answer, not a page to look for under /fr/.
UNPREFIXED_PATHS = ("/api/", "/espace-partenaire/", "/admin/", "/documents/", "/captcha/")


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's, except that a 404 under a path without a language prefix stays a 404 (Django would
    redirect it to /fr/…, which Wagtail's catch-all makes look valid, and turn a POST into a GET), and
    that the admin ignores the public site's cookie and the browser: it speaks the account's language
    (Wagtail's profile applies it), else the portal's, French."""

    def process_request(self, request):
        if request.path_info.startswith(ADMIN_PREFIX):
            activate(settings.LANGUAGE_CODE)
            request.LANGUAGE_CODE = settings.LANGUAGE_CODE
            return
        super().process_request(request)

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(UNPREFIXED_PATHS):
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", get_language())
            return response
        return super().process_response(request, response)

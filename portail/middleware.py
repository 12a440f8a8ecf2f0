"""Site-wide middleware: security headers and the MFA requirement for admin users."""

from urllib.parse import urlencode

from allauth.account.internal.flows.login import get_authentication_records
from allauth.mfa.utils import is_mfa_enabled

from django.conf import settings
from django.contrib import messages
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language
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
        "frame-ancestors 'self'",
    ]
)
PERMISSIONS_POLICY = "camera=(), microphone=(), payment=(), usb=(), geolocation=(self)"
ADMIN_PREFIX = "/admin/"
PARTNER_SPACE_PREFIX = "/espace-partenaire/"


def security_headers_middleware(get_response):
    def middleware(request):
        response = get_response(request)
        is_admin = request.path_info.startswith(ADMIN_PREFIX)
        response.headers.setdefault("Content-Security-Policy", ADMIN_CSP if is_admin else PUBLIC_CSP)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        response.headers.setdefault("X-Frame-Options", settings.X_FRAME_OPTIONS)
        return response

    return middleware


def admin_mfa_required_middleware(get_response):
    """Anyone who can enter the Wagtail admin or the partner space (companies' personal data) must
    have TOTP and have used it in this session."""

    def middleware(request):
        user = request.user
        path = request.path_info
        if user.is_authenticated and (
            (path.startswith(ADMIN_PREFIX) and user.has_perm("wagtailadmin.access_admin"))
            or path.startswith(PARTNER_SPACE_PREFIX)
        ):
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


def language_cookie_middleware(get_response):
    """Remember the language of the pages people read, so that "/" opens in it next time."""

    def middleware(request):
        response = get_response(request)
        language = get_language()
        prefixed = request.path_info.startswith(f"/{language}/")
        if (
            prefixed
            and response.status_code == 200
            and request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME) != language
        ):
            response.set_cookie(
                settings.LANGUAGE_COOKIE_NAME,
                language,
                secure=settings.LANGUAGE_COOKIE_SECURE,
                httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
                samesite=settings.LANGUAGE_COOKIE_SAMESITE,
            )
        return response

    return middleware


# Paths outside i18n_patterns: a 404 there is an answer, not a page to look for under /fr/.
UNPREFIXED_PATHS = ("/api/", "/espace-partenaire/", "/admin/", "/documents/", "/captcha/")


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's, except that a 404 under a path without a language prefix stays a 404 (Django would
    redirect it to /fr/…, which Wagtail's catch-all makes look valid, and turn a POST into a GET)."""

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(UNPREFIXED_PATHS):
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", get_language())
            return response
        return super().process_response(request, response)

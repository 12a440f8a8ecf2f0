"""Site-wide middleware: security headers and the MFA requirement for admin users."""

from allauth.mfa.utils import is_mfa_enabled

from django.contrib import messages
from django.shortcuts import redirect
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
PERMISSIONS_POLICY = "camera=(), microphone=(), payment=(), usb=(), interest-cohort=()"
ADMIN_PREFIX = "/admin/"


def security_headers_middleware(get_response):
    def middleware(request):
        response = get_response(request)
        is_admin = request.path.startswith(ADMIN_PREFIX)
        response.headers.setdefault("Content-Security-Policy", ADMIN_CSP if is_admin else PUBLIC_CSP)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response

    return middleware


def admin_mfa_required_middleware(get_response):
    """Anyone who can enter the Wagtail admin must have activated TOTP first."""

    def middleware(request):
        user = request.user
        if (
            request.path.startswith(ADMIN_PREFIX)
            and user.is_authenticated
            and user.has_perm("wagtailadmin.access_admin")
            and not is_mfa_enabled(user)
        ):
            messages.warning(
                request,
                _("Two-factor authentication is required to use the administration. Set it up below."),
            )
            return redirect("mfa_activate_totp")
        return get_response(request)

    return middleware

"""The allauth account adapter: sign-in throttling by growing delays instead of allauth's lock-out,
and allauth's rate limits (sign-up, password reset) counted per visitor behind the reverse proxies."""

from allauth.account.adapter import DefaultAccountAdapter

from django.core.exceptions import ValidationError

from portail import signin
from portail.ratelimit import client_ip


def _login(credentials) -> str:
    return str(credentials.get("email") or credentials.get("username") or "")


class AccountAdapter(DefaultAccountAdapter):
    def get_client_ip(self, request) -> str:
        return client_ip(request) or super().get_client_ip(request)

    def pre_authenticate(self, request, **credentials):
        """Refuse an attempt made before this address's wait is over (replaces allauth's lock)."""
        if wait := signin.wait_seconds(request, _login(credentials)):
            raise ValidationError(signin.wait_message(wait), code="too_many_login_attempts")

    def authenticate(self, request, **credentials):
        user = super().authenticate(request, **credentials)
        if user:
            signin.record_success(request, _login(credentials))
        return user

    def authentication_failed(self, request, **credentials):
        signin.record_failure(request, _login(credentials))

"""allauth's account adapter: its rate limits (login, sign-up, password reset) count per visitor
behind the reverse proxies, as the portal's own do."""

from allauth.account.adapter import DefaultAccountAdapter

from portail.ratelimit import client_ip


class AccountAdapter(DefaultAccountAdapter):
    def get_client_ip(self, request) -> str:
        return client_ip(request) or super().get_client_ip(request)

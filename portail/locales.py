"""Wagtail's locale lookups, answered once per request.

`Locale.get_active()`, `Locale.get_default()` and `page.localized` each run the same query on
`wagtailcore_locale`; a page asks three to five times (routing, the view, the layout, link blocks).
During a request the answers are kept in a memo that starts empty with each request and is dropped
when it ends, so a change to the locales is seen by the next request.
"""

import contextvars

from django.core.signals import request_finished, request_started

from wagtail.models.i18n import LocaleManager

_memo: contextvars.ContextVar[dict | None] = contextvars.ContextVar("portail_locales", default=None)
_get_for_language = LocaleManager.get_for_language


def _remembered_get_for_language(manager, language_code):
    memo = _memo.get()
    if memo is None:  # outside a request (commands, jobs, tests without the client)
        return _get_for_language(manager, language_code)
    if language_code not in memo:
        memo[language_code] = _get_for_language(manager, language_code)
    return memo[language_code]


def remember(locales: dict) -> None:
    """Answers known before the request asks (language code → Locale): the site's entry brings
    every locale from the cache (portail/site_cache.py)."""
    memo = _memo.get()
    if memo is not None:
        for code, locale in locales.items():
            memo.setdefault(code, locale)


def _start(**kwargs) -> None:
    _memo.set({})


def _end(**kwargs) -> None:
    _memo.set(None)


def remember_locales_per_request() -> None:
    LocaleManager.get_for_language = _remembered_get_for_language
    request_started.connect(_start, dispatch_uid="portail.locales.start")
    request_finished.connect(_end, dispatch_uid="portail.locales.end")

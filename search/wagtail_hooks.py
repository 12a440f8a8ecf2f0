from django.contrib import messages
from django.utils.translation import gettext as _

from wagtail import hooks

from search.indexing import is_pending


@hooks.register("before_edit_page")
def say_when_the_lists_lag_behind(request, page):
    """The editor learns that the public lists and the search do not show the last change yet."""
    if request.method == "GET" and is_pending(page):
        messages.warning(
            request,
            _(
                "The search and the lists of the site do not show this page's last change yet: "
                "their update is waiting in the background jobs (usually a few minutes)."
            ),
        )

"""A URL configuration with a view that fails, to test the 500 page as people get it."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import path


def boom(request):
    raise RuntimeError("Failure on purpose")


handler500 = "portail.views.server_error"
urlpatterns = i18n_patterns(path("boom/", boom))

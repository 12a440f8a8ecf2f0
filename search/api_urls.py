"""The search API, outside the language prefixes (under /api/search/)."""

from django.urls import path
from django.views.generic import RedirectView

from search import views

urlpatterns = [
    path("", views.search_api, name="search-api"),
    path("suggestions/", views.suggestions_api, name="search-suggestions"),
    # the hand-written description is retired: the generated one describes the whole API
    path(
        "openapi.json",
        RedirectView.as_view(url="/api/v1/openapi.json", permanent=True),
        name="search-openapi",
    ),
]

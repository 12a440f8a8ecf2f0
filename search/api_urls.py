"""The search API, outside the language prefixes (under /api/search/)."""

from django.urls import path

from search import views

urlpatterns = [
    path("", views.search_api, name="search-api"),
    path("suggestions/", views.suggestions_api, name="search-suggestions"),
    path("openapi.json", views.openapi, name="search-openapi"),
]

from django.urls import path
from django.utils.translation import pgettext_lazy

from search import views

app_name = "search"
urlpatterns = [path(pgettext_lazy("URL", "search/"), views.search_page, name="page")]
api_urlpatterns = [
    path("api/search/", views.search_api, name="search-api"),
    path("api/search/suggestions/", views.suggestions_api, name="search-suggestions"),
    path("api/search/openapi.json", views.openapi, name="search-openapi"),
]

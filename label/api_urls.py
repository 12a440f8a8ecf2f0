"""The label's open data, outside the language prefixes (under /api/label/)."""

from django.urls import path

from label.views import badge_view, registry_view

urlpatterns = [
    path("registre.json", registry_view, name="label-registry"),
    path("registre.csv", registry_view, name="label-registry-csv"),
    path("badge/<str:code>.svg", badge_view, name="label-badge"),
]

"""The catalogue's open data, outside the language prefixes (under /api/catalogue/)."""

from django.urls import path

from catalogue.views import lheo_export_view

urlpatterns = [
    path("lheo.xml", lheo_export_view, name="catalogue-lheo-export"),
]

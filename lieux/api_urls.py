"""Open data of the places (outside the language prefixes): /api/lieux.csv and /api/lieux.geojson."""

from django.urls import path

from lieux.views import lieux_csv, lieux_geojson

urlpatterns = [
    path("lieux.csv", lieux_csv, name="places-csv"),
    path("lieux.geojson", lieux_geojson, name="places-geojson"),
]

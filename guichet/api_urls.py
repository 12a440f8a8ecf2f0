"""The guichet's open data, outside the language prefixes (under /api/guichet/)."""

from django.urls import path

from guichet.admin_views import open_data_view

urlpatterns = [
    path("statistiques.json", open_data_view, name="guichet-open-data"),
    path("statistiques.csv", open_data_view, name="guichet-open-data-csv"),
]

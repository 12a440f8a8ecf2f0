"""Local digital purchasing, under /fr/achats/ (/en/purchasing/, /es/compras/): sub-routes are
written in French and translated by portail.languages.ROUTE_SLUGS."""

from django.urls import path

from achats import views
from portail.languages import route_in_active_language as route

app_name = "achats"
urlpatterns = [
    path(route("appels/"), views.calls_view, name="calls"),
    path(route("appels/<int:pk>/"), views.call_view, name="call"),
    path(route("appels/flux.rss"), views.CallFeed(), name="calls_rss"),
    path(route("appels/flux.atom"), views.AtomCallFeed(), name="calls_atom"),
    path(route("appels/echeances.ics"), views.deadlines_ics_view, name="calls_ics"),
    path(route("alertes/"), views.alert_subscribe_view, name="alert"),
    path(route("alertes/confirmer/<str:token>/"), views.alert_confirm_view, name="alert_confirm"),
    path(route("alertes/desinscrire/<str:token>/"), views.alert_unsubscribe_view, name="alert_unsubscribe"),
    path(
        route("alertes/desinscrire/<str:token>/un-clic/"), views.alert_one_click_view, name="alert_one_click"
    ),
    path(route("guide/"), views.guide_view, name="guide"),
    path(route("guide/guide-acheteurs.pdf"), views.guide_pdf_view, name="guide_pdf"),
    path(route("barometre/"), views.barometer_view, name="barometer"),
    path(
        route("barometre/invitation/<str:token>/"),
        views.barometer_invitation_view,
        name="barometer_invitation",
    ),
    path(route("barometre/resultats/"), views.barometer_results_view, name="barometer_results"),
]

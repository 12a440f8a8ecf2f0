from django.urls import path

from guichet.partner import checklist, mediation, parts
from guichet.partner import views as partner_views

app_name = "guichet_partner"
urlpatterns = [
    path("", partner_views.list_view, name="list"),
    path("demandes/<str:reference>/", partner_views.detail_view, name="detail"),
    path("demandes/<str:reference>/transmettre/", parts.hand_over_view, name="hand_over"),
    path("demandes/<str:reference>/pieces/<int:pk>/", checklist.document_view, name="document"),
    path("demandes/<str:reference>/<slug:action>/", partner_views.action_view, name="action"),
    path("demandes/<str:reference>/parts/<int:part_id>/<slug:action>/", parts.part_action_view, name="part"),
    path("mediation/", mediation.home_view, name="mediation"),
    path("mediation/demande/<slug:step>/", mediation.mediation_step_view, name="mediation_step"),
    path("mediation/recu/<str:reference>/", mediation.receipt_view, name="mediation_receipt"),
]

from django.urls import path

from label import directory_views, views

app_name = "label"
urlpatterns = [
    path("", views.directory_view, name="directory"),
    path("annuaire/", directory_views.solutions_view, name="solutions"),
    path("annuaire/<int:pk>/", directory_views.provider_view, name="provider"),
    path("candidater/", views.apply_view, name="apply"),
    path("profil/", views.profile_view, name="profile"),
    path("profil/donnees.json", views.profile_export_view, name="profile_export"),
    path("profil/supprimer/", views.profile_delete_view, name="profile_delete"),
    path("candidatures/<int:pk>/", views.application_view, name="application"),
    path("pieces/<int:pk>/", views.evidence_view, name="evidence"),
    path("pieces/<int:pk>/supprimer/", views.evidence_delete_view, name="evidence_delete"),
    path("verifier/", views.verify_lookup_view, name="verify_lookup"),
    path("verifier/<str:code>/", views.verify_view, name="verify"),
    path("signataires/", views.signatories_view, name="signatories"),
]

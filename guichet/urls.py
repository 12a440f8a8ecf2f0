from django.urls import path

from guichet import checklist_views, person_views, views

app_name = "guichet"
urlpatterns = [
    path("", views.start_view, name="start"),
    path("demande/<slug:step>/", views.step_view, name="step"),
    path("particulier/", person_views.start_view, name="person_start"),
    path("particulier/<slug:step>/", person_views.step_view, name="person_step"),
    path("suivi/", views.find_request_view, name="find"),
    path("suivi/<str:token>/", views.tracking_view, name="tracking"),
    path("suivi/<str:token>/donnees.json", views.tracking_export_view, name="tracking_export"),
    path("suivi/<str:token>/pieces/<int:pk>/", checklist_views.document_view, name="tracking_document"),
    path("suivi/<str:token>/<slug:action>/", views.tracking_action_view, name="tracking_action"),
]

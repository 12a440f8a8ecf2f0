from django.urls import path

from guichet import checklist_views, follow_up_views, person_views, views
from guichet.diagnosis import views as diagnosis_views

app_name = "guichet"
urlpatterns = [
    path("", views.start_view, name="start"),
    path("demande/<slug:step>/", views.step_view, name="step"),
    path("particulier/", person_views.start_view, name="person_start"),
    path("particulier/<slug:step>/", person_views.step_view, name="person_step"),
    path("diagnostic/", diagnosis_views.start_view, name="diagnosis"),
    path("diagnostic/recommencer/", diagnosis_views.restart_view, name="diagnosis_restart"),
    path("diagnostic/resultat/<uuid:token>/", diagnosis_views.result_view, name="diagnosis_result"),
    path(
        "diagnostic/resultat/<uuid:token>/conseiller/",
        diagnosis_views.ask_adviser_view,
        name="diagnosis_ask",
    ),
    path("diagnostic/<slug:step>/", diagnosis_views.step_view, name="diagnosis_step"),
    path("suivi/", views.find_request_view, name="find"),
    path("nouvelles/<str:token>/", follow_up_views.check_in_view, name="check_in"),
    path("suivi/<str:token>/", views.tracking_view, name="tracking"),
    path("suivi/<str:token>/donnees.json", views.tracking_export_view, name="tracking_export"),
    path("suivi/<str:token>/pieces/<int:pk>/", checklist_views.document_view, name="tracking_document"),
    path("suivi/<str:token>/<slug:action>/", views.tracking_action_view, name="tracking_action"),
]

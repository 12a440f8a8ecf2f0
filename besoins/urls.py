from django.urls import path

from besoins import provider_views, views

app_name = "besoins"
urlpatterns = [
    path("deposer/", views.post_view, name="post"),
    path("suivi/<str:token>/", views.track_view, name="track"),
    path("prestataire/", provider_views.provider_needs_view, name="provider_needs"),
    path("prestataire/<int:pk>/", provider_views.provider_need_view, name="provider_need"),
]

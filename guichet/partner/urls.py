from django.urls import path

from guichet.partner import views as partner_views

app_name = "guichet_partner"
urlpatterns = [
    path("", partner_views.list_view, name="list"),
    path("demandes/<str:reference>/", partner_views.detail_view, name="detail"),
    path("demandes/<str:reference>/<slug:action>/", partner_views.action_view, name="action"),
]

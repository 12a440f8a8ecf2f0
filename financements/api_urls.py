"""The funding guide's API, outside the language prefixes (under /api/financements/)."""

from django.urls import path

from financements.views import alert_one_click_unsubscribe, eligibility_api

urlpatterns = [
    path("eligibilite/", eligibility_api, name="funding-eligibility-api"),
    path(
        "alertes/<str:token>/desinscription/",
        alert_one_click_unsubscribe,
        name="funding-alert-one-click-unsubscribe",
    ),
]

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.urls import include, path
from django.views.generic import RedirectView

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from guichet.admin_views import open_data_view
from guichet.label import views as label_views
from portail import views
from portail.sitemaps import TranslatedSitemap
from search.urls import api_urlpatterns as search_api_urls

handler500 = "portail.views.server_error"

urlpatterns = [
    # Staff sign in through allauth, so that two-factor authentication applies to them too.
    path("admin/login/", RedirectView.as_view(pattern_name="account_login", query_string=True)),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("captcha/", include("captcha.urls")),
    path("espace-partenaire/", include("guichet.partner_urls")),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": TranslatedSitemap}}),
    path("robots.txt", views.robots_txt),
    path("healthz", views.health, name="health"),
    path("api/catalogue/", include("catalogue.urls")),
    path("api/guichet/statistiques.json", open_data_view, name="guichet-open-data"),
    path("api/guichet/statistiques.csv", open_data_view, name="guichet-open-data-csv"),
    path("api/label/registre.json", label_views.registry_view, name="label-registry"),
    path("api/label/registre.csv", label_views.registry_view, name="label-registry-csv"),
    path("api/label/badge/<str:code>.svg", label_views.badge_view, name="label-badge"),
    path("api/financements/", include("financements.urls")),
    path("api/", include("lieux.urls")),
]

urlpatterns += search_api_urls

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("accounts/", include("allauth.urls")),
    path("guichet/", include("guichet.urls")),
    path("label/", include("guichet.label.urls")),
    path("", include("search.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

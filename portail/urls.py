from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.urls import include, path
from django.views.generic import RedirectView

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from portail import styleguide, views
from portail.api import api
from portail.languages import route_in_active_language
from portail.sitemaps import TranslatedSitemap

handler500 = "portail.views.server_error"

urlpatterns = [
    # Staff sign in through allauth, so that two-factor authentication applies to them too.
    path("admin/login/", RedirectView.as_view(pattern_name="account_login", query_string=True)),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("captcha/", include("captcha.urls")),
    path("espace-partenaire/", include("guichet.partner.urls")),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": TranslatedSitemap}}),
    path("robots.txt", views.robots_txt),
    path("healthz", views.health, name="health"),
    path("readyz", views.readiness, name="readiness"),
    path("api/v1/", api.urls),
    path("api/catalogue/", include("catalogue.api_urls")),
    path("api/guichet/", include("guichet.api_urls")),
    path("api/label/", include("label.api_urls")),
    path("api/search/", include("search.api_urls")),
    path("api/financements/", include("financements.api_urls")),
    path("api/", include("lieux.api_urls")),
]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("accounts/", include("allauth.urls")),
    path("guichet/", include("guichet.urls")),
    path("styleguide/", styleguide.styleguide_view, name="styleguide"),  # DEBUG only
    path("label/", include("label.urls")),
    path("besoins/", include("besoins.urls")),
    path(route_in_active_language("achats/"), include("achats.urls")),
    path("", include("observatoire.urls")),
    path("", include("search.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

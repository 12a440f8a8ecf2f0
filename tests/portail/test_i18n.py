import re

import pytest

from django.test import RequestFactory
from django.utils import translation

from portail.views import server_error

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "accept_language, expected",
    [
        ("es-ES,es;q=0.9", "/es/"),
        ("en-GB,en;q=0.8", "/en/"),
        ("fr-FR", "/fr/"),
        ("de-DE", "/fr/"),
        ("", "/fr/"),
    ],
)
def test_root_redirects_to_the_best_language(client, site_tree, accept_language, expected):
    response = client.get("/", headers={"accept-language": accept_language})
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.parametrize(
    "language, path", [("fr", "/fr/se-former/"), ("en", "/en/learn/"), ("es", "/es/formarse/")]
)
def test_each_page_declares_its_language_and_its_translations(client, site_tree, language, path):
    html = client.get(path).content.decode()

    assert f'<html lang="{language}">' in html
    alternates = dict(re.findall(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)">', html))
    assert alternates == {
        "fr": "http://testserver/fr/se-former/",
        "x-default": "http://testserver/fr/se-former/",
        "en": "http://testserver/en/learn/",
        "es": "http://testserver/es/formarse/",
    }


def test_language_switcher_lands_on_the_translated_page(client, site_tree):
    html = client.get("/fr/se-former/").content.decode()
    switcher = html[html.index('class="language-switcher"') :]
    switcher = switcher[: switcher.index("</nav>")]

    assert '<a href="/fr/se-former/" lang="fr" hreflang="fr" aria-current="true">Français</a>' in switcher
    assert '<a href="/en/learn/" lang="en" hreflang="en">English</a>' in switcher
    assert '<a href="/es/formarse/" lang="es" hreflang="es">Español</a>' in switcher


def test_screens_that_are_not_pages_switch_language_too(client, site_tree):
    html = client.get("/es/accounts/login/").content.decode()

    assert '<html lang="es">' in html
    assert 'href="/en/accounts/login/"' in html and 'href="/fr/accounts/login/"' in html


@pytest.mark.parametrize(
    "path, title",
    [
        ("/fr/nulle-part/", "Page introuvable"),
        ("/en/nowhere/", "Page not found"),
        ("/es/ninguna/", "Página no encontrada"),
    ],
)
def test_404_page_is_in_the_visitors_language(client, site_tree, path, title):
    response = client.get(path)

    assert response.status_code == 404
    assert f"<h1>{title}</h1>" in response.content.decode()


@pytest.mark.parametrize(
    "language, title",
    [
        ("fr", "Un problème est survenu de notre côté"),
        ("en", "Something went wrong on our side"),
        ("es", "Algo ha fallado por nuestra parte"),
    ],
)
def test_500_page_is_in_the_visitors_language(language, title):
    with translation.override(language):
        response = server_error(RequestFactory().get(f"/{language}/"))

    html = response.content.decode()
    assert response.status_code == 500
    assert f'<html lang="{language}">' in html and title in html


def test_french_is_the_default_language(client, site_tree):
    html = client.get("/fr/").content.decode()
    assert "Aller au contenu principal" in html


def test_404_page_announces_no_translations(client, site_tree):
    html = client.get("/fr/nulle-part/").content.decode()
    assert 'rel="alternate"' not in html


def test_the_language_people_read_in_is_remembered_for_the_next_visit(client, site_tree):
    """The page's script writes the cookie (static/js/language.js): the page itself sets none, so that
    caches may keep it for everyone."""
    response = client.get("/es/formarse/")
    assert not response.cookies
    assert "js/language.js" in response.content.decode()

    client.cookies["django_language"] = "es"  # as the script writes it
    response = client.get("/", headers={"accept-language": "fr-FR"})
    assert response["Location"] == "/es/"

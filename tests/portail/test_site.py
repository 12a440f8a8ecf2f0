import re

import pytest

pytestmark = pytest.mark.django_db


def test_the_sitemap_lists_the_pages_of_every_language(client, site_tree):
    xml = client.get("/sitemap.xml").content.decode()

    locations = set(re.findall(r"<loc>([^<]+)</loc>", xml))
    assert locations == {
        "http://testserver/fr/",
        "http://testserver/fr/se-former/",
        "http://testserver/en/",
        "http://testserver/en/learn/",
        "http://testserver/es/",
        "http://testserver/es/formarse/",
    }


def test_unpublished_pages_stay_out_of_the_sitemap(client, site_tree):
    site_tree.page["es"].unpublish()
    assert "/es/formarse/" not in client.get("/sitemap.xml").content.decode()


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_the_admin(client):
    body = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_health_check_answers_when_the_database_answers(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "no-cache" in response["Cache-Control"]

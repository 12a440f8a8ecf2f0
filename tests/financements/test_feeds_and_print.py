import datetime
import re

import pytest

from django.utils import timezone

from tests.financements.factories import FundingSchemePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def closing_call(guide):
    today = timezone.localdate()
    call = FundingSchemePageFactory(
        parent=guide,
        title="Appel numérique 2027",
        slug="appel-2027",
        permanent=False,
        opens_on=today - datetime.timedelta(days=10),
        closes_on=today + datetime.timedelta(days=12),
    )
    call.save_revision().publish()
    return call


def test_rss_feed_lists_new_and_closing_soon_schemes_but_not_closed_ones(client, schemes, closing_call):
    response = client.get("/fr/financements/feed/")

    xml = response.content.decode()
    titles = re.findall(r"<item><title>([^<]+)</title>", xml)
    assert response["Content-Type"].startswith("application/rss+xml")
    assert any(title.startswith("Appel numérique 2027 (clôture le ") for title in titles)
    assert "Mofwazaj Dijital" in titles
    assert not any("Low Tech" in title for title in titles)
    assert "<link>http://testserver/fr/financements/appel-2027/</link>" in xml


def test_feeds_exist_per_language_and_in_atom(client, schemes):
    english = client.get("/en/funding/feed/").content.decode()
    assert "<title>Mofwazaj Dijital (digital grant)</title>" in english
    atom = client.get("/fr/financements/feed/atom/")
    assert atom["Content-Type"].startswith("application/atom+xml")


def test_schemes_published_long_ago_leave_the_feed_unless_closing_soon(client, schemes):
    old = timezone.now() - datetime.timedelta(days=200)
    schemes["loan"].__class__.objects.filter(pk=schemes["loan"].pk).update(first_published_at=old)

    xml = client.get("/fr/financements/feed/").content.decode()

    assert "Prêt numérique" not in xml


def test_the_guide_announces_its_feeds(client, schemes):
    html = client.get("/fr/financements/").content.decode()
    assert 'type="application/rss+xml"' in html and 'href="/fr/financements/feed/"' in html


def test_printable_guide_lists_every_open_scheme_with_how_to_apply(client, schemes, closing_call):
    html = client.get("/fr/financements/imprimer/").content.decode()

    titles = re.findall(r"<h2>([^<]+) <span", html)
    assert titles == ["Appel numérique 2027", "Aide du Nord", "Mofwazaj Dijital", "Prêt numérique"]
    assert "4 dispositifs ouverts le" in html
    assert "Déposez votre demande." in html
    assert "http://testserver/fr/financements/mofwazaj-dijital/" in html

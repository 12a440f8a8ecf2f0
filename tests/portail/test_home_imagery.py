"""The home page's illustrations: shipped with the project, credited, sized (no layout shift), described."""

import re
from pathlib import Path

import pytest

from django.conf import settings

pytestmark = pytest.mark.django_db

ILLUSTRATIONS = Path(settings.BASE_DIR) / "static" / "img" / "illustrations"


def test_every_illustration_is_credited_under_an_open_licence():
    credits = (ILLUSTRATIONS / "CREDITS.md").read_text()

    assert "Licence Ouverte" in credits
    assert all(f"`{svg.name}`" in credits for svg in ILLUSTRATIONS.glob("*.svg"))


@pytest.mark.parametrize("language", ["fr", "en", "es"])
def test_the_home_page_shows_sized_illustrations_described_or_marked_decorative(client, site_tree, language):
    html = client.get(f"/{language}/").content.decode()

    images = re.findall(r'<img [^>]*src="/static/img/illustrations/[^"]+"[^>]*>', html)
    assert len(images) == 4
    assert all(re.search(r'width="\d+" height="\d+"', image) for image in images)
    assert 'alt=""' in images[0]  # the island beside the heading: decorative
    assert all(re.search(r'alt="[^"]{20,}"', image) for image in images[1:])
    assert all('loading="lazy"' in image for image in images[1:])  # below the first screen

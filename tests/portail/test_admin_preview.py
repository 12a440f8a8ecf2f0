"""The admin's preview side panel frames the page being edited: only preview responses may be
framed, and only by the site itself."""

import pytest

from tests.utils import signed_in

pytestmark = pytest.mark.django_db


def framed_by_the_site(response) -> bool:
    csp = response["Content-Security-Policy"]
    return (
        "frame-ancestors 'self'" in csp
        and "frame-ancestors 'none'" not in csp
        and response["X-Frame-Options"] == "SAMEORIGIN"
    )


def test_the_preview_of_a_page_can_be_framed_by_the_admin(client, site_tree, editor):
    page = site_tree.page["fr"]
    revision = page.save_revision()
    client = signed_in(client, editor)

    panel = client.get(f"/admin/pages/{page.pk}/edit/preview/?in_preview_panel=true")
    response = client.get(f"/admin/pages/{page.pk}/revisions/{revision.pk}/view/")

    assert response.status_code == 200 and "Trouvez une formation." in response.content.decode()
    assert framed_by_the_site(panel) and framed_by_the_site(response)
    # The page keeps the policy it has on the public site (its styles and scripts come from the site).
    assert "style-src 'self'" in response["Content-Security-Policy"]


def test_a_page_with_its_own_policy_keeps_it_in_the_preview(client, map_page, editor):
    revision = map_page.save_revision()

    response = signed_in(client, editor).get(f"/admin/pages/{map_page.pk}/revisions/{revision.pk}/view/")

    assert response.status_code == 200 and framed_by_the_site(response)


def test_other_admin_screens_and_the_public_pages_cannot_be_framed(client, site_tree, editor):
    page = site_tree.page["fr"]
    client = signed_in(client, editor)

    for response in (client.get(f"/admin/pages/{page.pk}/edit/"), client.get(page.url)):
        assert "frame-ancestors 'none'" in response["Content-Security-Policy"]
        assert response["X-Frame-Options"] == "DENY"

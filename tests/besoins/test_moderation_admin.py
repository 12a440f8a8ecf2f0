"""CTM moderators publish or reject needs in the Wagtail admin (the group made by besoins/0002)."""

import pytest

from django.core import mail

from besoins.models import Need
from tests.besoins.factories import NeedFactory, provider_in
from tests.utils import signed_in, staff

pytestmark = pytest.mark.django_db


def test_a_moderator_publishes_and_the_matching_provider_is_told(client):
    moderator = staff(groups=["Buyers' needs moderators"])
    provider = provider_in("developpement", name="Mango Labs")
    need = NeedFactory(title="Site de la médiathèque")
    signed_in(client, moderator)

    assert "Site de la médiathèque" in client.get("/admin/besoins/").content.decode()
    assert client.post(f"/admin/besoins/{need.pk}/", {"action": "reject", "message": ""}).status_code == 302
    assert Need.objects.get().status == "pending"  # a rejection needs its reason
    client.post(f"/admin/besoins/{need.pk}/", {"action": "publish", "message": ""})

    assert Need.objects.get().status == "published"
    assert provider.user.email in [email.to[0] for email in mail.outbox]


def test_other_staff_cannot_moderate(client):
    editor = staff(groups=["Editors"])
    need = NeedFactory()
    signed_in(client, editor)

    page = client.get(f"/admin/besoins/{need.pk}/")
    assert (page.status_code, page.get("Location")) == (302, "/admin/")  # Wagtail's « permission denied »
    client.post(f"/admin/besoins/{need.pk}/", {"action": "publish"})
    assert Need.objects.get().status == "pending"

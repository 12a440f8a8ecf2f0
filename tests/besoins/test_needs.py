"""A buyer posts a need, a moderator publishes or rejects it, providers answer, the buyer closes it
through its signed link."""

import datetime

import pytest

from django.core import mail, signing
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from besoins import links, services
from besoins.models import Need, Proposal
from tests.besoins.factories import NeedFactory, provider_in

pytestmark = pytest.mark.django_db

FORM = {
    "title": "Site web de la médiathèque",
    "description": "Un site accessible, géré par nos agents, avec l'agenda des animations.",
    "category": "developpement",
    "budget": "5k-20k",
    "commune": "le lamentin",
    "buyer_kind": "commune",
    "organisation": "Mairie du Lamentin",
    "email": "acheteur@example.org",
    "consent": "on",
    "captcha_0": "x",
    "captcha_1": "PASSED",
    "submission_key": "0c7f7f83-8a3f-4a6c-8f4e-3b9a0d6a1b2c",
}


def post_need(client, **changes):
    data = {**FORM, "deadline": (timezone.localdate() + datetime.timedelta(days=20)).isoformat(), **changes}
    return client.post(reverse("besoins:post"), data)


def test_a_need_is_stored_pending_and_the_buyer_gets_its_link(client):
    response = post_need(client)

    need = Need.objects.get()
    assert (need.status, need.commune.name, need.language) == ("pending", "Le Lamentin", "fr")
    # The same link as the e-mail's, signed in the same second or the next: its token names the need.
    assert response.status_code == 302 and response.url.startswith("/fr/besoins/suivi/")
    assert links.need_from_token(response.url.rstrip("/").rsplit("/", 1)[1]) == (need, "")
    assert [email.to for email in mail.outbox] == [["acheteur@example.org"]]
    sent = next(line for line in mail.outbox[0].body.splitlines() if "/suivi/" in line)
    assert links.need_from_token(sent.rstrip("/").rsplit("/", 1)[1]) == (need, "")


def test_the_same_form_sent_twice_makes_one_need(client):
    post_need(client)
    second = post_need(client)

    assert Need.objects.count() == 1
    assert second.url == links.tracking_url(Need.objects.get(), absolute=False)
    assert len(mail.outbox) == 1


def test_errors_keep_what_was_typed_and_a_past_deadline_is_refused(client):
    response = post_need(client, deadline="2020-01-01", consent="", title="Écran tactile à l'école")

    assert response.status_code == 400
    assert "Choose a date after today." in response.content.decode() or "aujourd" in response.content.decode()
    assert "Écran tactile à l&#x27;école" in response.content.decode()
    assert not Need.objects.exists()


def test_robots_and_floods_are_refused(client):
    assert post_need(client, website="http://spam.example").status_code == 400
    for number in range(5):
        post_need(client, submission_key=f"0c7f7f83-8a3f-4a6c-8f4e-3b9a0d6a1b{number:02d}")
    assert post_need(client, submission_key="0c7f7f83-8a3f-4a6c-8f4e-3b9a0d6a1bff").status_code == 400
    assert Need.objects.count() == 4  # the robot's attempt counted too


def test_moderation_states(moderator):
    need = NeedFactory(status="draft")
    with pytest.raises(PermissionDenied):
        services.transition(need, "publish", by="buyer")
    services.transition(need, "submit", by="buyer")
    with pytest.raises(ValidationError):
        services.transition(need, "close", by="buyer")  # not published yet
    with pytest.raises(ValidationError):
        services.transition(need, "reject", by="moderator", user=moderator)  # a reason is needed
    services.transition(need, "publish", by="moderator", user=moderator)
    with pytest.raises(ValidationError):
        services.transition(need, "reject", by="moderator", user=moderator, message="Trop tard")
    services.transition(need, "close", by="buyer")
    need.refresh_from_db()
    assert (need.status, need.chosen) == ("closed", None)


def test_a_rejected_need_tells_the_buyer_why(moderator, client):
    need = NeedFactory()
    services.transition(need, "reject", by="moderator", user=moderator, message="Ceci est une publicité.")

    assert "Ceci est une publicité." in mail.outbox[-1].body
    assert "Ceci est une publicité." in client.get(links.tracking_url(need, absolute=False)).content.decode()


def test_a_forged_link_is_a_404_and_an_expired_one_a_410(client, settings):
    need = NeedFactory()
    url = links.tracking_url(need, absolute=False)
    assert client.get(url).status_code == 200
    assert client.get(url[:-3] + "abc/").status_code == 404
    other = signing.dumps(need.pk, salt="guichet.tracking")  # signed, but for something else
    assert client.get(reverse("besoins:track", args=[other])).status_code == 404

    settings.BUYER_NEED_LINK_DAYS = 0
    assert client.get(url).status_code in (200, 410)  # same second: not yet older than 0 days
    settings.BUYER_NEED_LINK_DAYS = 30
    need.delete()  # retention
    response = client.get(url)
    assert response.status_code == 410
    assert "expired" in response.content.decode() or "expiré" in response.content.decode()


def test_an_old_link_has_expired(client, settings, monkeypatch):
    need = NeedFactory()
    url = links.tracking_url(need, absolute=False)
    later = datetime.datetime.now(datetime.UTC).timestamp() + 31 * 86400
    settings.BUYER_NEED_LINK_DAYS = 30
    monkeypatch.setattr(signing.time, "time", lambda: later)

    assert client.get(url).status_code == 410


def test_two_providers_answer_the_buyer_asks_and_closes_with_one(client, moderator):
    need = NeedFactory()
    services.transition(need, "publish", by="moderator", user=moderator)
    first = provider_in("developpement", name="Mango Labs")
    second = provider_in("developpement", name="Zouk Web")
    for provider, text in ((first, "Site Wagtail en 6 semaines."), (second, "Site statique, 4 semaines.")):
        client.force_login(provider.user)
        response = client.post(reverse("besoins:provider_need", args=[need.pk]), {"text": text})
        assert response.status_code == 302
    client.logout()
    url = links.tracking_url(need, absolute=False)
    page = client.get(url).content.decode()
    assert "Site Wagtail en 6 semaines." in page and "Site statique, 4 semaines." in page

    proposal = Proposal.objects.get(provider=first)
    client.post(url, {"proposal": proposal.pk, "text": "Hébergement compris ?"})
    question = proposal.questions.get()
    assert mail.outbox[-1].to == [first.user.email]
    client.force_login(first.user)
    own_page = reverse("besoins:provider_need", args=[need.pk])
    client.post(own_page, {"question": question.pk, "text": "Oui, un an."})
    question.refresh_from_db()
    assert question.answer == "Oui, un an." and mail.outbox[-1].to == [need.email]
    client.logout()

    client.post(url, {"close": "1", "chosen": str(proposal.pk)})
    need.refresh_from_db()
    assert (need.status, need.chosen) == ("closed", proposal)
    assert "Mango Labs" in client.get(url).content.decode()


def test_a_provider_sees_only_its_own_proposal_and_cannot_answer_an_unpublished_need(client, moderator):
    pending = NeedFactory(title="Pas encore publié")
    need = services.transition(NeedFactory(), "publish", by="moderator", user=moderator)
    mine, other = provider_in("developpement"), provider_in("developpement")
    services.save_proposal(need, other, "Proposition secrète de l'autre prestataire.")
    other_question = services.ask_question(Proposal.objects.get(provider=other), "Délai ?")
    client.force_login(mine.user)

    assert client.get(reverse("besoins:provider_need", args=[pending.pk])).status_code == 404
    pending_page = reverse("besoins:provider_need", args=[pending.pk])
    assert client.post(pending_page, {"text": "Moi !"}).status_code == 404
    page = client.get(reverse("besoins:provider_need", args=[need.pk])).content.decode()
    assert "Proposition secrète" not in page and need.email not in page
    page_url = reverse("besoins:provider_need", args=[need.pk])
    client.post(page_url, {"question": other_question.pk, "text": "Intrus"})
    other_question.refresh_from_db()
    assert other_question.answer == ""
    with pytest.raises(ValidationError):
        services.save_proposal(pending, mine, "Moi !")
    assert not Proposal.objects.filter(provider=mine).exists()


def test_closed_and_rejected_needs_go_after_the_retention(settings):
    settings.BUYER_NEED_RETENTION_DAYS = 365
    old = timezone.now() - datetime.timedelta(days=400)
    NeedFactory(status="closed", closed_at=old)
    NeedFactory(status="rejected", closed_at=old)
    kept = NeedFactory(status="closed", closed_at=timezone.now())

    assert services.purge_needs() == 2
    assert list(Need.objects.all()) == [kept]

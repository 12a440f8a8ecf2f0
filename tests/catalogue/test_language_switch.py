import pytest

from tests.catalogue.factories import TrainingProviderFactory

pytestmark = pytest.mark.django_db


def test_switching_language_keeps_the_screen_and_the_filters(client, catalogue):
    TrainingProviderFactory(name="AWITEC", slug="awitec")

    provider_page = client.get("/fr/formations/organismes/awitec/").content.decode()
    listing = client.get("/fr/formations/?niveau=5&rythme=apprentissage").content.decode()

    assert 'href="/en/courses/providers/awitec/"' in provider_page
    assert 'hreflang="es" href="http://testserver/es/cursos/organismos/awitec/"' in provider_page
    assert 'href="/es/cursos/?niveau=5&amp;rythme=apprentissage"' in listing

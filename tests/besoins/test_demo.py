import pytest

from besoins.models import Need
from demo import besoins as demo_besoins
from label.models import Provider

pytestmark = pytest.mark.django_db


def test_the_demo_loads_once():
    assert demo_besoins.demo_load() is True
    assert Provider.objects.count() == 3
    assert list(Need.objects.order_by("status").values_list("status", flat=True)) == ["pending", "published"]
    assert demo_besoins.demo_load() is False

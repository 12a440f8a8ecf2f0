import pytest
from django_q.brokers import get_broker
from django_q.brokers.orm import ORM
from django_q.models import Success
from django_q.signing import SignedPackage
from django_q.tasks import async_task, fetch

pytestmark = pytest.mark.django_db


def test_tests_run_tasks_synchronously():
    task_id = async_task("math.floor", 2.7)

    task = fetch(task_id)
    assert task.success and task.result == 2
    assert Success.objects.filter(id=task_id).exists()


def test_the_broker_is_the_database_even_when_redis_is_set():
    """A job is stored with the data it works on: a Redis outage loses none (issue 19)."""
    broker = get_broker()

    assert isinstance(broker, ORM)
    assert broker.ping()


def test_a_task_goes_through_the_real_broker_and_comes_back():
    broker = get_broker("portail-test-queue")
    broker.purge_queue()
    broker.enqueue(SignedPackage.dumps({"id": "t1", "func": "math.floor", "args": (1.5,)}))

    [(ack_id, payload)] = broker.dequeue()
    broker.acknowledge(ack_id)

    assert SignedPackage.loads(payload)["args"] == (1.5,)
    assert broker.queue_size() == 0

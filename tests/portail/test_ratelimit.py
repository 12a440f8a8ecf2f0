"""The visitor's address behind trusted reverse proxies, and the rate-limit bucket it gives."""

import ipaddress

import pytest
from allauth.account.adapter import get_adapter

from django.test import RequestFactory

from portail.ratelimit import client_ip, client_key, hit


def request(remote_addr="203.0.113.7", forwarded=None):
    headers = {"REMOTE_ADDR": remote_addr}
    if forwarded is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **headers)


@pytest.fixture
def proxies(settings):
    def configure(count=0, networks=()):
        settings.TRUSTED_PROXY_COUNT = count
        settings.TRUSTED_PROXY_NETWORKS = [ipaddress.ip_network(cidr) for cidr in networks]

    configure()
    return configure


@pytest.mark.parametrize("forwarded", [None, "198.51.100.1", "198.51.100.1, 198.51.100.2", "garbage"])
def test_without_a_trusted_proxy_the_header_never_changes_the_address(proxies, forwarded):
    assert client_ip(request(forwarded=forwarded)) == "203.0.113.7"
    assert client_key(request(forwarded=forwarded)) == client_key(request())


@pytest.mark.parametrize(
    ("count", "forwarded", "expected"),
    [
        (1, "192.0.2.50", "192.0.2.50"),
        (1, "6.6.6.6, 192.0.2.50", "192.0.2.50"),  # the visitor's own header is not believed
        (2, "6.6.6.6, 192.0.2.50, 10.0.0.2", "192.0.2.50"),
        (2, "192.0.2.50", "192.0.2.50"),  # fewer entries than proxies: the last one given
        (1, None, "10.0.0.1"),  # no header: the proxy itself
        (1, " 192.0.2.50 ", "192.0.2.50"),
    ],
)
def test_a_proxy_count_reads_the_header_from_the_right(proxies, count, forwarded, expected):
    proxies(count=count)
    assert client_ip(request("10.0.0.1", forwarded)) == expected


def test_a_proxy_count_trusts_a_unix_socket_peer(proxies):
    proxies(count=1)
    assert client_ip(request("", "192.0.2.50")) == "192.0.2.50"


@pytest.mark.parametrize(
    ("remote_addr", "forwarded", "expected"),
    [
        ("10.0.0.1", "192.0.2.50", "192.0.2.50"),
        ("10.0.0.1", "6.6.6.6, 192.0.2.50, 10.0.0.9, 10.1.2.3", "192.0.2.50"),  # past every proxy
        ("10.0.0.1", "10.0.0.3, 10.0.0.2", "10.0.0.3"),  # only proxies: the outermost
        ("203.0.113.7", "192.0.2.50", "203.0.113.7"),  # the peer is no proxy: header ignored
        ("", "192.0.2.50", ""),  # a unix socket is in no network
    ],
)
def test_proxy_networks_skip_the_trusted_hops(proxies, remote_addr, forwarded, expected):
    proxies(networks=["10.0.0.0/8"])
    assert client_ip(request(remote_addr, forwarded)) == expected


def test_a_count_and_networks_together_need_both(proxies):
    proxies(count=1, networks=["10.0.0.0/8"])
    assert client_ip(request("10.0.0.1", "192.0.2.50, 10.0.0.2")) == "10.0.0.2"
    assert client_ip(request("203.0.113.7", "192.0.2.50")) == "203.0.113.7"


@pytest.mark.parametrize(
    ("forwarded", "expected"),
    [
        ("not-an-address", "10.0.0.1"),
        ("", "10.0.0.1"),
        ("192.0.2.50, 999.1.1.1", "10.0.0.1"),
        ("192.0.2.50:4711", "10.0.0.1"),
        ("192.0.2.50, garbage, 10.0.0.2", "10.0.0.2"),  # the last valid trusted hop
    ],
)
def test_garbage_in_the_header_falls_back_to_the_last_valid_hop(proxies, forwarded, expected):
    proxies(networks=["10.0.0.0/8"])
    assert client_ip(request("10.0.0.1", forwarded)) == expected


def test_addresses_are_normalised(proxies):
    proxies(count=1)
    assert client_ip(request("10.0.0.1", "2001:DB8:0:0::1")) == "2001:db8::1"
    assert client_ip(request("10.0.0.1", "::ffff:192.0.2.50")) == "192.0.2.50"
    assert client_key(request("::ffff:192.0.2.50")) == client_key(request("192.0.2.50"))


def test_ipv6_visitors_share_a_bucket_per_64(proxies):
    same_prefix = {client_key(request(f"2001:db8:1:2::{n:x}")) for n in range(1, 50)}
    assert len(same_prefix) == 1
    assert client_key(request("2001:db8:1:3::1")) not in same_prefix
    assert client_key(request("192.0.2.1")) != client_key(request("192.0.2.2"))


def test_the_key_holds_no_address(proxies):
    key = client_key(request("192.0.2.50"))
    assert "192" not in key and len(key) == 32


def test_visitors_behind_the_same_proxy_have_their_own_limit(proxies):
    proxies(count=1)
    first, second = request("10.0.0.1", "192.0.2.50"), request("10.0.0.1", "192.0.2.51")
    assert [hit("test", first, limit=2, window_seconds=60) for _ in range(3)] == [False, False, True]
    assert not hit("test", second, limit=2, window_seconds=60)


def test_allauth_rate_limits_see_the_same_visitor(proxies):
    proxies(count=1)
    assert get_adapter().get_client_ip(request("10.0.0.1", "6.6.6.6, 192.0.2.50")) == "192.0.2.50"

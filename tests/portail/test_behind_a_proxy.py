"""Through a reverse proxy in front of gunicorn: each visitor has their own rate limit.

The proxy appends the address of the connection to X-Forwarded-For, as nginx's
`$proxy_add_x_forwarded_for` does; visitors are told apart by their source address on the
loopback (127.0.0.2, 127.0.0.3), and one of them sends a forged X-Forwarded-For of its own.
"""

import html
import http.client
import os
import re
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlencode, urlsplit

import pytest

from django.db import connection

from portail.settings.env import BASE_DIR, VARIABLES

HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "proxy-connection", "upgrade", "te"}
CORRECTION = "/fr/tiers-lieux/vanlab/corriger/"
LIMITED = "Trop de corrections"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def reverse_proxy(upstream_port):
    """A one-hop TLS-terminating proxy, on a free port of 127.0.0.1, to gunicorn."""

    class Forward(BaseHTTPRequestHandler):
        def do_GET(self):
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_BY_HOP}
            forwarded = self.headers.get("X-Forwarded-For")
            client = self.client_address[0]
            headers["X-Forwarded-For"] = f"{forwarded}, {client}" if forwarded else client
            headers["X-Forwarded-Proto"] = "https"
            upstream = http.client.HTTPConnection("127.0.0.1", upstream_port, timeout=10)
            upstream.request(self.command, self.path, body=body, headers=headers)
            response = upstream.getresponse()
            content = response.read()
            self.send_response(response.status)
            for name, value in response.getheaders():
                if name.lower() not in HOP_BY_HOP | {"content-length"}:
                    self.send_header(name, value)
            self.send_header("Content-Length", str(len(content)))
            self.end_headers()
            self.wfile.write(content)
            upstream.close()

        do_POST = do_GET

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Forward)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def database_url(tmp_path):
    """The test database, for the server: PostgreSQL's as it is, SQLite's in memory copied to a file."""
    if connection.vendor == "sqlite":
        path = tmp_path / "site.sqlite3"
        connection.ensure_connection()
        copy = sqlite3.connect(path)
        connection.connection.backup(copy)
        copy.close()
        return f"sqlite:///{path}"
    return urlsplit(os.environ["DATABASE_URL"])._replace(path=f"/{connection.settings_dict['NAME']}").geturl()


@pytest.fixture
def gunicorn(tmp_path):
    schema = {variable.name for variable in VARIABLES}
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k not in schema}
    env |= {
        "DJANGO_SETTINGS_MODULE": "tests.portail.server_settings",
        "SECRET_KEY": "k3y-for-the-proxy-test-2b8d6c0e5f3a1b9d7c5e3f1a0b8d6c4e2f0a7c1f4e9a",
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": database_url(tmp_path),
        "STATIC_ROOT": str(tmp_path),
        "BEHIND_TLS_PROXY": "true",
        "TRUSTED_PROXY_COUNT": "1",
    }
    command = [sys.executable, "-m", "gunicorn", "portail.wsgi", "--bind", f"127.0.0.1:{port}"]
    server = subprocess.Popen(command, cwd=BASE_DIR, env=env, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while server.poll() is None and time.monotonic() < deadline:
        try:
            health = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
            health.request("GET", "/healthz")
            if health.getresponse().status == 200:
                break
        except OSError:
            time.sleep(0.05)
    else:
        server.kill()
        pytest.fail(f"gunicorn did not start: {server.communicate()[1]}")
    yield port
    server.terminate()
    server.wait(timeout=10)


class Visitor:
    """A browser on its own loopback address, speaking to the proxy."""

    def __init__(self, address, port):
        self.address, self.port = address, port

    def request(self, method, path, body=None, headers=None):
        browser = http.client.HTTPConnection(
            "127.0.0.1", self.port, timeout=10, source_address=(self.address, 0)
        )
        browser.request(method, path, body=body, headers=headers or {})
        response = browser.getresponse()
        page = response.read().decode()
        browser.close()
        assert response.status in (200, 400), (response.status, page[:500])
        return response, page

    def open_form(self):
        response, page = self.request("GET", CORRECTION)
        self.cookie = re.search(r"csrftoken=([^;]+)", response.getheader("Set-Cookie")).group(1)
        self.token = html.unescape(re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1))

    def send_correction(self, forged=None):
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": f"csrftoken={self.cookie}",
            "Origin": f"https://127.0.0.1:{self.port}",
        }
        if forged:
            headers["X-Forwarded-For"] = forged
        body = urlencode({"csrfmiddlewaretoken": self.token, "message": "Fermé le lundi."})
        return self.request("POST", CORRECTION, body, headers)[1]


# serialized_rollback: the migrations' data (locales, communes…) come back first, whatever ran before
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_visitor_over_the_limit_does_not_block_the_others_behind_the_proxy(places, gunicorn):
    proxy = reverse_proxy(gunicorn)
    port = proxy.server_address[1]
    try:
        first, second = Visitor("127.0.0.2", port), Visitor("127.0.0.3", port)
        first.open_form()
        second.open_form()
        for attempt in range(5):  # a forged header does not give a fresh allowance
            assert LIMITED not in first.send_correction(forged=f"198.51.100.{attempt}")
        assert LIMITED in first.send_correction(forged="198.51.100.99")

        assert LIMITED not in second.send_correction()
    finally:
        proxy.shutdown()
        proxy.server_close()

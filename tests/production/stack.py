"""The services of the production check, each started on a free local port and stopped on exit.

A PostgreSQL database of its own, a throwaway redis-server, a small SMTP server (tests/smtp_server.py),
gunicorn with the production settings and a django-q2 worker. Every process runs in its own
process group, stopped by its id, whatever happens; then the database is dropped.
"""

import contextlib
import http.client
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psycopg

from portail.settings.env import VARIABLES
from tests.smtp_server import SMTPServer, dead_port

ROOT = Path(__file__).resolve().parents[2]
POSTGRES = os.environ.get("PRODUCTION_CHECK_POSTGRES", "postgres://postgres@127.0.0.1:5432")
# The database's name is this prefix and the process id (PRODUCTION_CHECK_DATABASE_PREFIX).
free_port = dead_port  # a port nobody listens on is a free port


def wait_for(condition, seconds: float, what: str, step: float = 0.1):
    """Poll `condition` until it returns something true; raise TimeoutError after `seconds`."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if result := condition():
            return result
        time.sleep(step)
    raise TimeoutError(f"{what}: not within {seconds} s")


class Stack(contextlib.ExitStack):
    def __init__(self):
        super().__init__()
        self.tmp = Path(self.enter_context(tempfile.TemporaryDirectory(prefix="production-check-")))
        prefix = os.environ.get("PRODUCTION_CHECK_DATABASE_PREFIX", "portail_prodcheck")
        self.database = f"{prefix}_{os.getpid()}"
        self.redis_port, self.smtp_port, self.web_port = free_port(), free_port(), free_port()
        self.smtp, self.received, self.processes = None, [], {}
        schema = {variable.name for variable in VARIABLES}
        self.env = {name: value for name, value in os.environ.items() if name not in schema}
        self.env |= {
            "DJANGO_SETTINGS_MODULE": "tests.production.settings",
            "SECRET_KEY": "production-check-throwaway-key-7f3a9c1e5b2d8f4a6c0e9b7d5f3a1c8e",
            "ALLOWED_HOSTS": "127.0.0.1",
            "DATABASE_URL": f"{POSTGRES}/{self.database}",
            "REDIS_URL": f"redis://127.0.0.1:{self.redis_port}/0",
            "EMAIL_URL": f"smtp://127.0.0.1:{self.smtp_port}",
            "SECURE_SSL_REDIRECT": "false",
            "BEHIND_TLS_PROXY": "true",  # the check speaks as the TLS proxy would: X-Forwarded-Proto
            "STATIC_ROOT": str(self.tmp / "static"),
            "MEDIA_ROOT": str(self.tmp / "media"),
            "PRIVATE_MEDIA_ROOT": str(self.tmp / "private"),
            "PYTHONWARNINGS": "ignore::RuntimeWarning",  # the captcha's test-mode warning, expected here
        }
        self.log = open(self.tmp / "services.log", "w")  # noqa: SIM115 (closed by the exit stack)
        self.callback(self.log.close)

    # The database

    def sql(self, query: str, *params, database=None):
        """One statement in autocommit; the rows when it returns any."""
        with psycopg.connect(f"{POSTGRES}/{database or self.database}", autocommit=True) as connection:
            cursor = connection.execute(query, params)
            return cursor.fetchall() if cursor.description else None

    def create_database(self):
        self.sql(f'CREATE DATABASE "{self.database}"', database="postgres")
        drop = f'DROP DATABASE IF EXISTS "{self.database}" WITH (FORCE)'
        self.callback(self.sql, drop, database="postgres")

    def manage(self, *args: str, env=None) -> str:
        command = [sys.executable, "manage.py", *args]
        done = subprocess.run(
            command, cwd=ROOT, env=self.env | (env or {}), capture_output=True, text=True, check=False
        )
        if done.returncode:
            raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{done.stderr[-3000:]}")
        return done.stdout

    # Processes

    def start(self, name: str, command: list[str], env=None):
        self.stop(name)
        self.processes[name] = subprocess.Popen(
            command,
            cwd=ROOT,
            env=self.env | (env or {}),
            stdout=self.log,
            stderr=self.log,
            start_new_session=True,
        )

    def stop(self, name: str, sig=signal.SIGTERM):
        process = self.processes.pop(name, None)
        if process is None:
            return
        if process.poll() is None:
            process.send_signal(sig)  # gunicorn's master and qcluster's sentinel stop their workers
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=10)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)  # whatever is left of its process group
        process.wait()

    def __exit__(self, *exc):
        for name in list(self.processes):  # before the database goes
            self.stop(name)
        self.stop_smtp()
        return super().__exit__(*exc)

    def start_redis(self):
        command = ["redis-server", "--port", str(self.redis_port), "--bind", "127.0.0.1"]
        self.start("redis", [*command, "--save", "", "--appendonly", "no"])
        wait_for(lambda: self.listening(self.redis_port), 10, "redis-server")

    def kill_redis(self):
        self.stop("redis", signal.SIGKILL)

    def start_web(self, env=None):
        command = [sys.executable, "-m", "gunicorn", "portail.wsgi", "--bind", f"127.0.0.1:{self.web_port}"]
        self.start("gunicorn", [*command, "--workers", "2", "--log-level", "warning"], env)
        wait_for(lambda: self.request("GET", "/healthz")[0] == 200, 30, "gunicorn")

    def start_worker(self):
        self.start("qcluster", [sys.executable, "manage.py", "qcluster"])

    def start_smtp(self):
        self.smtp = SMTPServer(self.smtp_port).__enter__()
        self.received.append(self.smtp.received)  # every server's messages, across restarts

    def stop_smtp(self):
        if self.smtp:
            self.smtp.__exit__(None, None, None)
            self.smtp = None

    def delivered_to(self, suffix: str) -> int:
        """Messages received by the SMTP server for recipients ending with `suffix`."""
        return sum(
            any(to.endswith(suffix) for to in envelope["to"])
            for received in self.received
            for envelope, _message in received
        )

    @staticmethod
    def listening(port: int) -> bool:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.5):
            return True
        return False

    def request(self, method: str, path: str, body=None, headers=None):
        """(status, headers, text) from gunicorn; (0, no headers, error) when the connection fails."""
        connection = http.client.HTTPConnection("127.0.0.1", self.web_port, timeout=30)
        try:
            connection.request(
                method, path, body=body, headers={"X-Forwarded-Proto": "https", **(headers or {})}
            )
            response = connection.getresponse()
            return response.status, response.headers, response.read().decode()
        except OSError as error:
            return 0, http.client.HTTPMessage(), repr(error)
        finally:
            connection.close()

    def log_tail(self, lines: int = 40) -> str:
        self.log.flush()
        return "\n".join((self.tmp / "services.log").read_text().splitlines()[-lines:])

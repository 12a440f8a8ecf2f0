"""Antivirus scan of uploaded bytes by clamd (ClamAV's daemon), when CLAMD_ADDRESS is set.

The INSTREAM command: "zINSTREAM\\0", then chunks each prefixed by their length (4 bytes, network
order), then a zero length; clamd answers "stream: OK" or "stream: <name> FOUND", ended by a NUL.
"""

import socket
import struct

from django.conf import settings

CHUNK_BYTES = 64 * 1024


class ScannerUnavailable(Exception):
    """clamd could not be reached, timed out or gave no verdict: the file must not be accepted."""


def scan(data: bytes) -> str | None:
    """The name of the virus clamd finds in `data`; None when clean or when no scanner is set."""
    if not settings.CLAMD_ADDRESS:
        return None
    try:
        with _connect(settings.CLAMD_ADDRESS) as connection:
            connection.sendall(b"zINSTREAM\0")
            for start in range(0, len(data), CHUNK_BYTES):
                chunk = data[start : start + CHUNK_BYTES]
                connection.sendall(struct.pack("!L", len(chunk)) + chunk)
            connection.sendall(struct.pack("!L", 0))
            reply = _read_reply(connection)
    except (OSError, ValueError) as error:  # refused, unreachable, timed out, reset; bad port
        raise ScannerUnavailable(f"clamd at {settings.CLAMD_ADDRESS}: {error}") from error
    if reply == "stream: OK":
        return None
    if reply.startswith("stream: ") and reply.endswith(" FOUND"):
        return reply.removeprefix("stream: ").removesuffix(" FOUND")
    raise ScannerUnavailable(f"clamd at {settings.CLAMD_ADDRESS} answered {reply!r}")


def _connect(address: str) -> socket.socket:
    """A Unix socket for a path ("/run/clamav/clamd.ctl"), TCP for "host:port"."""
    timeout = settings.CLAMD_TIMEOUT_SECONDS
    if address.startswith("/"):
        connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        connection.settimeout(timeout)
        try:
            connection.connect(address)
        except OSError:
            connection.close()
            raise
        return connection
    host, _colon, port = address.rpartition(":")
    return socket.create_connection((host.strip("[]"), int(port)), timeout=timeout)


def _read_reply(connection: socket.socket) -> str:
    reply = b""
    while not reply.endswith(b"\0") and len(reply) < 1024:
        received = connection.recv(1024)
        if not received:
            break
        reply += received
    return reply.rstrip(b"\0").decode("utf-8", "replace").strip()

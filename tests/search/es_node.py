"""A stand-in for an Elasticsearch node on a local port: it records every request the real client
sends and answers from a table, so tests read the request bodies and the order of the calls."""

import json
import socket
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, unquote, urlsplit


@dataclass
class Request:
    method: str
    path: str  # unquoted, without the query string
    params: dict[str, str]
    body: object  # the JSON sent; a list of JSON lines for _bulk


class Node:
    """`answers[(method, path prefix)]` is (status, body) or a function of the Request returning
    one; _bulk accepts every action but those whose id is in `refused` (or all if it holds "*") and
    those for an index in `missing`; anything else is acknowledged."""

    def __init__(self):
        self.requests: list[Request] = []
        self.answers: dict[tuple[str, str], object] = {}
        self.refused: set[str] = set()
        self.missing: set[str] = set()
        node = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def handle_one_request(self):
                self.raw_requestline = self.rfile.readline(65537)
                if not self.raw_requestline or not self.parse_request():
                    self.close_connection = True
                    return
                status, body = node.answer(self)
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("X-Elastic-Product", "Elasticsearch")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def answer(self, handler) -> tuple[int, object]:
        url = urlsplit(handler.path)
        raw = handler.rfile.read(int(handler.headers.get("Content-Length") or 0)).decode()
        if url.path.endswith("/_bulk"):
            body = [json.loads(line) for line in raw.splitlines() if line]
        else:
            body = json.loads(raw) if raw else None
        params = {key: values[0] for key, values in parse_qs(url.query).items()}
        request = Request(handler.command, unquote(url.path), params, body)
        self.requests.append(request)
        if request.path.endswith("/_bulk"):
            return 200, self.bulk(request.body)
        for (method, path), found in self.answers.items():
            if method == request.method and request.path.startswith(path):
                return found(request) if callable(found) else found
        return 200, {"acknowledged": True}

    def bulk(self, lines: list[dict]) -> dict:
        items = []
        for line in lines:
            if not line.keys() <= {"index", "create", "delete"}:
                continue  # a document's source
            operation, meta = next(iter(line.items()))
            result = {"_index": meta["_index"], "_id": meta["_id"], "status": 201}
            if meta["_index"] in self.missing:
                result.update(status=404, error={"type": "index_not_found_exception"})
            elif self.refused & {meta["_id"], "*"}:
                result.update(status=400, error={"type": "document_parsing_exception"})
            items.append({operation: result})
        return {"took": 1, "errors": any("error" in next(iter(i.values())) for i in items), "items": items}

    def sent(self, method: str, path: str = "") -> list[Request]:
        return [r for r in self.requests if r.method == method and r.path.startswith(path)]

    def close(self):
        self.server.shutdown()
        self.server.server_close()


class Refusing:
    """A local port that accepts connections and closes them unanswered, counting them: a cluster
    that cannot be reached (the client gets a connection error at once)."""

    def __init__(self):
        self.attempts = 0
        self.socket = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.socket.getsockname()[1]}"
        threading.Thread(target=self.serve, daemon=True).start()

    def serve(self):
        while True:
            try:
                connection, _address = self.socket.accept()
            except OSError:
                return
            self.attempts += 1
            connection.close()

    def close(self):
        self.socket.shutdown(socket.SHUT_RDWR)  # wakes accept()
        self.socket.close()

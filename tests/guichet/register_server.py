"""A local stand-in for the State's company register search API (recherche-entreprises.api.gouv.fr):
a real HTTP server in a thread, answering /search?q=<siret> with bodies shaped like the real API's."""

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

UNKNOWN = {"results": [], "total_results": 0, "page": 1, "per_page": 1, "total_pages": 0}


def establishment(siret, insee_code, town, naf, band="01", state="A"):
    return {
        "siret": siret,
        "activite_principale": naf,
        "adresse": f"1 RUE DE LA PLAGE 97200 {town}",
        "code_postal": "97200",
        "commune": insee_code,
        "libelle_commune": town,
        "est_siege": False,
        "etat_administratif": state,
        "tranche_effectif_salarie": band,
        "date_creation": "2019-05-02",
    }


def found(siret, *, name="TI KAZ CREOLE", naf="47.24Z", band="02", category="PME", **place):
    """The answer for a SIRET: its legal unit, whose head office is in Fort-de-France, and the
    establishment the SIRET designates (`place`: its insee_code, Le Lorrain by default, and state;
    the unit's legal_form)."""
    head_office = {
        **establishment(siret[:9] + "00017", "97209", "FORT-DE-FRANCE", naf, band),
        "est_siege": True,
    }
    unit = {
        "siren": siret[:9],
        "nom_complet": name,
        "nom_raison_sociale": name,
        "sigle": None,
        "nombre_etablissements": 2,
        "nombre_etablissements_ouverts": 2,
        "siege": head_office,
        "activite_principale": naf,
        "categorie_entreprise": category,
        "annee_categorie_entreprise": "2022",
        "date_creation": "2015-03-01",
        "etat_administratif": "A",
        "nature_juridique": place.get("legal_form", "5499"),
        "section_activite_principale": "G",
        "tranche_effectif_salarie": band,
        "annee_tranche_effectif_salarie": "2022",
        "matching_etablissements": [
            establishment(
                siret, place.get("insee_code", "97214"), "LE LORRAIN", naf, "01", place.get("state", "A")
            )
        ],
    }
    return {"results": [unit], "total_results": 1, "page": 1, "per_page": 1, "total_pages": 1}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        server = self.server
        url = urlsplit(self.path)
        query = parse_qs(url.query).get("q", [""])[0]
        server.queries.append(query)
        status, body, delay = server.answers.get(query, (200, UNKNOWN, 0))
        if delay:
            time.sleep(delay)
        payload = body if isinstance(body, bytes) else json.dumps(body).encode()
        try:
            self.send_response(status if url.path == "/search" else 404)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            step = 20 if query in server.trickle else len(payload)
            for start in range(0, len(payload), step):
                self.wfile.write(payload[start : start + step])
                self.wfile.flush()
                if query in server.trickle:
                    time.sleep(0.1)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up waiting (timeouts)
            pass

    def log_message(self, *args):
        pass


class RegisterServer:
    """`answers`: SIRET → (HTTP status, body (JSON-able or bytes), seconds to wait first);
    `queries`: what was asked, in order; `trickle`: SIRETs whose answer comes a few bytes at a time."""

    def __init__(self):
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.httpd.answers = {}
        self.httpd.queries = []
        self.httpd.trickle = set()  # SIRETs answered 20 bytes every 0.1 s
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    @property
    def answers(self) -> dict:
        return self.httpd.answers

    @property
    def queries(self) -> list:
        return self.httpd.queries

    @property
    def trickle(self) -> set:
        return self.httpd.trickle

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()

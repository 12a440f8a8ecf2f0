"""Search latency: our database engine against stock Wagtail search with one .facet() per facet.

Builds a synthetic corpus of N documents (every type, shown in three languages, 40 % of the
objects in French only) in a throwaway database: PostgreSQL when DATABASE_URL points to one (that
database is dropped and created again: give it a throwaway name), SQLite otherwise. The same rows
go into our SearchEntry index and into a model indexed by Wagtail's search backend. A fixed mix of
queries (text or none, filters, every facet counted) runs against both; each facet's baseline
counts come from one search with the other facets' filters and `.facet()`, as Wagtail offers.
On PostgreSQL the corpus is loaded by COPY (postings by one INSERT … SELECT), and a two-statement
SQL floor over the same postings is measured too (`floor`). The last line is JSON: documents,
engine, p50_ms, p95_ms, floor_p50_ms, floor_p95_ms, vs_floor_p95, baseline_p50_ms, baseline_p95_ms,
speedup_p95.

    DATABASE_URL=postgres://…/portail_search_bench python bench/search.py --documents 20000
    … --documents 1000000 --rounds 2 --baseline-rounds 1   (stock Wagtail is slow to fill at 1M)
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
URL = os.environ.get("DATABASE_URL", "")
if not URL.startswith("postgres"):
    URL = f"sqlite:///{Path(tempfile.mkdtemp()) / 'bench.sqlite3'}"
os.environ.update(DJANGO_SETTINGS_MODULE="portail.settings.dev", DATABASE_URL=URL, DEBUG="false")
os.environ.pop("ELASTICSEARCH_URL", None)

TEXTS = [
    "",
    "réseaux",
    "developpeur web",
    "cybersecurity",
    "ciberseguridad",
    "formation numerique",
    "",
    "aide",
]
FILTERS = [
    {},
    {"type": ["formation"]},
    {"type": ["formation"], "niveau": ["5", "6"]},
    {"region": ["martinique"], "modalite": ["presentiel"]},
    {"type": ["financement"], "beneficiaire": ["tpe"]},
    {"commune": ["97209", "97213"]},
]
QUERIES = [(TEXTS[i % len(TEXTS)], FILTERS[i % len(FILTERS)], ["fr", "en", "es"][i % 3]) for i in range(24)]


def prepare_database():
    if URL.startswith("postgres"):
        import psycopg

        name = URL.rsplit("/", 1)[1].split("?")[0]
        with psycopg.connect(URL.rsplit("/", 1)[0] + "/postgres", autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
            connection.execute(f'CREATE DATABASE "{name}"')
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput"], cwd=ROOT, check=True, capture_output=True
    )


def timed(function, rounds: int) -> list[float]:
    for text, filters, language in QUERIES:  # warm-up
        function(text, filters, language)
    times = []
    for _round in range(rounds):
        for text, filters, language in QUERIES:
            started = time.perf_counter()
            function(text, filters, language)
            times.append((time.perf_counter() - started) * 1000)
    return times


def percentiles(times):
    cuts = statistics.quantiles(times, n=100)
    return round(statistics.median(times), 1), round(cuts[94], 1)


def floor(cursor, text: str, filters: dict, language: str) -> None:
    """The two-statement SQL floor over the postings: one ranked query and one GROUPING SETS facet
    query, with every filter applied (no per-facet exclusion, no labels, no hit rows)."""
    from search.engines.conditions import rank_queries, raw_queries, text_config
    from search.engines.database import synonyms
    from search.query import parse

    where, params = ["locale = %s"], [language]
    clauses = parse(text, synonyms()) if text.strip() else []
    raw, ranking = raw_queries(clauses), rank_queries(clauses)
    if raw:
        arms = [
            f"(content_language = %s AND vector @@ to_tsquery('{text_config(code)}', %s))" for code in raw
        ]
        where.append("(" + " OR ".join(arms) + ")")
        params += [value for code, query in raw.items() for value in (code, query)]
    for key, values in filters.items():
        where.append("tokens && %s::text[]")
        params.append([f"{key}={value}" for value in values])
    condition = " AND ".join(where)
    ranks = " ".join(
        f"WHEN content_language = '{code}' THEN ts_rank(vector, to_tsquery('{text_config(code)}', %s))"
        for code in ranking
    )
    rank = f"CASE {ranks} ELSE 0 END * boost" if raw else "boost"
    table = "portail_search_searchposting"
    cursor.execute(
        f"SELECT id FROM {table} WHERE {condition} ORDER BY {rank} DESC, title, id LIMIT 20",
        [*params, *ranking.values()] if raw else params,
    )
    cursor.fetchall()
    cursor.execute(
        f"SELECT t, COUNT(*) FROM {table} CROSS JOIN LATERAL unnest(tokens) t "
        f"WHERE {condition} GROUP BY GROUPING SETS ((t), ())",
        params,
    )
    cursor.fetchall()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=20000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--baseline-rounds", type=int, help="stock Wagtail's rounds (0: not measured)")
    args = parser.parse_args()
    baseline_rounds = args.rounds if args.baseline_rounds is None else args.baseline_rounds
    prepare_database()
    import django

    django.setup()
    from modelsearch.query import MATCH_ALL

    from django.db import connection

    from bench.search_corpus import baseline_model, batches, copy_load, fill_baseline
    from portail.models import Commune
    from search.engines.database import DatabaseEngine
    from search.facets import FACETS
    from search.models import SearchEntry
    from search.query import SearchQuery

    postgres = connection.vendor == "postgresql"
    communes = list(Commune.objects.select_related("epci"))
    engine = DatabaseEngine()
    started = time.perf_counter()
    if postgres:  # COPY, then the postings computed by one INSERT … SELECT
        copy_load(args.documents, communes)
        how = "COPY + postings"
    else:
        for _count in engine.rebuild(batches(args.documents, communes)):
            pass
        how = "engine"
    load = time.perf_counter() - started
    documents = SearchEntry.objects.count()
    if postgres:
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
    print(f"{documents} documents loaded ({how}) in {load:.1f} s ({documents / load:.0f} documents/s)")
    # The searches on a new connection, as a web worker's: the one that loaded the corpus runs
    # them about 50 % slower (measured at 100,000 documents: p95 46.1 against 31.2 ms).
    connection.close()

    def ours(text, filters, language):
        results = engine.search(SearchQuery(text, language, filters))
        assert results.count >= len(results.hits)

    figures = {"documents": documents, "engine": f"database ({connection.vendor})"}
    figures["p50_ms"], figures["p95_ms"] = percentiles(timed(ours, args.rounds))
    print(f"{len(QUERIES)} queries × {args.rounds}: ours p50 {figures['p50_ms']}, p95 {figures['p95_ms']} ms")
    if postgres:
        with connection.cursor() as cursor:
            times = timed(lambda *query: floor(cursor, *query), args.rounds)
        figures["floor_p50_ms"], figures["floor_p95_ms"] = percentiles(times)
        figures["vs_floor_p95"] = round(figures["p95_ms"] / figures["floor_p95_ms"], 2)
        print(
            f"SQL floor (ranked, GROUPING SETS): p50 {figures['floor_p50_ms']}, p95 {figures['floor_p95_ms']}"
        )

    if baseline_rounds:
        model = baseline_model()
        started = time.perf_counter()
        backend = fill_baseline(model, args.documents, communes)
        print(f"baseline: Wagtail search index filled in {time.perf_counter() - started:.1f} s")
        if postgres:
            with connection.cursor() as cursor:
                cursor.execute("VACUUM ANALYZE")

        def stock(text, filters, language):
            def matching(skip=None):
                queryset = model.objects.filter(locale=language)
                for key, values in filters.items():
                    if key != skip:
                        queryset = queryset.filter(**{f"{key}__in": values})
                return queryset

            query = text or MATCH_ALL
            results = backend.search(query, matching())
            list(results[:20])
            results.count()
            for facet in FACETS:
                backend.search(query, matching(facet.key)).facet(facet.key)

        figures["baseline_p50_ms"], figures["baseline_p95_ms"] = percentiles(timed(stock, baseline_rounds))
        figures["speedup_p95"] = round(figures["baseline_p95_ms"] / figures["p95_ms"], 1)
        print(f"stock Wagtail + .facet(): p50 {figures['baseline_p50_ms']}, p95 {figures['baseline_p95_ms']}")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()

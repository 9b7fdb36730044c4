"""Table definitions of the store, versioned. Add a migration when you change them."""

from __future__ import annotations

STORE_SCHEMA_VERSION = 1

TABLES: dict[str, str] = {
    "meta": "key VARCHAR PRIMARY KEY, value VARCHAR",
    "documents": (
        "id VARCHAR PRIMARY KEY, content_hash VARCHAR UNIQUE, url VARCHAR, source VARCHAR, title VARCHAR, "
        "published DATE, lang VARCHAR, origin VARCHAR, text VARCHAR, ingested_at TIMESTAMP, seq BIGINT"
    ),
    "segments": (
        "doc_id VARCHAR, idx INTEGER, kind VARCHAR, start INTEGER, \"end\" INTEGER, lang VARCHAR, "
        "parent INTEGER, author VARCHAR, handle VARCHAR, date VARCHAR"
    ),
    "actors": (
        "doc_id VARCHAR, actor_id VARCHAR, name VARCHAR, type VARCHAR, country VARCHAR, sector VARCHAR, "
        "code VARCHAR, linked BOOLEAN, forms JSON"
    ),
    "mentions": "doc_id VARCHAR, actor_id VARCHAR, start INTEGER, \"end\" INTEGER, text VARCHAR, role VARCHAR",
    "times": (
        "doc_id VARCHAR, start INTEGER, \"end\" INTEGER, text VARCHAR, type VARCHAR, timex VARCHAR, "
        "\"values\" JSON, resolved BOOLEAN"
    ),
    "places": (
        "doc_id VARCHAR, start INTEGER, \"end\" INTEGER, text VARCHAR, name VARCHAR, country VARCHAR, "
        "lat DOUBLE, lon DOUBLE, feature VARCHAR, geonames_id BIGINT"
    ),
    "quotes": (
        "doc_id VARCHAR, start INTEGER, \"end\" INTEGER, text VARCHAR, speaker VARCHAR, direct BOOLEAN, "
        "addressee VARCHAR, via VARCHAR"
    ),
    "events": (
        "doc_id VARCHAR, idx INTEGER, type VARCHAR, mode VARCHAR, context VARCHAR, cameo VARCHAR, "
        "source JSON, target JSON, trigger VARCHAR, date VARCHAR, place VARCHAR, start INTEGER, "
        "\"end\" INTEGER, confidence DOUBLE, source_countries VARCHAR, target_countries VARCHAR, "
        "negated BOOLEAN, data JSON"
    ),
    "fingerprints": "doc_id VARCHAR, band INTEGER, bucket BIGINT",
    "signatures": "doc_id VARCHAR PRIMARY KEY, signature BLOB",
    "duplicates": "doc_id VARCHAR PRIMARY KEY, duplicate_of VARCHAR, similarity DOUBLE",
    "failures": "origin VARCHAR PRIMARY KEY, stage VARCHAR, reason VARCHAR, failed_at TIMESTAMP",
}

#: columns of each layer table after doc_id, in insertion order
LAYER_COLUMNS: dict[str, list[str]] = {
    name: [part.split()[0].strip('"') for part in spec.split(", ")][1:]
    for name, spec in TABLES.items()
    if name not in ("meta", "documents", "failures", "signatures", "duplicates")
}

DOCUMENT_COLUMNS: list[str] = [part.split()[0] for part in TABLES["documents"].split(", ")]

#: views created with the tables: one row per real-world happening reported by several articles
VIEWS: dict[str, str] = {
    "event_clusters": (
        "SELECT e.type, e.source_countries, e.target_countries, e.date, e.place, "
        "count(*) AS reports, count(DISTINCT e.doc_id) AS documents, "
        "list(DISTINCT e.doc_id ORDER BY e.doc_id) AS doc_ids, min(e.trigger) AS trigger "
        "FROM events e LEFT JOIN duplicates d ON d.doc_id = e.doc_id "
        "WHERE d.doc_id IS NULL AND NOT coalesce(e.negated, false) "
        # an event with neither side known is a happening of its own, never merged with others
        "GROUP BY e.type, e.source_countries, e.target_countries, e.date, e.place, "
        "CASE WHEN coalesce(e.source_countries, '') = '' AND coalesce(e.target_countries, '') = '' "
        "THEN e.doc_id || ':' || e.idx ELSE '' END"
    ),
}

#: store schema version → SQL statements that migrate from the previous version
MIGRATIONS: dict[int, list[str]] = {}

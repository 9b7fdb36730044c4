"""Table definitions of the store, versioned. Add a migration when you change them."""

from __future__ import annotations

STORE_SCHEMA_VERSION = 1

TABLES: dict[str, str] = {
    "meta": "key VARCHAR PRIMARY KEY, value VARCHAR",
    "documents": (
        "id VARCHAR PRIMARY KEY, content_hash VARCHAR UNIQUE, url VARCHAR, source VARCHAR, title VARCHAR, "
        "published DATE, lang VARCHAR, origin VARCHAR, text VARCHAR, ingested_at TIMESTAMP"
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
        "\"end\" INTEGER, confidence DOUBLE, data JSON"
    ),
    "failures": "origin VARCHAR, stage VARCHAR, reason VARCHAR, failed_at TIMESTAMP",
}

#: columns of each layer table after doc_id, in insertion order
LAYER_COLUMNS: dict[str, list[str]] = {
    name: [part.split()[0].strip('"') for part in spec.split(", ")][1:]
    for name, spec in TABLES.items()
    if name not in ("meta", "documents", "failures")
}

DOCUMENT_COLUMNS: list[str] = [part.split()[0] for part in TABLES["documents"].split(", ")]

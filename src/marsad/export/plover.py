"""PLOVER JSON event records (field names of the PLOVER specification, 'JSON Data Fields')."""

from __future__ import annotations

import json
from datetime import date
from functools import lru_cache
from typing import Any

from marsad import __version__
from marsad.resources import load_yaml

CODER = f"marsad {__version__}"


@lru_cache(maxsize=1)
def plover_types() -> dict[str, dict[str, Any]]:
    """PLOVER type → {quad, cameo}."""
    return load_yaml("plover.yaml")["types"]


def _actor(ref: dict[str, Any]) -> dict[str, Any]:
    record = {"code": ref.get("country"), "sector": ref.get("sector"), "actor_text": ref.get("text")}
    if ref.get("name"):
        record["identifier_text"] = ref["name"]
    if ref.get("start") is not None:
        record["start"], record["end"] = ref["start"], ref.get("end")
    return {key: value for key, value in record.items() if value is not None}


def plover_record(row: dict[str, Any]) -> dict[str, Any]:
    """One PLOVER record from a joined events/documents row (see ``EVENT_ROWS_SQL``)."""
    data = json.loads(row["data"])
    record: dict[str, Any] = {
        "id": f"{row['doc_id']}-{row['idx']}",
        "date": data.get("date") or (str(row["published"]) if row.get("published") else None),
        "source": [_actor(ref) for ref in data.get("source") or []],
        "recipient": [_actor(ref) for ref in data.get("target") or []],
        "event": [data["type"]],
        "quad_code": plover_types().get(data["type"], {}).get("quad"),
        "mode": data.get("mode"),
        "context": data.get("context"),
        "event_text": [data.get("trigger")] if data.get("trigger") else [],
        "text_info": {"start": data.get("start"), "end": data.get("end")},
        "cite_info": {
            "url": row.get("url"), "title": row.get("title"), "language": row.get("lang"),
            "publication": row.get("outlet"), "coder": CODER, "codebook": load_yaml("plover.yaml")["codebook"],
        },
        "coder": CODER,
        "coded_date": date.today().isoformat(),
        "cameo": data.get("cameo"),
        "modality": data.get("modality") or {},
        "confidence": data.get("confidence"),
    }
    if data.get("place"):
        record["event_loc"] = {"name": data["place"]}
    return record


def plover_schema() -> dict[str, Any]:
    """JSON Schema of the records :func:`plover_record` writes."""
    actor = {
        "type": "object",
        "properties": {
            "code": {"type": ["string", "null"], "pattern": "^[A-Z]{3}$"},
            "sector": {"type": ["string", "null"]},
            "actor_text": {"type": ["string", "null"]},
            "identifier_text": {"type": "string"},
            "start": {"type": "integer"}, "end": {"type": ["integer", "null"]},
        },
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "PLOVER event record (marsad export)",
        "type": "object",
        "required": ["id", "date", "source", "event"],
        "properties": {
            "id": {"type": "string"},
            "date": {"type": ["string", "null"], "pattern": "^\\d{4}-\\d{2}-\\d{2}$"},
            "source": {"type": "array", "items": actor},
            "recipient": {"type": "array", "items": actor},
            "event": {"type": "array", "minItems": 1, "items": {"enum": sorted(plover_types())}},
            "quad_code": {"enum": [1, 2, 3, 4, None]},
            "mode": {"type": ["string", "null"]},
            "context": {"type": ["string", "null"]},
            "event_text": {"type": "array", "items": {"type": "string"}},
            "event_loc": {"type": "object", "properties": {"name": {"type": "string"}}},
            "text_info": {"type": "object"},
            "cite_info": {"type": "object"},
            "coder": {"type": "string"},
            "coded_date": {"type": "string"},
        },
    }

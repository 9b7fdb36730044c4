"""Flatten a pipeline :class:`~marsad.model.Result` into store rows."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from marsad.model import Result


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def layer_rows(result: Result) -> dict[str, list[tuple]]:
    """Rows of every layer table for one document (doc_id first)."""
    doc = result.id
    return {
        "segments": [
            (doc, i, s.kind, s.start, s.end, s.lang, s.parent, s.author, s.handle, s.date)
            for i, s in enumerate(result.segments)
        ],
        "actors": [
            (doc, a.id, a.name, a.type, a.country, a.sector, a.code, a.linked, _dumps(a.forms))
            for a in result.actors
        ],
        "mentions": [(doc, m.actor, m.start, m.end, m.text, m.role) for m in result.mentions],
        "times": [
            (doc, t.start, t.end, t.text, t.type, t.timex, _dumps(t.values), t.resolved) for t in result.times
        ],
        "places": [
            (doc, p.start, p.end, p.text, p.name, p.country, p.lat, p.lon, p.feature, p.geonames_id)
            for p in result.places
        ],
        "quotes": [
            (doc, q.start, q.end, q.text, q.speaker, q.direct, q.addressee, q.via) for q in result.quotes
        ],
        "events": list(_event_rows(result)),
    }


def _countries(refs: list) -> str:
    """A side's countries as a sorted ';'-joined key, '' for an empty side."""
    return ";".join(sorted({ref.country for ref in refs if ref.country}))


def _event_rows(result: Result) -> Iterator[tuple]:
    for i, event in enumerate(result.events):
        data = event.model_dump(mode="json")
        yield (
            result.id, i, event.type, event.mode, event.context, event.cameo,
            _dumps(data["source"]), _dumps(data["target"]), event.trigger, event.date, event.place,
            event.start, event.end, event.confidence, _countries(event.source), _countries(event.target),
            bool(event.modality.get("negated")), _dumps(data),
        )

"""Invented gold records and predictions for the evaluation tests (no text from shared/eval)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

TEXT = (
    'قال وزير الخارجية أحمد سالم أمس في القاهرة: "لن نقبل بالتهديد". '
    "وأدانت الحكومة المصرية الهجوم على القافلة أمس."
)


def at(text: str, needle: str, nth: int = 0) -> dict[str, int]:
    """start/end of the nth occurrence of needle."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return {"start": start, "end": start + len(needle)}


@pytest.fixture
def doc_gold() -> dict[str, Any]:
    """A record annotating every layer but detect."""
    return {
        "id": "doc-1",
        "published": "2024-03-05",
        "text": TEXT,
        "layers": ["events", "times", "actors", "places", "quotes"],
        "times": [
            {"text": "أمس", "type": "date", "timex": "2024-03-04", "values": ["2024-03-04"]},
            {"text": "أمس", "type": "date", "timex": "2024-03-04", "values": ["2024-03-04"]},
        ],
        "actors": [
            {"name": "Ahmed Salem", "type": "PERSON", "country": "EGY",
             "forms": ["أحمد سالم", "وزير الخارجية"]},
            {"name": "Egypt", "type": "GPE", "country": "EGY", "forms": ["الحكومة المصرية"]},
        ],
        "places": [{"text": "القاهرة", "name": "Cairo", "country": "EG", "lat": 30.04, "lon": 31.24}],
        "quotes": [{"text": "لن نقبل بالتهديد", "speaker": "Ahmed Salem", "direct": True}],
        "events": [
            {"type": "DISAPPROVE", "source": [{"text": "الحكومة المصرية", "country": "EGY", "sector": "GOV"}],
             "target": [{"text": None, "country": None, "sector": None}], "trigger": "أدانت"},
        ],
        "source": "invented for tests",
    }


@pytest.fixture
def doc_pred() -> dict[str, Any]:
    """What a perfect system outputs for ``doc_gold``."""
    return {
        "times": [
            {"type": "date", "timex": "2024-03-04", **at(TEXT, "أمس", 0)},
            {"type": "date", "timex": "2024-03-04", **at(TEXT, "أمس", 1)},
        ],
        "actors": [
            {"id": "a1", "name": "Ahmed Salem", "forms": ["أحمد سالم", "وزير الخارجية"]},
            {"id": "a2", "name": "Egypt", "forms": ["الحكومة المصرية"]},
        ],
        "places": [{"name": "Cairo", "lat": 30.05, "lon": 31.25, **at(TEXT, "القاهرة")}],
        "quotes": [{"speaker": "Ahmed Salem", **at(TEXT, "لن نقبل بالتهديد")}],
        "events": [{"type": "DISAPPROVE", "source": [{"country": "EGY", "sector": "GOV"}], "target": [],
                    **at(TEXT, "أدانت")}],
    }


@pytest.fixture
def write_gold(tmp_path: Path):
    """Write records (dicts, or raw strings for bad lines) as a .jsonl gold file."""

    def write(lines: list[Any], name: str = "gold.jsonl") -> Path:
        path = tmp_path / name
        rows = [line if isinstance(line, str) else json.dumps(line, ensure_ascii=False) for line in lines]
        text = "\n".join(rows)
        path.write_text(text + "\n", encoding="utf-8")
        return path

    return write


@pytest.fixture
def locate():
    """``locate(text, needle, nth=0)`` → {"start", "end"} of an occurrence."""
    return at

"""Reading gold files (see ``shared/eval/FORMAT.md``): one JSON record per line.

Reading is forgiving: unknown fields are ignored, a bad line becomes a warning naming the
file and line and is skipped, a layer listed in ``layers`` but absent or malformed is not
scored. Only a missing or unreadable file is an error.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from marsad.errors import MarsadError
from marsad.evaluate.matching import occurrences
from marsad.model import Document

#: the layers FORMAT.md defines, in report order
LAYERS: tuple[str, ...] = ("detect", "events", "times", "actors", "places", "quotes")
#: layers whose gold items are located in the text by their ``text``
SPAN_LAYERS: tuple[str, ...] = ("times", "places", "quotes")


class GoldError(MarsadError):
    """A gold file that cannot be read at all."""


@dataclass
class GoldFile:
    """The usable records of one gold file and what was wrong with the rest."""

    path: Path
    records: list[dict[str, Any]]
    warnings: list[str] = field(default_factory=list)
    n_lines: int = 0

    @property
    def name(self) -> str:
        return self.path.name


def read_gold(path: str | Path) -> GoldFile:
    """Read a gold ``.jsonl`` file; raises :class:`GoldError` when it is missing or unreadable."""
    path = Path(path)
    if not path.is_file():
        raise GoldError(f"gold file not found: {path}")
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise GoldError(f"cannot read gold file {path}: {error}") from error
    gold = GoldFile(path=path, records=[], n_lines=len(lines))
    seen: set[str] = set()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        record, problem = parse_record(line)
        if record is None:
            gold.warnings.append(f"{path.name}:{number}: skipped: {problem}")
            continue
        if problem:
            gold.warnings.append(f"{path.name}:{number}: {problem}")
        if record["id"] in seen:
            gold.warnings.append(f"{path.name}:{number}: duplicate id {record['id']!r}")
        seen.add(record["id"])
        record["_line"] = number
        gold.records.append(record)
    return gold


def parse_record(line: str) -> tuple[dict[str, Any] | None, str | None]:
    """(record, problem): record is None when the line cannot be used at all."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return None, f"invalid JSON ({error.msg} at column {error.colno})"
    if not isinstance(record, dict):
        return None, f"a record must be a JSON object, not {type(record).__name__}"
    if not isinstance(record.get("id"), (str, int)) or isinstance(record.get("id"), bool):
        return None, "no 'id'"
    if not isinstance(record.get("text"), str):
        return None, "no 'text'"
    record["id"] = str(record["id"])
    for key, parse in (("published", date.fromisoformat), ("reference", datetime.fromisoformat)):
        value = record.get(key)
        if value is None:
            continue
        try:
            parse(value)
        except (TypeError, ValueError):
            return None, f"bad {key!r} value {value!r}"
    return record, _check_layers(record)


def _check_layers(record: dict[str, Any]) -> str | None:
    """Keep in ``record['layers']`` only known layers whose annotation is well formed."""
    listed = record.get("layers")
    if not isinstance(listed, list):
        record["layers"] = []
        return "no 'layers' list: nothing scored" if listed is not None or _has_layer(record) else None
    usable, problems = [], []
    for layer in listed:
        if layer not in LAYERS:
            continue  # a layer this scorer does not know is ignored, like an unknown field
        if _well_formed(layer, record.get(layer)):
            usable.append(layer)
        else:
            problems.append(layer)
    record["layers"] = usable
    notes = [f"layer(s) {', '.join(problems)} missing or malformed: not scored"] if problems else []
    notes += _unlocatable(record)
    return "; ".join(notes) or None


def _unlocatable(record: dict[str, Any]) -> list[str]:
    """Notes on gold items whose ``text`` is not in the record text (they can never be found)."""
    notes = []
    for layer in SPAN_LAYERS:
        if layer in record["layers"]:
            lost = sum(1 for item in record[layer] if not occurrences(record["text"], item.get("text")))
            if lost:
                notes.append(f"{lost} {layer} item(s) whose text is not in the record text")
    return notes


def _has_layer(record: dict[str, Any]) -> bool:
    return any(layer in record for layer in LAYERS)


def _well_formed(layer: str, value: Any) -> bool:
    if layer == "detect" and isinstance(value, dict):
        return True
    return isinstance(value, list) and all(isinstance(item, dict) for item in value)


def select(records: list[dict[str, Any]], limit: int | None = None, sample: int | None = None,
           seed: int = 0) -> list[dict[str, Any]]:
    """A deterministic subset: the first ``limit`` records, or a seeded sample kept in file order."""
    if sample is not None and sample < len(records):
        chosen = sorted(random.Random(seed).sample(range(len(records)), sample))
        records = [records[index] for index in chosen]
    if limit is not None:
        records = records[:limit]
    return records


def to_document(record: dict[str, Any]) -> Document:
    """The pipeline input for a gold record, anchored on its ``published``/``reference`` date."""
    return Document(
        id=record["id"],
        text=record["text"],
        published=record.get("published"),
        reference=record.get("reference"),
        language=None,
    )

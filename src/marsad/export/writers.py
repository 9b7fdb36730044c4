"""Write store contents to files an analyst's tools read."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path

from marsad.export.plover import plover_record, plover_types
from marsad.store import Store

EVENT_ROWS_SQL = (
    "SELECT e.doc_id, e.idx, e.data, e.type, e.cameo, e.source, e.target, e.trigger, e.date, e.place, "
    "e.negated, d.published, d.url, d.title, d.lang, d.source AS outlet, "
    "dup.duplicate_of FROM events e JOIN documents d ON d.id = e.doc_id "
    "LEFT JOIN duplicates dup ON dup.doc_id = e.doc_id ORDER BY e.date, e.doc_id, e.idx"
)

CAMEO_COLUMNS = [
    "EventID", "Day", "Actor1Code", "Actor1Name", "Actor2Code", "Actor2Name", "EventCode",
    "EventRootCode", "PLOVERType", "QuadClass", "Place", "Negated", "DuplicateOf", "DocId", "SourceURL", "Trigger",
]


def _event_rows(store: Store) -> list[dict]:
    columns, rows = store.query(EVENT_ROWS_SQL)
    return [dict(zip(columns, row)) for row in rows]


def write_plover(store: Store, out: Path) -> Path:
    """PLOVER records, one JSON object per line (JSONL, as the specification suggests)."""
    target = out / "events.plover.jsonl"
    with target.open("w", encoding="utf-8") as handle:
        for row in _event_rows(store):
            handle.write(json.dumps(plover_record(row), ensure_ascii=False, default=str) + "\n")
    return target


def _code(side: list[dict]) -> tuple[str, str]:
    if not side:
        return "", ""
    first = side[0]
    code = "".join(part for part in (first.get("country"), first.get("sector")) if part)
    return code, first.get("name") or first.get("text") or ""


def write_cameo(store: Store, out: Path) -> Path:
    """A CAMEO/GDELT-style tab-separated event file (first actor of each side)."""
    target = out / "events.cameo.tsv"
    with target.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(CAMEO_COLUMNS)
        for row in _event_rows(store):
            source, recipient = json.loads(row["source"] or "[]"), json.loads(row["target"] or "[]")
            code1, name1 = _code(source)
            code2, name2 = _code(recipient)
            cameo = row["cameo"] or ""
            writer.writerow([
                f"{row['doc_id']}-{row['idx']}", (row["date"] or "").replace("-", ""), code1, name1, code2, name2,
                cameo, cameo[:2], row["type"], plover_types().get(row["type"], {}).get("quad", ""),
                row["place"] or "", int(bool(row["negated"])), row["duplicate_of"] or "", row["doc_id"],
                row["url"] or "", row["trigger"] or "",
            ])
    return target


def _tables(fmt: str) -> Callable[[Store, Path], list[Path]]:
    options = {"parquet": "(FORMAT PARQUET)", "csv": "(FORMAT CSV, HEADER)", "jsonl": "(FORMAT JSON)"}[fmt]

    def write(store: Store, out: Path) -> list[Path]:
        written = []
        for name in store.counts():
            target = out / f"{name}.{fmt}"
            store.con.execute(f"COPY {name} TO '{target}' {options}")
            written.append(target)
        return written

    return write


EXPORT_FORMATS: dict[str, Callable[[Store, Path], list[Path]]] = {
    "plover": lambda store, out: [write_plover(store, out)],
    "cameo": lambda store, out: [write_cameo(store, out)],
    "parquet": _tables("parquet"),
    "csv": _tables("csv"),
    "jsonl": _tables("jsonl"),
}


def export_store(store: Store, out: Path, fmt: str) -> list[Path]:
    """Write the store in one of :data:`EXPORT_FORMATS`; returns the files written."""
    out.mkdir(parents=True, exist_ok=True)
    return EXPORT_FORMATS[fmt](store, out)

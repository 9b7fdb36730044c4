"""Rich renderings of pipeline results for the terminal."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from marsad.model import Result

LAYER_NAMES = ("actors", "times", "places", "quotes", "events")


def excerpt(text: str, width: int = 70) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def summary_table(results: list[Result], title: str = "Documents") -> Table:
    """One row per document: language, segment counts and the size of each layer."""
    table = Table(title=title, show_lines=False, pad_edge=False)
    table.add_column("document", overflow="ellipsis", no_wrap=True, min_width=16, max_width=40)
    table.add_column("lang", no_wrap=True)
    table.add_column("published", no_wrap=True)
    for name in ("para", "sent", "posts", *LAYER_NAMES):
        table.add_column(name, justify="right", no_wrap=True)
    for result in results:
        kinds = [s.kind for s in result.segments]
        table.add_row(
            result.id,
            result.lang or "?",
            str(result.published or "unknown"),
            str(kinds.count("paragraph")),
            str(kinds.count("sentence")),
            str(kinds.count("post")),
            *(str(len(getattr(result, name))) for name in LAYER_NAMES),
        )
    return table


def segments_table(result: Result) -> Table:
    """The segments of one document with offsets, language and an excerpt."""
    table = Table(title=f"{result.id} — segments", show_lines=False)
    for column in ("#", "kind", "lang", "start", "end"):
        table.add_column(column, justify="right" if column in ("#", "start", "end") else "left")
    table.add_column("text", overflow="fold")
    for index, segment in enumerate(result.segments):
        label = segment.kind if segment.kind != "sentence" else "  sentence"
        if segment.kind == "post":
            label = f"post @{segment.handle} {segment.date or ''}".strip()
        table.add_row(
            str(index), label, segment.lang or "?", str(segment.start), str(segment.end),
            excerpt(result.text[segment.start : segment.end]),
        )
    return table


def layer_table(result: Result, layer: str) -> Table | None:
    """A table of one extracted layer, or None when it is empty."""
    items = getattr(result, layer)
    if not items:
        return None
    table = Table(title=f"{result.id} — {layer}")
    rows = [item.model_dump(mode="json", exclude_none=True) for item in items]
    columns = _COLUMNS.get(layer) or [key for key in rows[0] if key not in _HIDDEN][:8]
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*(excerpt(_cell(row.get(column, "")), 40) for column in columns))
    return table


#: the columns an analyst reads first, per layer (others: the first fields of the record)
_COLUMNS = {"events": ["type", "cameo", "source", "target", "trigger", "date", "place", "modality", "confidence"]}
_HIDDEN = ("mentions", "evidence", "explanation", "triggers")


def _cell(value) -> str:
    """A readable cell: actors as "name [CODE]", flags by the names that are set, lists joined."""
    if isinstance(value, dict):
        return ", ".join(key for key, flag in value.items() if flag is True) or "–"
    if isinstance(value, list):
        return " + ".join(_actor(item) if isinstance(item, dict) else str(item) for item in value) or "–"
    return str(value)


def _actor(ref: dict) -> str:
    code = " ".join(part for part in (ref.get("country"), ref.get("sector")) if part)
    label = ref.get("name") or ref.get("text") or "?"
    return f"{label} [{code}]" if code else label


def print_result(console: Console, result: Result, explain: bool = False) -> None:
    console.print(segments_table(result))
    for layer in LAYER_NAMES:
        table = layer_table(result, layer)
        if table is not None:
            console.print(table)
    if explain:
        for index, event in enumerate(result.events):
            steps = getattr(event, "explanation", None) or []
            console.print(f"[bold]event {index}: {event.type}[/] «{event.trigger}»")
            for step in steps:
                console.print(f"   • {step}", highlight=False, markup=False)


def _side(refs) -> str:
    return " + ".join(ref.name or ref.text or ref.country or "?" for ref in refs) or "–"


def events_table(results: list[Result], limit: int = 20) -> Table:
    """Counted events (not negated or hypothetical) of several documents: who did what to whom, when."""
    table = Table(title=f"Events found (up to {limit}; negated and hypothetical ones left out)", show_lines=False)
    for column in ("document", "type", "source", "target", "date", "place", "trigger"):
        table.add_column(column, overflow="fold", max_width=28 if column != "trigger" else 36)
    shown = 0
    for result in results:
        for event in result.events:
            if event.modality.get("negated") or event.modality.get("hypothetical"):
                continue
            if shown >= limit:
                return table
            table.add_row(result.id, event.type, _side(event.source), _side(event.target),
                          event.date or "", event.place or "", excerpt(event.trigger or "", 36))
            shown += 1
    return table

"""Reports of an evaluation: machine-readable scores, rich tables and the worst misses."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from rich import box
from rich.table import Table
from rich.text import Text

from marsad.evaluate.gold import LAYERS
from marsad.evaluate.runner import FileResult
from marsad.evaluate.scoring import Miss


def scores_json(results: list[FileResult], digits: int = 4) -> dict[str, dict[str, Any]]:
    """``{gold file name: {layer: {metric: value}}}``; a repeated file name is keyed by its path."""
    out: dict[str, dict[str, Any]] = {}
    for result in results:
        key = result.name if result.name not in out else str(result.path)
        out[key] = _rounded(result.scores(), digits)
    return out


def _rounded(value: Any, digits: int) -> Any:
    if isinstance(value, float):
        return round(value, digits)
    if isinstance(value, dict):
        return {key: _rounded(item, digits) for key, item in value.items()}
    return value


def worst_misses(misses: list[Miss], n: int) -> list[Miss]:
    """Up to ``n`` misses: outright misses before partial ones, records with most misses first,
    taking one miss per record in turn so that a single record does not fill the list."""
    chosen: list[Miss] = []
    for partial in (False, True):
        group = [miss for miss in misses if miss.partial is partial]
        per_record: dict[str, list[Miss]] = defaultdict(list)
        for miss in group:
            per_record[miss.record].append(miss)
        order = sorted(per_record, key=lambda record: -len(per_record[record]))  # stable: file order on ties
        for turn in range(max((len(items) for items in per_record.values()), default=0)):
            for record in order:
                if len(chosen) >= n:
                    return chosen
                if turn < len(per_record[record]):
                    chosen.append(per_record[record][turn])
    return chosen


def _details(layer: str, scores: dict[str, Any]) -> str:
    if layer == "events":
        return f"sectors {scores['sector_agreement']:.2f} of {scores['sector_pairs']}"
    if layer == "actors":
        return f"forms {scores['form_recall']:.2f} of {scores['n_forms']}"
    if layer == "quotes":
        return f"speaker {scores['speaker_accuracy']:.2f} of {scores['span_tp']}"
    return ""


def _sub_rows(layer: str, scores: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Indented rows under a layer: detect per type, events by dyad, quotes by span only."""
    if layer == "detect":
        return [(f"  {kind}", sub) for kind, sub in scores["by_type"].items()]
    shared = {"n_gold": scores["n_gold"], "n_pred": scores["n_pred"]}
    if layer == "events":
        return [("  + dyad", {"precision": scores["dyad_precision"], "recall": scores["dyad_recall"],
                              "f1": scores["dyad_f1"], "tp": scores["dyad_tp"], **shared})]
    if layer == "quotes":
        return [("  span only", {"precision": scores["span_precision"], "recall": scores["span_recall"],
                                 "f1": scores["span_f1"], "tp": scores["span_tp"], **shared})]
    return []


def scores_table(result: FileResult) -> Table:
    """Rows = layers (with sub-rows: detect types, event dyads, quote spans); columns P/R/F1 and counts.

    "more": events sector agreement on matched pairs, actors form recall, quotes speaker accuracy.
    """
    title = Text(f"{result.name} · {result.n_records} records · {result.seconds:.1f}s")
    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column("layer", no_wrap=True)
    for name in ("P", "R", "F1", "n_gold", "n_pred", "tp", "docs"):
        table.add_column(name, justify="right", no_wrap=True)
    table.add_column("more")
    for layer, scores in result.scores().items():
        table.add_row(layer, *_cells(scores), str(scores["n_records"]), _details(layer, scores), style="bold")
        for label, sub in _sub_rows(layer, scores):
            table.add_row(label, *_cells(sub), "", "")
    if not result.counts:
        table.add_row("(nothing scored)", *[""] * 8)
    return table


def _cells(scores: dict[str, Any]) -> list[str]:
    return [f"{scores['precision']:.3f}", f"{scores['recall']:.3f}", f"{scores['f1']:.3f}",
            str(scores["n_gold"]), str(scores["n_pred"]), str(scores["tp"])]


def misses_table(result: FileResult, n: int) -> Table | None:
    """The worst ``n`` misses of each layer: record, gold item, what the system produced there."""
    rows = [(layer, miss) for layer in LAYERS for miss in worst_misses(result.misses.get(layer, []), n)]
    if not rows or n <= 0:
        return None
    counts = Counter(layer for layer, _ in rows)
    title = Text(f"{result.name} · worst misses ({', '.join(f'{k} {v}' for k, v in counts.items())})")
    table = Table(title=title, title_justify="left", show_lines=True)
    table.add_column("layer")
    table.add_column("record", overflow="fold", max_width=28)
    table.add_column("gold", overflow="fold")
    table.add_column("system", overflow="fold")
    for layer, miss in rows:
        label = f"{layer} (partial)" if miss.partial else layer
        table.add_row(label, Text(miss.record), Text(miss.gold), Text("\n".join(miss.predicted)))
    return table

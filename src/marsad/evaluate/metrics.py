"""Counts of one layer summed over records, and the metrics reported from them."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Counts:
    """True positives and totals of one layer, with named extra counts and per-type sub-counts."""

    tp: int = 0
    n_gold: int = 0
    n_pred: int = 0
    extra: Counter[str] = field(default_factory=Counter)
    by_type: dict[str, Counts] = field(default_factory=dict)

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.n_gold += other.n_gold
        self.n_pred += other.n_pred
        self.extra.update(other.extra)
        for key, sub in other.by_type.items():
            self.by_type.setdefault(key, Counts()).add(sub)


@dataclass(frozen=True)
class Miss:
    """A gold item the system missed, and what it produced near it.

    ``partial``: found on the main criterion but wrong in a detail (dyad, speaker, linked form).
    """

    record: str
    gold: str
    predicted: tuple[str, ...]
    partial: bool = False


@dataclass
class LayerScore:
    """What one record contributes to a layer."""

    counts: Counts
    misses: list[Miss] = field(default_factory=list)


def prf(tp: int, n_gold: int, n_pred: int) -> tuple[float, float, float]:
    """Precision, recall and F1 (0.0 where undefined)."""
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _basic(counts: Counts) -> dict[str, Any]:
    precision, recall, f1 = prf(counts.tp, counts.n_gold, counts.n_pred)
    return {"precision": precision, "recall": recall, "f1": f1,
            "n_gold": counts.n_gold, "n_pred": counts.n_pred, "tp": counts.tp}


def metrics(layer: str, counts: Counts) -> dict[str, Any]:
    """The reported scores of a layer from its summed counts."""
    out = _basic(counts)
    out["n_records"] = counts.extra["records"]
    extra = counts.extra
    if layer == "detect":
        out["by_type"] = {kind: _basic(sub) for kind, sub in sorted(counts.by_type.items())}
    elif layer == "events":
        dyad = prf(extra["dyad_tp"], counts.n_gold, counts.n_pred)
        out.update(type_precision=out["precision"], type_recall=out["recall"], type_f1=out["f1"],
                   dyad_precision=dyad[0], dyad_recall=dyad[1], dyad_f1=dyad[2], dyad_tp=extra["dyad_tp"],
                   sector_agreement=_ratio(extra["sector_agree"], extra["sector_pairs"]),
                   sector_pairs=extra["sector_pairs"])
    elif layer == "actors":
        out.update(form_recall=_ratio(extra["forms_found"], extra["forms"]),
                   n_forms=extra["forms"], forms_found=extra["forms_found"])
    elif layer == "quotes":
        span = prf(extra["span_tp"], counts.n_gold, counts.n_pred)
        out.update(span_precision=span[0], span_recall=span[1], span_f1=span[2], span_tp=extra["span_tp"],
                   speaker_accuracy=_ratio(counts.tp, extra["span_tp"]))
    return out

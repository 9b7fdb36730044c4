"""Run a pipeline over gold records and sum the per-layer counts of each file."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from marsad.evaluate.gold import LAYERS, GoldFile, read_gold, select, to_document
from marsad.evaluate.scoring import Counts, Miss, metrics, score_record
from marsad.model import Document


class Predictor(Protocol):
    """Anything with ``process(Document)`` returning a :class:`~marsad.model.Result` or an output dict."""

    def process(self, document: Document) -> Any: ...


@dataclass
class FileResult:
    """Summed counts, missed items and warnings of one gold file."""

    name: str
    path: Path
    n_records: int
    counts: dict[str, Counts] = field(default_factory=dict)
    misses: dict[str, list[Miss]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def scores(self) -> dict[str, dict[str, Any]]:
        """Metrics per scored layer, in FORMAT.md order."""
        return {layer: metrics(layer, self.counts[layer]) for layer in LAYERS if layer in self.counts}


def check_layers(layers: Iterable[str] | None) -> tuple[str, ...] | None:
    """Validate a layer restriction (None: every layer); raises ValueError on an unknown name."""
    if layers is None:
        return None
    wanted = tuple(dict.fromkeys(layer.strip().lower() for layer in layers if layer.strip()))
    unknown = [layer for layer in wanted if layer not in LAYERS]
    if unknown:
        raise ValueError(f"unknown layer(s): {', '.join(unknown)}; known: {', '.join(LAYERS)}")
    return wanted or None


def predict(pipeline: Predictor, record: dict[str, Any]) -> dict[str, Any]:
    """The pipeline's output dict for a gold record."""
    result = pipeline.process(to_document(record))
    if hasattr(result, "to_output"):
        return result.to_output(include_text=False)
    return dict(result)


def evaluate_gold(gold: GoldFile, records: Sequence[dict[str, Any]] | None = None,
                  pipeline: Predictor | None = None, layers: Iterable[str] | None = None,
                  on_record: Callable[[], None] | None = None) -> FileResult:
    """Score ``records`` (default: all of the file) with ``pipeline`` (default: ``Pipeline.default()``)."""
    wanted = check_layers(layers)
    pipeline = pipeline or _default_pipeline()
    records = gold.records if records is None else records
    result = FileResult(name=gold.name, path=gold.path, n_records=len(records), warnings=list(gold.warnings))
    started = time.perf_counter()
    for record in records:
        try:
            prediction = predict(pipeline, record)
        except Exception as error:  # one failing document is reported, not fatal
            result.warnings.append(f"{gold.name}:{record.get('_line', '?')}: record {record['id']!r}: "
                                   f"pipeline failed ({type(error).__name__}: {error}); scored as empty")
            prediction = {}
        for layer, score in score_record(record, prediction, wanted).items():
            result.counts.setdefault(layer, Counts()).add(score.counts)
            result.misses.setdefault(layer, []).extend(score.misses)
        if on_record is not None:
            on_record()
    result.seconds = time.perf_counter() - started
    return result


def evaluate(paths: Iterable[str | Path], pipeline: Predictor | None = None,
             layers: Iterable[str] | None = None, limit: int | None = None,
             sample: int | None = None, seed: int = 0, on_record: Callable[[], None] | None = None) -> list[FileResult]:
    """Read every gold file (a missing one fails before any work), then score each."""
    golds = [read_gold(path) for path in paths]
    pipeline = pipeline or _default_pipeline()
    return [
        evaluate_gold(gold, select(gold.records, limit, sample, seed), pipeline, layers, on_record)
        for gold in golds
    ]


def _default_pipeline() -> Predictor:
    from marsad.pipeline import Pipeline

    return Pipeline.default()

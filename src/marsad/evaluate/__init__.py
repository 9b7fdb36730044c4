"""Evaluation against gold files in the FORMAT.md format (``marsad evaluate``).

- :mod:`~marsad.evaluate.gold`: reading gold records (bad lines become warnings);
- :mod:`~marsad.evaluate.scoring`: pure per-layer scorers (matching helpers in ``matching``);
- :mod:`~marsad.evaluate.metrics`: counts summed over records and the metrics made of them;
- :mod:`~marsad.evaluate.runner`: running a pipeline over gold files;
- :mod:`~marsad.evaluate.report`: JSON scores, rich tables, worst misses;
- :mod:`~marsad.evaluate.codes`: data tables of code aliases.
"""

from marsad.evaluate.gold import LAYERS, GoldError, GoldFile, read_gold, select, to_document
from marsad.evaluate.runner import FileResult, evaluate, evaluate_gold
from marsad.evaluate.scoring import Counts, LayerScore, Miss, metrics, score_record

__all__ = [
    "LAYERS", "Counts", "FileResult", "GoldError", "GoldFile", "LayerScore", "Miss", "evaluate",
    "evaluate_gold", "metrics", "read_gold", "score_record", "select", "to_document",
]

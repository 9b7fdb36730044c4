"""Evaluation gate: scores on the dev sets in ../shared/eval must not drop below the pinned floors.

``floors.json`` holds ``{gold file: {layer: {metric: floor}}}``; a floor is the score measured on
the gate's sample (every file sampled with ``--sample 300 --seed 0``: small files whole), rounded
*down* to two decimals. After an improvement, re-measure and raise the floors:

    marsad evaluate ../shared/eval/*.jsonl --sample 300 --seed 0 --json scores.json

then copy each gated metric from scores.json into floors.json, rounded down (0.4377 → 0.43).
Never lower a floor to make the gate pass without saying why in the commit message.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.evaluate.runner import evaluate

EVAL = Path(__file__).resolve().parents[2].parent / "shared" / "eval"
FLOORS_FILE = Path(__file__).with_name("floors.json")
SAMPLE, SEED = 300, 0
FLOORS: dict[str, dict[str, dict[str, float]]] = json.loads(FLOORS_FILE.read_text(encoding="utf-8"))
CASES = [
    (name, layer, metric, floor)
    for name, layers in FLOORS.items()
    for layer, metrics in layers.items()
    for metric, floor in metrics.items()
]


@pytest.fixture(scope="module")
def scores() -> dict[str, dict[str, dict]]:
    if not EVAL.is_dir():
        pytest.skip(f"evaluation gate: the dev sets are not present at {EVAL}")
    paths = [EVAL / name for name in FLOORS if (EVAL / name).is_file()]
    if not paths:
        pytest.skip(f"evaluation gate: none of the gated files is present in {EVAL}")
    from marsad.pipeline import Pipeline

    results = evaluate(paths, pipeline=Pipeline.default(), sample=SAMPLE, seed=SEED)
    return {result.name: result.scores() for result in results}


@pytest.mark.parametrize(("name", "layer", "metric", "floor"), CASES, ids=[":".join(c[:3]) for c in CASES])
def test_score_does_not_drop_below_floor(scores, name, layer, metric, floor):
    if name not in scores:
        pytest.skip(f"{name} not present in {EVAL}")
    value = scores[name].get(layer, {}).get(metric)
    assert value is not None, f"{name}: {layer}.{metric} was not scored (is the layer still in the file?)"
    assert value + 1e-9 >= floor, (
        f"{name}: {layer}.{metric} = {value:.4f} dropped below its floor {floor:.2f} "
        "(tests/evaluate/floors.json)")


def test_floors_name_known_layers_and_rounded_values():
    from marsad.evaluate.gold import LAYERS

    for name, layer, metric, floor in CASES:
        assert layer in LAYERS, f"{name}: unknown layer {layer!r} in floors.json"
        assert 0.0 <= floor <= 1.0 and round(floor, 2) == floor, f"{name}:{layer}.{metric}: floor {floor}"

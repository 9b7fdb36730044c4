"""Running a (fake) pipeline over gold files, aggregation, JSON scores and worst misses."""

from __future__ import annotations

import pytest

from marsad.evaluate.gold import read_gold
from marsad.evaluate.report import misses_table, scores_json, scores_table, worst_misses
from marsad.evaluate.runner import check_layers, evaluate, evaluate_gold
from marsad.evaluate.scoring import Miss
from marsad.model import Result, TimeExpression


class FakePipeline:
    """Finds one time expression: the first occurrence of 'today', valued as the published date."""

    def __init__(self, fail_on: str | None = None):
        self.fail_on = fail_on
        self.seen = []

    def process(self, document):
        self.seen.append(document)
        if document.id == self.fail_on:
            raise RuntimeError("boom")
        result = Result(id=document.id, text=document.text)
        start = document.text.find("today")
        if start >= 0 and document.published:
            result.times.append(TimeExpression(start=start, end=start + 5, type="date",
                                               timex=document.published.isoformat()))
        return result


def times_record(number, text, published="2024-01-02"):
    return {"id": f"r{number}", "text": text, "published": published, "layers": ["times"],
            "times": [{"text": "today", "timex": "2024-01-02", "values": []}]}


@pytest.fixture
def gold_path(write_gold):
    return write_gold([
        times_record(1, "Rain today."),
        times_record(2, "Sun today.", published="2024-01-03"),  # wrong value
        times_record(3, "No date here, today"),
        {"id": "d1", "text": "A riot.", "layers": ["detect"], "detect": {"type": "PROTEST", "present": True}},
    ], name="mini.jsonl")


def test_evaluate_micro_averages_over_records(gold_path):
    pipeline = FakePipeline()
    [result] = evaluate([gold_path], pipeline=pipeline)
    scores = result.scores()
    assert list(scores) == ["detect", "times"]
    assert (scores["times"]["tp"], scores["times"]["n_gold"], scores["times"]["n_pred"]) == (2, 3, 3)
    assert scores["times"]["f1"] == pytest.approx(2 / 3)
    assert scores["detect"]["recall"] == 0.0
    assert [document.published.isoformat() for document in pipeline.seen[:2]] == ["2024-01-02", "2024-01-03"]
    assert [miss.record for miss in result.misses["times"]] == ["r2"]


def test_limit_sample_and_layers(gold_path):
    [limited] = evaluate([gold_path], pipeline=FakePipeline(), limit=1, layers=["times"])
    assert limited.n_records == 1 and list(limited.scores()) == ["times"]
    [sampled] = evaluate([gold_path], pipeline=FakePipeline(), sample=2, seed=3)
    assert sampled.n_records == 2
    with pytest.raises(ValueError, match="unknown layer"):
        check_layers(["times", "sentiment"])


def test_pipeline_failure_is_a_warning_and_scores_empty(gold_path):
    result = evaluate_gold(read_gold(gold_path), pipeline=FakePipeline(fail_on="r1"))
    assert result.scores()["times"]["n_pred"] == 2
    assert any("record 'r1': pipeline failed (RuntimeError: boom)" in w and w.startswith("mini.jsonl:1:")
               for w in result.warnings)


def test_scores_json_shape(gold_path):
    results = evaluate([gold_path, gold_path], pipeline=FakePipeline())
    data = scores_json(results)
    assert list(data) == ["mini.jsonl", str(gold_path)]
    times = data["mini.jsonl"]["times"]
    assert {"precision", "recall", "f1", "n_gold", "n_pred", "tp"} <= set(times)
    assert times["f1"] == 0.6667
    assert data["mini.jsonl"]["detect"]["by_type"]["PROTEST"]["n_gold"] == 1


def test_tables_render(gold_path):
    from rich.console import Console

    [result] = evaluate([gold_path], pipeline=FakePipeline())
    console = Console(record=True, width=140)
    console.print(scores_table(result))
    console.print(misses_table(result, 5))
    text = console.export_text()
    assert "mini.jsonl" in text and "PROTEST" in text and "«today» = 2024-01-03" in text
    assert misses_table(result, 0) is None


def test_worst_misses_take_turns_between_records_and_put_partial_last():
    misses = [Miss("a", "a1", ()), Miss("a", "a2", ()), Miss("a", "a3", ()), Miss("b", "b1", ()),
              Miss("c", "c1", (), partial=True)]
    assert [m.gold for m in worst_misses(misses, 3)] == ["a1", "b1", "a2"]
    assert [m.gold for m in worst_misses(misses, 10)] == ["a1", "b1", "a2", "a3", "c1"]

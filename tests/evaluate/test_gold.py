"""Reading gold files: bad lines, unknown fields, missing layers, sampling."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from marsad.evaluate.gold import GoldError, read_gold, select, to_document


def test_bad_lines_are_skipped_with_file_and_line_number(write_gold):
    path = write_gold([
        {"id": "a", "text": "one", "layers": ["times"], "times": []},
        "{not json",
        '["a list"]',
        {"id": "b", "layers": ["times"], "times": []},
        {"id": "c", "text": "three", "published": "yesterday", "layers": []},
        {"id": "d", "text": "four", "layers": ["times"], "times": []},
    ], name="mixed.jsonl")
    gold = read_gold(path)
    assert [record["id"] for record in gold.records] == ["a", "d"]
    assert [warning.split(":")[:2] for warning in gold.warnings] == [
        ["mixed.jsonl", "2"], ["mixed.jsonl", "3"], ["mixed.jsonl", "4"], ["mixed.jsonl", "5"]]
    assert "invalid JSON" in gold.warnings[0] and "'published'" in gold.warnings[3]


def test_unknown_fields_and_layers_are_ignored(write_gold):
    path = write_gold([{"id": 7, "text": "x", "layers": ["times", "sentiment"], "times": [],
                        "extra": {"a": 1}, "sentiment": "positive"}])
    gold = read_gold(path)
    assert gold.warnings == []
    assert gold.records[0]["id"] == "7" and gold.records[0]["layers"] == ["times"]


def test_missing_or_malformed_layer_is_not_scored(write_gold):
    path = write_gold([
        {"id": "a", "text": "x", "layers": ["times", "places"], "places": "Cairo"},
        {"id": "b", "text": "x", "times": []},
    ])
    gold = read_gold(path)
    assert [record["layers"] for record in gold.records] == [[], []]
    assert "times, places missing or malformed" in gold.warnings[0]
    assert "no 'layers' list" in gold.warnings[1]


def test_duplicate_ids_are_reported(write_gold):
    gold = read_gold(write_gold([{"id": "a", "text": "x", "layers": []}] * 2))
    assert len(gold.records) == 2 and "duplicate id 'a'" in gold.warnings[0]


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(GoldError, match="gold file not found: .*nope.jsonl"):
        read_gold(tmp_path / "nope.jsonl")


def test_select_is_deterministic():
    records = [{"id": str(n)} for n in range(50)]
    assert select(records, limit=3) == records[:3]
    sample = select(records, sample=10, seed=1)
    assert sample == select(records, sample=10, seed=1) and len(sample) == 10
    assert [int(r["id"]) for r in sample] == sorted(int(r["id"]) for r in sample)
    assert sample != select(records, sample=10, seed=2)
    assert select(records, sample=100) == records


def test_document_is_anchored_on_published_and_reference():
    document = to_document({"id": "a", "text": "x", "lang": "ar", "published": "2016-11-07",
                            "reference": "2016-11-07T10:30:00"})
    assert document.published == date(2016, 11, 7)
    assert document.anchor() == datetime(2016, 11, 7, 10, 30)
    assert document.language is None


def test_gold_item_not_in_the_text_is_reported(write_gold):
    gold = read_gold(write_gold([{"id": "a", "text": "We met on Monday.", "layers": ["times"],
                                  "times": [{"text": "Tuesday", "timex": "XXXX-WXX-2"}, {"text": ""}]}]))
    assert gold.warnings == ["gold.jsonl:1: 2 times item(s) whose text is not in the record text"]
    assert gold.records[0]["layers"] == ["times"]

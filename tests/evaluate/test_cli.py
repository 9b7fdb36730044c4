"""``marsad evaluate`` through a throwaway Typer app (independent of the other commands)."""

from __future__ import annotations

import json

import pytest
import typer
from typer.testing import CliRunner

from marsad.cli.evaluate import register


@pytest.fixture
def app() -> typer.Typer:
    app = typer.Typer()

    @app.callback()
    def main() -> None:
        """Test app."""

    register(app)
    return app


@pytest.fixture
def gold(write_gold, doc_gold):
    bad = "{broken"
    return write_gold([doc_gold, bad], name="docs.jsonl")


def test_help_lists_the_options(app):
    result = CliRunner().invoke(app, ["evaluate", "--help"])
    assert result.exit_code == 0
    for option in ("--json", "--layer", "--misses", "--limit", "--sample", "--seed"):
        assert option in result.output


def test_evaluate_prints_tables_misses_and_writes_json(app, gold, tmp_path):
    out = tmp_path / "scores.json"
    result = CliRunner().invoke(app, ["evaluate", str(gold), "--json", str(out), "--misses", "2"],
                                env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "docs.jsonl:2: skipped: invalid JSON" in result.output
    assert "worst misses" in result.output
    assert "أحمد سالم" in result.output  # Arabic printed as-is
    scores = json.loads(out.read_text(encoding="utf-8"))
    assert set(scores["docs.jsonl"]) == {"events", "times", "actors", "places", "quotes"}
    assert {"type_f1", "dyad_f1", "sector_agreement"} <= set(scores["docs.jsonl"]["events"])
    assert "form_recall" in scores["docs.jsonl"]["actors"]
    assert scores["docs.jsonl"]["times"]["n_gold"] == 2


def test_layer_option_accepts_repeats_and_commas(app, gold, tmp_path):
    out = tmp_path / "scores.json"
    args = ["evaluate", str(gold), "--json", str(out), "--layer", "times,places", "-l", "quotes"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert set(json.loads(out.read_text())["docs.jsonl"]) == {"times", "places", "quotes"}


def test_unknown_layer_and_missing_file_are_clear_errors(app, gold, tmp_path):
    result = CliRunner().invoke(app, ["evaluate", str(gold), "--layer", "sentiment"])
    assert result.exit_code == 2 and "unknown layer" in result.output
    result = CliRunner().invoke(app, ["evaluate", str(tmp_path / "absent.jsonl")])
    assert result.exit_code == 2 and "gold file not found" in result.output

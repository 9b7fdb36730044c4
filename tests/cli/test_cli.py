"""The command line end to end, through typer's test runner."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from marsad.cli.app import _register, app

_register()


@pytest.fixture()
def run():
    runner = CliRunner()

    def invoke(*args, stdin=None):
        return runner.invoke(app, [str(a) for a in args], input=stdin)

    return invoke


def test_extract_seed_jsonl_offsets_round_trip(run, shared, seed_text):
    result = run("extract", shared / "samples" / "seed-ar-2023-09-16.txt")
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout.strip().splitlines()[-1])
    assert record["id"] == "seed-ar-2023-09-16"
    assert record["published"] == "2023-09-16"
    assert record["text"] == seed_text
    kinds = [s["kind"] for s in record["segments"]]
    assert kinds.count("paragraph") == 13 and kinds.count("post") == 1
    for layer in ("actors", "times", "places", "quotes", "events"):
        assert layer in record


def test_extract_stdin_with_published_date(run):
    result = run("extract", "-", "--published", "2024-01-05", "--no-text", stdin="وصل الوفد. The talks began.")
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["published"] == "2024-01-05" and "text" not in record
    assert {s["lang"] for s in record["segments"]} == {"ar", "en"}


def test_batch_continues_and_lists_failures(run, tmp_path):
    (tmp_path / "good.txt").write_text("The minister arrived.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    (tmp_path / "blob.bin").write_bytes(b"\x00\x01\x02" * 50)
    out = tmp_path.parent / f"{tmp_path.name}-out.jsonl"
    result = run("extract", tmp_path, "--output", out)
    assert result.exit_code == 1
    assert "2 input(s) failed" in result.output
    assert "empty.txt" in result.output and "blob.bin" in result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["good"]


def test_bad_date_option_is_a_usage_error(run, tmp_path):
    (tmp_path / "a.txt").write_text("x y z", encoding="utf-8")
    result = run("extract", tmp_path / "a.txt", "--published", "16/09/2023")
    assert result.exit_code == 2


def test_demo_then_store_commands(run, tmp_path, examples):
    db = tmp_path / "demo.duckdb"
    first = run("demo", "--db", db)
    assert first.exit_code == 0, first.output
    assert "Look further" in first.output
    again = run("demo", "--db", db)
    assert "Stored 0 new" in again.output
    stats = run("db", "stats", "--db", db)
    assert stats.exit_code == 0 and "documents" in stats.output
    exported = run("export", tmp_path / "out", "--db", db, "--format", "parquet")
    assert exported.exit_code == 0, exported.output
    import duckdb

    count = duckdb.sql(f"SELECT count(*) FROM '{tmp_path / 'out' / 'documents.parquet'}'").fetchall()[0][0]
    assert count == len(list(examples.glob("*.txt")))
    events = run("events", "--db", db, "--format", "csv")
    assert events.exit_code == 0 and events.stdout.startswith("date,type,")


def test_query_on_missing_database_is_a_clear_error(run, tmp_path):
    result = run("db", "stats", "--db", tmp_path / "nope.duckdb")
    assert result.exit_code == 2 and "no such database" in result.output


def test_schema_command_prints_json_schema(run, tmp_path):
    result = run("schema", "--output", tmp_path / "s.json")
    assert result.exit_code == 0
    assert "events" in json.loads((tmp_path / "s.json").read_text())["properties"]


def test_extract_table_shows_actors_by_name_and_code(run, shared):
    result = run("extract", shared / "samples" / "seed-ar-2023-09-16.txt", "--format", "table")
    assert result.exit_code == 0, result.output
    assert "[RUS" in result.output and "'country'" not in result.output  # "Russia [RUS GOV]", not a dict

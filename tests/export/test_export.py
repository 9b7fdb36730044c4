"""Exports load back: PLOVER JSON validates, the TSV parses, Parquet opens in DuckDB and pyarrow."""

from __future__ import annotations

import csv
import json

import duckdb
import jsonschema
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from marsad import Document
from marsad.cli.app import _register, app
from marsad.export import export_store
from marsad.export.plover import plover_schema
from marsad.model import ActorRef, Event
from marsad.store import Store

_register()


@pytest.fixture()
def store_path(tmp_path, pipeline):
    def coded(doc_id, text, events):
        result = pipeline.process(Document(id=doc_id, text=text, published="2015-08-03", source="okaz"))
        result.events = events
        return result, doc_id

    attack = Event(type="ASSAULT", cameo="183", start=0, end=5, trigger="bombing", date="2015-08-02",
                   place="Aden", source=[ActorRef(text="militants", country="YEM", sector="REB")],
                   target=[ActorRef(text="police", country="YEM", sector="COP")])
    talks = Event(type="CONSULT", cameo="040", start=0, end=4, trigger="met", date="2015-08-01",
                  source=[ActorRef(text="Kerry", country="USA", sector="GOV", name="John Kerry")],
                  target=[ActorRef(text="Lavrov", country="RUS", sector="GOV", name="Sergey Lavrov")])
    denied = Event(type="AGREE", start=0, end=3, trigger="deal", modality={"negated": True})
    path = tmp_path / "x.duckdb"
    with Store(path) as store:
        store.add([coded("a", "A bombing hit a police post in Aden on Sunday.", [attack]),
                   coded("b", "Kerry met Lavrov in Doha on Saturday; no deal was signed.", [talks, denied])])
    return path


def test_plover_records_validate_against_their_schema(store_path, tmp_path):
    with Store(store_path, read_only=True) as store:
        (path,) = export_store(store, tmp_path / "out", "plover")
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 3
    for record in records:
        jsonschema.validate(record, plover_schema())
    attack = next(r for r in records if r["event"] == ["ASSAULT"])
    assert attack["quad_code"] == 4 and attack["recipient"][0]["code"] == "YEM"
    assert attack["cite_info"]["publication"] == "okaz"


def test_cameo_tsv_has_gdelt_style_columns(store_path, tmp_path):
    with Store(store_path, read_only=True) as store:
        (path,) = export_store(store, tmp_path / "out", "cameo")
    rows = list(csv.DictReader(path.open(encoding="utf-8"), delimiter="\t"))
    consult = next(r for r in rows if r["PLOVERType"] == "CONSULT")
    assert (consult["Day"], consult["Actor1Code"], consult["Actor2Code"], consult["EventRootCode"]) == (
        "20150801", "USAGOV", "RUSGOV", "04")
    assert {r["Negated"] for r in rows} == {"0", "1"}


def test_parquet_tables_open_in_duckdb_and_pyarrow(store_path, tmp_path):
    with Store(store_path, read_only=True) as store:
        paths = export_store(store, tmp_path / "out", "parquet")
    events = next(p for p in paths if p.name == "events.parquet")
    assert pq.read_table(events).num_rows == 3
    columns = [row[0] for row in duckdb.sql(f"DESCRIBE SELECT * FROM '{events}'").fetchall()]
    for name in ("doc_id", "type", "cameo", "source", "target", "date", "place", "start", "end"):
        assert name in columns


def test_query_commands(store_path):
    runner = CliRunner()
    out = runner.invoke(app, ["events", "--db", str(store_path), "--type", "ASSAULT", "--since", "2015-08-01",
                              "--format", "csv"])
    assert out.exit_code == 0, out.output
    lines = out.stdout.strip().splitlines()
    assert len(lines) == 2 and "Aden" in lines[1]
    negated = runner.invoke(app, ["events", "--db", str(store_path), "--negated", "--format", "jsonl"])
    assert len(negated.stdout.strip().splitlines()) == 3
    usa = runner.invoke(app, ["events", "--db", str(store_path), "--country", "usa", "--format", "jsonl"])
    assert [json.loads(line)["type"] for line in usa.stdout.strip().splitlines()] == ["CONSULT"]
    unique = runner.invoke(app, ["events", "--db", str(store_path), "--unique", "--format", "csv"])
    assert len(unique.stdout.strip().splitlines()) == 3
    chart = runner.invoke(app, ["timeline", "Kerry", "--db", str(store_path)])
    assert chart.exit_code == 0 and "2015-08-01" in chart.output and "█" in chart.output

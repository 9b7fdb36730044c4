import duckdb
import pytest

from marsad import Document
from marsad.errors import Failure
from marsad.store import Store, StoreError


def _results(pipeline, *texts):
    return [(pipeline.process(Document(id=f"d{i}", text=t)), f"file{i}") for i, t in enumerate(texts)]


def test_ingest_is_idempotent(tmp_path, pipeline):
    db = tmp_path / "m.duckdb"
    with Store(db) as store:
        assert store.add(_results(pipeline, "First article.", "Second one.")) == 2
    with Store(db) as store:
        assert store.add(_results(pipeline, "First article.", "Second one.", "Third.")) == 1
        counts = store.counts()
    assert counts["documents"] == 3
    assert counts["segments"] == 3 * 2


def test_same_id_different_content_is_kept_apart(tmp_path, pipeline):
    with Store(tmp_path / "m.duckdb") as store:
        store.add([(pipeline.process(Document(id="x", text="one")), None)])
        store.add([(pipeline.process(Document(id="x", text="two")), None)])
        _, rows = store.query("SELECT id FROM documents ORDER BY id")
    assert len(rows) == 2 and rows[0][0] == "x" and rows[1][0].startswith("x#")


def test_failures_are_recorded(tmp_path):
    with Store(tmp_path / "m.duckdb") as store:
        store.add_failures([Failure("bad.bin", "binary file")])
        _, rows = store.query("SELECT origin, reason FROM failures")
    assert rows == [("bad.bin", "binary file")]


def test_foreign_database_is_refused_and_left_untouched(tmp_path):
    db = tmp_path / "other.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE mine (x INTEGER)")
    con.execute("INSERT INTO mine VALUES (42)")
    con.close()
    with pytest.raises(StoreError, match="not a marsad database"):
        Store(db)
    con = duckdb.connect(str(db))
    assert con.execute("SELECT x FROM mine").fetchall() == [(42,)]
    con.close()


def test_garbage_file_is_refused(tmp_path):
    db = tmp_path / "junk.duckdb"
    db.write_bytes(b"not a database at all" * 100)
    with pytest.raises(StoreError):
        Store(db)
    assert db.read_bytes().startswith(b"not a database")


def test_read_only_missing_database(tmp_path):
    with pytest.raises(StoreError, match="no such database"):
        Store(tmp_path / "missing.duckdb", read_only=True)

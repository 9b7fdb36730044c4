"""Parallel ingest: idempotent, resumable after SIGKILL, duplicates linked, one writer at a time."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from marsad import Document
from marsad.model import ActorRef, Event
from marsad.store import Store, StoreError
from marsad.store.ingest import ingest

TOPICS = ["port", "bridge", "school", "hospital", "road", "dam", "airport", "market", "library", "stadium"]


def _article(i: int) -> str:
    topic = TOPICS[i % len(TOPICS)]
    return (f"The ministry said on Monday that work on the new {topic} number {i} in district {i * 7} "
            f"would begin next month, with {i + 3} companies bidding for contract {i * 13}.")


def _documents(n: int, start: int = 0) -> list[Document]:
    return [Document(id=f"a{i}", text=_article(i), origin=f"a{i}.txt") for i in range(start, start + n)]


def test_parallel_ingest_is_idempotent(tmp_path):
    with Store(tmp_path / "m.duckdb") as store:
        first = ingest(_documents(40), store, workers=2, batch_size=7)
        second = ingest(_documents(45), store, workers=2, batch_size=7)
        ids = [row[0] for row in store.query("SELECT id FROM documents")[1]]
    assert (first.added, first.skipped) == (40, 0)
    assert (second.added, second.skipped) == (5, 40)
    assert sorted(ids) == sorted(f"a{i}" for i in range(45))


def test_near_duplicate_articles_are_linked_not_dropped(tmp_path):
    original = _article(1) + " " + _article(2)
    syndicated = original.replace("Monday", "Tuesday")
    docs = [Document(id="orig", text=original), Document(id="copy", text=syndicated),
            Document(id="other", text=_article(5))]
    with Store(tmp_path / "m.duckdb") as store:
        ingest(docs, store)
        _, rows = store.query("SELECT doc_id, duplicate_of FROM duplicates")
        assert store.counts()["documents"] == 3
    assert rows == [("copy", "orig")]


def test_events_reported_by_several_articles_form_one_cluster(tmp_path, pipeline):
    def with_event(doc_id: str, text: str):
        result = pipeline.process(Document(id=doc_id, text=text))
        result.events = [Event(type="ASSAULT", start=0, end=4, trigger="hit", date="2015-08-01",
                               source=[ActorRef(country="SYR")], target=[ActorRef(country="TUR")])]
        return result, doc_id

    with Store(tmp_path / "m.duckdb") as store:
        store.add([with_event("x", _article(1)), with_event("y", _article(2) + " Different wording.")])
        _, clusters = store.query("SELECT type, source_countries, target_countries, reports FROM event_clusters")
    assert clusters == [("ASSAULT", "SYR", "TUR", 2)]


def test_a_second_writer_gets_a_clear_message(tmp_path):
    db = tmp_path / "m.duckdb"
    Store(db).close()
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from marsad.store import Store; s = Store(sys.argv[1]); print('ready', flush=True); "
         "time.sleep(30)", str(db)],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError, match="in use"):
            Store(db)
    finally:
        holder.kill()
        holder.wait()


@pytest.fixture()
def corpus(tmp_path) -> Path:
    path = tmp_path / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for i in range(6000):
            out.write(json.dumps({"id": f"c{i}", "text": _article(i), "published": "2015-08-01"}) + "\n")
    return path


def test_ingest_killed_half_way_resumes_without_loss_or_duplicates(tmp_path, corpus):
    db = tmp_path / "k.duckdb"
    command = [sys.executable, "-m", "marsad.cli", "ingest", str(corpus), "--db", str(db),
               "--batch", "100", "--workers", "2", "--no-count"]
    env = {**os.environ, "COLUMNS": "120"}
    victim = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    deadline = time.time() + 60
    while time.time() < deadline and _written(db) < 200_000:  # a few batches committed
        time.sleep(0.05)
    victim.send_signal(signal.SIGKILL)
    victim.wait()
    partial = _stored(db)
    assert 0 < partial < 6000, "the kill should land half-way"
    finished = subprocess.run(command, capture_output=True, text=True, env=env)
    assert finished.returncode == 0, finished.stderr
    with Store(db, read_only=True) as store:
        _, rows = store.query("SELECT count(*), count(DISTINCT id), count(DISTINCT content_hash) FROM documents")
        _, segments = store.query("SELECT count(*), count(DISTINCT doc_id || ':' || idx) FROM segments")
    assert rows == [(6000, 6000, 6000)]
    assert segments[0][0] == segments[0][1]


def _written(db: Path) -> int:
    """Bytes in the database and its write-ahead log (the writer holds the lock, so no query)."""
    return sum(path.stat().st_size for path in (db, db.with_name(db.name + ".wal")) if path.exists())


def _stored(db: Path) -> int:
    with Store(db, read_only=True) as store:
        return store.query("SELECT count(*) FROM documents")[1][0][0]


def test_syndicated_copy_under_another_id_is_kept_and_linked(tmp_path):
    text = _article(3) + " " + _article(4)
    with Store(tmp_path / "m.duckdb") as store:
        ingest([Document(id="outlet-a/1", text=text), Document(id="outlet-b/9", text=text)], store)
        again = ingest([Document(id="outlet-a/1", text=text)], store)
        _, documents = store.query("SELECT id FROM documents ORDER BY id")
        _, links = store.query("SELECT doc_id, duplicate_of, similarity FROM duplicates")
    assert [row[0] for row in documents] == ["outlet-a/1", "outlet-b/9"]
    assert links == [("outlet-b/9", "outlet-a/1", 1.0)]
    assert (again.added, again.skipped) == (0, 1)

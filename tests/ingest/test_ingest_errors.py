"""Unreadable inputs become Failures naming the input; the batch always goes on."""

from __future__ import annotations

import json
import os
import zipfile

import pytest

from marsad.errors import Failure
from marsad.ingest import dispatch, read_inputs, source

GOOD = "The regional governor opened a new water treatment plant on Tuesday.\n"


def test_missing_file(read, tmp_path):
    missing = tmp_path / "nope.txt"
    documents, failures = read(missing)
    assert documents == [] and failures == [Failure(str(missing), "file not found")]


def test_permission_denied(read, tmp_path, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text(GOOD)

    def refuse(_path):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(source, "open_binary", refuse)
    documents, failures = read(path)
    assert documents == [] and failures == [Failure(str(path), "permission denied")]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a non-root POSIX user")
def test_permission_denied_for_real(read, tmp_path):
    path = tmp_path / "locked.txt"
    path.write_text(GOOD)
    path.chmod(0)
    _, failures = read(path)
    assert failures == [Failure(str(path), "permission denied")]


def test_binary_files(read, tmp_path):
    nul = tmp_path / "image.txt"
    nul.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    control = tmp_path / "blob.bin"
    control.write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 17]) * 100)
    documents, failures = read(nul, control)
    assert documents == []
    assert failures == [
        Failure(str(nul), "binary file (NUL bytes in the first 8 KB)"),
        Failure(str(control), "binary file (control bytes in the first 8 KB)"),
    ]


def test_empty_file_and_whitespace_only_text(read, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.txt"
    blank.write_text(" \n\t\r\n ")
    documents, failures = read(empty, blank)
    assert documents == []
    assert failures == [
        Failure(str(empty), "empty file"),
        Failure(str(blank), "empty article text (whitespace only)"),
    ]


def test_too_large_is_refused_before_reading(read, tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(52_400_000)  # sparse: no real 52 MB written

    def never(_path):
        raise AssertionError("a file over the limit must not be opened")

    monkeypatch.setattr(source, "open_binary", never)
    _, failures = read(path)
    assert failures == [Failure(str(path), "too large: 52.4 MB > limit 20.0 MB; raise --max-bytes")]


def test_small_limit_message(read, tmp_path):
    path = tmp_path / "medium.txt"
    path.write_text("x" * 5_240)
    _, failures = read(path, max_bytes=2_000)
    assert failures == [Failure(str(path), "too large: 5.2 kB > limit 2.0 kB; raise --max-bytes")]


def test_batch_goes_on_after_bad_inputs(read, tmp_path):
    (tmp_path / "a-good.txt").write_text(GOOD)
    (tmp_path / "b-binary.dat").write_bytes(b"\x00\x01\x02" * 50)
    (tmp_path / "c-empty.txt").write_bytes(b"")
    documents, failures = read(tmp_path)
    assert [d.text for d in documents] == [GOOD]
    assert [(os.path.basename(f.origin), f.reason) for f in failures] == [
        ("b-binary.dat", "binary file (NUL bytes in the first 8 KB)"),
        ("c-empty.txt", "empty file"),
    ]


def test_unexpected_reader_error_is_a_failure(read, tmp_path, monkeypatch):
    def boom(_source, _options):
        raise RuntimeError("reader exploded")
        yield  # pragma: no cover

    monkeypatch.setitem(dispatch.READERS, ".txt", boom)
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "b.json").write_text(json.dumps({"text": GOOD}))
    documents, failures = read(tmp_path / "a.txt", tmp_path / "b.json")
    assert failures == [Failure(str(tmp_path / "a.txt"), "RuntimeError: reader exploded")]
    assert [d.text for d in documents] == [GOOD]


def test_folder_walk_is_sorted_recursive_and_skips_hidden(read, tmp_path):
    for name in ["b.txt", "a/z.txt", "a/c.txt", ".hidden.txt", ".git/config.txt", "a/.secret.txt", "c.txt"]:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"article {name}")
    documents, failures = read(tmp_path)
    assert failures == []
    found = [os.path.relpath(d.origin, tmp_path) for d in documents]
    assert found == ["a/c.txt", "a/z.txt", "b.txt", "c.txt"]


def test_unknown_extensions_are_sniffed(read, tmp_path):
    (tmp_path / "a.notes").write_text("# Notes\nThe committee met on Sunday.\n")
    (tmp_path / "b.page").write_text(
        "<!DOCTYPE html><html><body><p>The festival opened on Friday evening with a concert "
        "in the old square.</p></body></html>"
    )
    (tmp_path / "c.data").write_text(json.dumps([{"id": "j1", "text": "From a JSON list."}]))
    (tmp_path / "d").write_text('{"id": "l1", "text": "JSON lines."}\n{"id": "l2", "text": "Line two."}\n')
    with zipfile.ZipFile(tmp_path / "e.bundle", "w") as archive:
        archive.writestr("inside.txt", "From a zip without its extension.")
    (tmp_path / "f.feed").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>'
        "<item><guid>r1</guid><description>From a feed.</description></item></channel></rss>"
    )
    (tmp_path / "g.bin").write_bytes(b"\x00\xff\x10" * 20)
    (tmp_path / "h.pdf").write_bytes(b"%PDF-1.7\n%text-looking header\n")
    documents, failures = read(tmp_path)
    assert [d.id for d in documents] == ["a", "b", "j1", "l1", "l2", "inside", "r1"]
    assert documents[0].text == "# Notes\nThe committee met on Sunday.\n"
    assert "festival opened" in documents[1].text
    assert failures == [
        Failure(str(tmp_path / "g.bin"), "binary file (NUL bytes in the first 8 KB)"),
        Failure(str(tmp_path / "h.pdf"), "binary file (PDF); extract its text first"),
    ]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_special_file_is_refused(read, tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    _, failures = read(fifo)
    assert failures == [Failure(str(fifo), "not a regular file")]


def test_a_single_path_is_not_split_into_characters(tmp_path):
    path = tmp_path / "one.txt"
    path.write_text(GOOD)
    assert [d.text for d in read_inputs(str(path))] == [GOOD]
    assert [d.text for d in read_inputs(path)] == [GOOD]


def test_reading_is_lazy(tmp_path, monkeypatch):
    first, second = tmp_path / "1.txt", tmp_path / "2.txt"
    first.write_text(GOOD)
    second.write_text(GOOD)
    opened = []
    real = source.open_binary
    monkeypatch.setattr(source, "open_binary", lambda path: opened.append(path.name) or real(path))
    items = read_inputs([first, second])
    assert opened == []
    next(items)
    assert opened == ["1.txt"]


def test_folder_walk_skips_documentation_files_but_explicit_paths_are_read(read, tmp_path):
    (tmp_path / "README.md").write_text("About this corpus.\n")
    (tmp_path / "LICENSE").write_text("Some licence text.\n")
    (tmp_path / "notes.md").write_text("Working notes.\n")
    (tmp_path / "story.txt").write_text("The council met on Monday.\n")
    documents, failures = read(tmp_path)
    assert [d.id for d in documents] == ["story"] and failures == []
    documents, failures = read(tmp_path / "notes.md")
    assert [d.id for d in documents] == ["notes"]

"""JSON Lines and JSON article files."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone


def test_jsonl_articles_fields_and_ids(read, fixtures):
    path = fixtures / "articles.jsonl"
    documents, _ = read(path)
    by_line = {d.origin.rsplit(":", 1)[1]: d for d in documents}
    assert sorted(by_line) == ["1", "2", "4", "8"]
    first = by_line["1"]
    assert (first.id, first.url, first.source, first.title) == (
        "jl-1", "https://news.example.com/rates", "example-wire", "Rates unchanged",
    )
    assert first.meta == {"author": "Desk"}
    assert (first.published, first.published_from) == (date(2024, 1, 17), "metadata")
    assert by_line["2"].id == "https://news.example.com/ar/hospital"  # no id: the url
    assert by_line["2"].text.startswith("أعلنت وزارة الصحة")
    assert by_line["4"].id == "articles:4"  # neither: stem:LINE
    assert by_line["4"].reference == datetime(2024, 1, 17, 10, 0, tzinfo=timezone.utc)
    assert by_line["8"].published is None


def test_jsonl_bad_lines_fail_and_the_rest_continues(read, fixtures):
    path = fixtures / "articles.jsonl"
    documents, failures = read(path)
    assert len(documents) == 4
    assert [(f.origin, f.reason) for f in failures] == [
        (f"{path}:5", "malformed JSON: Expecting value (column 1)"),
        (f"{path}:6", "no 'text' or 'content' field"),
        (f"{path}:7", "empty article text (whitespace only)"),
    ]


def test_jsonl_date_field_variants(read, tmp_path):
    rows = [
        {"id": "a", "text": "x", "date": "2024/02/03"},
        {"id": "b", "text": "x", "date_extracted": "2015-07-21 02:51:32"},
        {"id": "c", "text": "x", "published_at": "2024-02-05T23:30:00-05:00"},
        {"id": "d", "text": "x", "published": "sometime", "date": "2024-02-06"},
        {"id": "e", "text": "x", "published": "yesterday"},
    ]
    path = tmp_path / "feed-2020-01-01.ndjson"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    documents, failures = read(path)
    assert failures == []
    got = {d.id: (d.published, d.published_from) for d in documents}
    assert got == {
        "a": (date(2024, 2, 3), "metadata"),
        "b": (date(2015, 7, 21), "metadata"),
        "c": (date(2024, 2, 5), "metadata"),
        "d": (date(2024, 2, 6), "metadata"),
        "e": (date(2020, 1, 1), "filename"),
    }
    assert documents[3].meta == {"published": "sometime"}  # unparsed dates are kept in meta


def test_jsonl_non_object_and_non_string_text(read, tmp_path):
    path = tmp_path / "odd.jsonl"
    path.write_text('[1, 2]\n{"text": 42}\n{"text": "fine", "id": 7}\n', encoding="utf-8")
    documents, failures = read(path)
    assert [d.id for d in documents] == ["7"]
    assert [f.reason for f in failures] == ["expected a JSON object, got list", "'text' is int, not a string"]


def test_jsonl_undecodable_line_fails_alone(read, tmp_path):
    path = tmp_path / "bytes.jsonl"
    path.write_bytes(b'{"text": "good one"}\n{"text": "bad \xff byte"}\n{"text": "good two"}\n')
    documents, (failure,) = read(path)
    assert [d.text for d in documents] == ["good one", "good two"]
    assert failure.origin == f"{path}:2"
    assert failure.reason.startswith("not valid UTF-8 (first bad byte at offset 14)")


def test_jsonl_overlong_line_fails_alone(read, tmp_path):
    path = tmp_path / "long.jsonl"
    path.write_text('{"text": "short"}\n{"text": "' + "x" * 500 + '"}\n{"text": "also short"}\n')
    documents, (failure,) = read(path, max_bytes=100)
    assert [d.text for d in documents] == ["short", "also short"]
    assert failure.origin == f"{path}:2" and failure.reason.startswith("too large")


def test_jsonl_utf16_and_crlf(read, tmp_path):
    path = tmp_path / "wide.jsonl"
    path.write_bytes('{"text": "سطر أول"}\r\n{"text": "line two\\r\\nend"}\r\n'.encode("utf-16"))
    documents, failures = read(path)
    assert failures == []
    assert [d.text for d in documents] == ["سطر أول", "line two\nend"]


def test_jsonl_only_blank_lines_fails(read, tmp_path):
    path = tmp_path / "blank.jsonl"
    path.write_text("\n  \n\n")
    _, (failure,) = read(path)
    assert failure.reason == "no articles (only blank lines)"


def test_json_list_saudinewsnet_style(read, fixtures):
    path = fixtures / "day-2015-07-21.json"
    documents, failures = read(path)
    ids = ["http://daily.example.com/1", "http://daily.example.com/2", "day-2015-07-21:2"]
    assert [d.id for d in documents] == ids
    assert [d.origin for d in documents] == [f"{path}[0]", f"{path}[1]", f"{path}[2]"]
    first, second, third = documents
    assert first.text == (  # \r\n in the JSON string became \n
        "افتتحت البلدية طريقاً جديداً يربط الحي الشرقي بوسط المدينة.\nوقال مسؤول إن الطريق سيخفف الازدحام."
    )
    assert (first.source, first.title, first.meta) == ("example-daily", "افتتاح طريق جديد", {})
    assert second.title is None and second.meta == {"author": "مراسل"}
    assert (first.published, first.published_from) == (date(2015, 7, 21), "metadata")
    assert (third.published, third.published_from) == (date(2015, 7, 21), "filename")
    assert [(f.origin, f.reason) for f in failures] == [
        (f"{path}[3]", "empty article text (whitespace only)"),
    ]


def test_json_single_object(read, tmp_path):
    path = tmp_path / "one.json"
    article = {"text": "A single article.", "title": "One", "reference": "2024-05-01T12:00:00"}
    path.write_text(json.dumps(article))
    (doc,), failures = read(path)
    assert failures == []
    assert (doc.id, doc.title, doc.reference) == ("one", "One", datetime(2024, 5, 1, 12))
    assert doc.anchor() == datetime(2024, 5, 1, 12)


def test_malformed_and_empty_json(read, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('[{"text": "a"},\n {"text": }]')
    empty = tmp_path / "empty.json"
    empty.write_text("[]")
    documents, failures = read(bad, empty)
    assert documents == []
    assert [(f.origin, f.reason) for f in failures] == [
        (str(bad), "malformed JSON: Expecting value (line 2, column 11)"),
        (str(empty), "no articles (empty JSON list)"),
    ]

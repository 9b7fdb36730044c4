"""ZIP, gzip and WARC inputs, whole and damaged."""

from __future__ import annotations

import gzip
import io
import json
import zipfile
from datetime import date
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ARTICLES = [
    {"id": "z1", "text": "The ministry announced a scholarship on Sunday.", "published": "2024-03-03"},
    {"id": "z2", "content": "وقّع البلدان اتفاقية للتعاون في مجال الطاقة المتجددة."},
]
PAGE = (
    "<html><head><title>{title}</title>{meta}</head><body><article><h1>{title}</h1>"
    "<p>{body}</p><p>Residents said the work had been expected for a long time and welcomed it.</p>"
    "</article></body></html>"
)


def make_zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_zip_members_read_by_extension(read, tmp_path, fixtures):
    members = {
        "news/b-2024-01-05.txt": "Short notice about a road closure on Friday.".encode(),
        "news/a.jsonl": "\n".join(json.dumps(a, ensure_ascii=False) for a in ARTICLES).encode(),
        "page.html": (fixtures / "page-en.html").read_bytes(),
        "list.json": json.dumps(ARTICLES).encode(),
        "news/": b"",
        "__MACOSX/._page.html": b"\x00\x05junk",
        ".hidden.txt": b"skipped",
    }
    path = make_zip(tmp_path / "bundle-2024-02-02.zip", members)
    documents, failures = read(path)
    assert failures == []
    assert [d.origin for d in documents] == [
        f"{path}!list.json[0]", f"{path}!list.json[1]",
        f"{path}!news/a.jsonl:1", f"{path}!news/a.jsonl:2",
        f"{path}!news/b-2024-01-05.txt", f"{path}!page.html",
    ]
    text_doc = documents[4]
    assert text_doc.id == "b-2024-01-05"
    # a date in the member's name first, then in the archive's
    assert (text_doc.published, text_doc.published_from) == (date(2024, 1, 5), "filename")
    z2 = documents[3]
    assert (z2.id, z2.published, z2.published_from) == ("z2", date(2024, 2, 2), "filename")
    assert documents[5].title == "Ministers agree on water-sharing plan"


def test_zip_member_too_large(read, tmp_path):
    members = {"big.txt": b"x" * 5000, "ok.txt": b"fine text", "z.txt": b"y" * 300}
    path = make_zip(tmp_path / "mixed.zip", members)
    documents, failures = read(path, max_bytes=1000)
    assert [d.text for d in documents] == ["fine text", "y" * 300]
    assert [(f.origin, f.reason) for f in failures] == [
        (f"{path}!big.txt", "too large: 5.0 kB > limit 1.0 kB; raise --max-bytes"),
    ]


def test_zip_member_with_bad_crc(read, tmp_path):
    path = tmp_path / "crc.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as archive:
        archive.writestr("a.txt", b"first article text")
        archive.writestr("b.txt", b"second article text")
    data = path.read_bytes().replace(b"first article text", b"FIRST article text", 1)
    path.write_bytes(data)
    documents, (failure,) = read(path)
    assert [d.text for d in documents] == ["second article text"]
    assert failure.origin == f"{path}!a.txt"
    assert failure.reason.startswith("corrupt zip member (Bad CRC-32")


def test_encrypted_zip_member(read, tmp_path):
    members = {"secret.txt": b"not really encrypted", "open.txt": b"an open article"}
    path = make_zip(tmp_path / "locked.zip", members)
    data = bytearray(path.read_bytes())
    entry = data.index(b"PK\x01\x02")  # the first central-directory entry (secret.txt)
    data[entry + 8] |= 0x1  # general-purpose flag bit 0: encrypted
    path.write_bytes(bytes(data))
    documents, (failure,) = read(path)
    assert [d.text for d in documents] == ["an open article"]
    assert (failure.origin, failure.reason) == (f"{path}!secret.txt", "encrypted zip member; not supported")


def test_corrupt_and_empty_zip(read, tmp_path):
    corrupt = tmp_path / "broken.zip"
    corrupt.write_bytes(b"PK\x03\x04 this is not really a zip archive")
    empty = make_zip(tmp_path / "empty.zip", {})
    documents, failures = read(corrupt, empty)
    assert documents == []
    assert failures[0].origin == str(corrupt) and failures[0].reason.startswith("corrupt zip archive")
    assert (failures[1].origin, failures[1].reason) == (str(empty), "empty zip archive (no files)")


def test_zip_inside_zip(read, tmp_path):
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as archive:
        archive.writestr("inner.txt", b"nested article")
    path = make_zip(tmp_path / "outer.zip", {"inner.zip": inner.getvalue()})
    (doc,), failures = read(path)
    assert failures == [] and doc.text == "nested article"
    assert doc.origin == f"{path}!inner.zip!inner.txt"


def test_gzip_file_read_as_what_it_holds(read, tmp_path):
    path = tmp_path / "wire-2024-04-04.jsonl.gz"
    path.write_bytes(gzip.compress("\n".join(json.dumps(a) for a in ARTICLES).encode()))
    documents, failures = read(path)
    assert failures == []
    assert [(d.id, d.origin) for d in documents] == [("z1", f"{path}:1"), ("z2", f"{path}:2")]
    assert documents[1].published == date(2024, 4, 4)


def test_corrupt_and_truncated_gzip(read, tmp_path):
    bad = tmp_path / "bad.txt.gz"
    bad.write_bytes(b"\x1f\x8b\x08\x00 not a real gzip stream")
    cut = tmp_path / "cut.txt.gz"
    cut.write_bytes(gzip.compress(b"some article text " * 200)[:60])
    documents, failures = read(bad, cut)
    assert documents == []
    assert [f.origin for f in failures] == [str(bad), str(cut)]
    assert all(f.reason.startswith("corrupt gzip file") for f in failures)


def write_warc(path: Path, records: list[tuple[str, str, str, bytes]], compress: bool = True) -> Path:
    """records: (uri, status, content type, body) responses, plus one request record."""
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=compress)
        request = writer.create_warc_record("https://site.example/", "request", payload=io.BytesIO(b"GET /"))
        writer.write_record(request)
        for uri, status, content_type, body in records:
            headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                uri, "response", payload=io.BytesIO(body), http_headers=headers,
                warc_headers_dict={"WARC-Date": "2024-06-03T10:00:00Z"},
            )
            writer.write_record(record)
    return path


def _page(title: str, body: str, meta: str = "") -> bytes:
    return PAGE.format(title=title, body=body, meta=meta).encode("utf-8")


@pytest.fixture
def warc_records() -> list[tuple[str, str, str, bytes]]:
    dated = '<meta property="article:published_time" content="2024-05-30">'
    legacy = "افتتحت البلدية حديقة عامة جديدة في الحي الغربي صباح الخميس بحضور عدد من السكان."
    return [
        (
            "https://site.example/a", "200 OK", "text/html; charset=utf-8",
            _page("Bridge repaired", "Crews finished repairing the old bridge.", dated),
        ),
        ("https://site.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n\x00\x00"),
        ("https://site.example/gone", "404 Not Found", "text/html", _page("Missing", "Page not found.")),
        (
            "https://site.example/b", "200 OK", "text/html; charset=windows-1256",
            PAGE.format(title="حديقة", body=legacy, meta="").encode("cp1256"),
        ),
    ]


@pytest.mark.parametrize("compress", [True, False])
def test_warc_html_responses(read, tmp_path, warc_records, compress):
    path = write_warc(tmp_path / ("crawl.warc.gz" if compress else "crawl.warc"), warc_records, compress)
    documents, failures = read(path)
    assert failures == []
    assert [(d.id, d.url, d.origin) for d in documents] == [
        ("https://site.example/a", "https://site.example/a", f"{path}!https://site.example/a"),
        ("https://site.example/b", "https://site.example/b", f"{path}!https://site.example/b"),
    ]
    first, second = documents
    assert (first.published, first.published_from) == (date(2024, 5, 30), "metadata")
    assert (second.published, second.published_from) == (None, None)  # crawl date is not publication date
    assert first.meta["crawled"] == second.meta["crawled"] == "2024-06-03T10:00:00Z"
    assert "Crews finished repairing the old bridge." in first.text
    assert "افتتحت البلدية حديقة عامة جديدة" in second.text and second.meta["encoding"] == "cp1256"


def test_warc_record_too_large(read, tmp_path, warc_records):
    path = write_warc(tmp_path / "crawl.warc.gz", warc_records[:1])
    documents, (failure,) = read(path, max_bytes=200)
    assert documents == []
    assert failure.origin == f"{path}!https://site.example/a" and failure.reason.startswith("too large")


def test_corrupt_truncated_and_pageless_warc(read, tmp_path, warc_records):
    not_warc = tmp_path / "notes.warc"
    not_warc.write_text("these are some notes, not a web archive\n" * 5)
    bad_gzip = tmp_path / "bad.warc.gz"
    bad_gzip.write_bytes(b"\x1f\x8b\x08\x00garbage")
    whole = write_warc(tmp_path / "whole.warc", warc_records[:1], compress=False).read_bytes()
    truncated = tmp_path / "cut.warc"
    truncated.write_bytes(whole[:-120])
    pageless = write_warc(tmp_path / "images.warc.gz", warc_records[1:3])
    documents, failures = read(not_warc, bad_gzip, truncated, pageless)
    assert documents == []
    assert [(f.origin, f.reason.split(" (")[0]) for f in failures] == [
        (str(not_warc), "corrupt WARC"),
        (str(bad_gzip), "corrupt WARC"),
        (f"{truncated}!https://site.example/a", "truncated WARC record"),
        (str(pageless), "no HTML responses in the WARC"),
    ]


def test_warc_and_gzip_are_recognised_without_their_extension(read, tmp_path, warc_records):
    warc = write_warc(tmp_path / "crawl.data", warc_records[:1])
    packed = tmp_path / "articles.pack"
    packed.write_bytes(gzip.compress(json.dumps(ARTICLES).encode()))
    documents, failures = read(warc, packed)
    assert failures == []
    assert [d.id for d in documents] == ["https://site.example/a", "z1", "z2"]

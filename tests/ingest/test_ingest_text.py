"""Plain text, encodings, newlines, publication dates and standard input."""

from __future__ import annotations

import io
from datetime import date

from marsad.ingest import read_inputs

ARABIC = (
    "أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية، "
    "وقال الوزير إن التنفيذ سيبدأ الشهر المقبل.\n"
)
ENGLISH = "The city council approved a new bus route on Monday.\r\nIt opens in May.\rOfficials welcomed it.\n"


def test_plain_text_file_is_one_document(read, fixtures):
    path = fixtures / "en-2024-02-08-port-deal.txt"
    documents, failures = read(path)
    assert failures == []
    (doc,) = documents
    assert doc.id == "en-2024-02-08-port-deal"
    assert doc.origin == str(path)
    assert doc.text == path.read_text(encoding="utf-8")
    assert (doc.published, doc.published_from) == (date(2024, 2, 8), "filename")


def test_newlines_are_normalised_and_text_otherwise_kept(read, tmp_path):
    path = tmp_path / "note.txt"
    path.write_bytes(("  " + ENGLISH).encode("utf-8"))
    (doc,), _ = read(path)
    assert doc.text == (
        "  The city council approved a new bus route on Monday.\nIt opens in May.\nOfficials welcomed it.\n"
    )


def test_published_argument_beats_filename_and_metadata_beats_argument(read, fixtures):
    (doc,), _ = read(fixtures / "ar-2024-05-20-council.txt", published=date(2024, 6, 1))
    assert (doc.published, doc.published_from) == (date(2024, 6, 1), "argument")
    (page,), _ = read(fixtures / "page-en.html", published=date(2024, 6, 1))
    assert (page.published, page.published_from) == (date(2023, 9, 16), "metadata")


def test_no_date_anywhere_leaves_published_unknown(read, tmp_path):
    path = tmp_path / "undated-2024-13-45.txt"  # not a valid date
    path.write_text(ENGLISH, encoding="utf-8")
    (doc,), _ = read(path)
    assert doc.published is None and doc.published_from is None


def test_utf8_bom_is_stripped(read, tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + ARABIC.encode("utf-8"))
    (doc,), failures = read(path)
    assert failures == [] and doc.text == ARABIC


def test_utf16_with_bom(read, tmp_path):
    path = tmp_path / "wide.txt"
    path.write_bytes(ARABIC.encode("utf-16"))
    (doc,), failures = read(path)
    assert failures == [] and doc.text == ARABIC
    assert doc.meta["encoding"] == "utf-16"


def test_cp1256_arabic_is_detected(read, tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes((ARABIC * 3).encode("cp1256"))
    (doc,), failures = read(path)
    assert failures == []
    assert doc.text == ARABIC * 3
    assert doc.meta["encoding"] == "cp1256"


def test_encoding_argument_is_used_when_not_utf8(read, tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Le ministre a salué l'accord signé à Tunis.".encode("latin-1"))
    (doc,), failures = read(path, encoding="latin-1")
    assert failures == [] and doc.text == "Le ministre a salué l'accord signé à Tunis."
    utf8 = tmp_path / "plain.txt"
    utf8.write_text("café", encoding="utf-8")
    (doc,), _ = read(utf8, encoding="latin-1")
    assert doc.text == "café"  # valid UTF-8 wins over the option


def test_undecodable_text_fails_with_offset_and_hint(read, tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_bytes(b"ok text " + bytes([0xC3, 0x28]) + b" more")
    documents, (failure,) = read(path)
    assert documents == []
    assert failure.origin == str(path)
    assert failure.reason == "not valid UTF-8 (first bad byte at offset 8); pass --encoding"


def test_unknown_encoding_argument_fails(read, tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes(ARABIC.encode("cp1256"))
    _, (failure,) = read(path, encoding="no-such-codec")
    assert failure.reason == "unknown encoding 'no-such-codec'"


def test_stdin_plain_text(tmp_path):
    (doc,) = list(read_inputs(["-"], stdin=io.BytesIO(ARABIC.encode("utf-8")), published=date(2024, 1, 2)))
    assert doc.text == ARABIC and doc.id == "stdin" and doc.origin == "<stdin>"
    assert (doc.published, doc.published_from) == (date(2024, 1, 2), "argument")


def test_stdin_text_stream_and_jsonl(split):
    lines = '{"id": "a", "text": "First article."}\n{"id": "b", "content": "Second article."}\n'
    documents, failures = split(read_inputs(["-"], stdin=io.StringIO(lines)))
    assert failures == []
    assert [(d.id, d.text, d.origin) for d in documents] == [
        ("a", "First article.", "<stdin>:1"),
        ("b", "Second article.", "<stdin>:2"),
    ]


def test_stdin_json_looking_text_stays_text(split):
    text = '{not json} said the headline\n'
    documents, failures = split(read_inputs(["-"], stdin=io.BytesIO(text.encode())))
    assert failures == [] and [d.text for d in documents] == [text]


def test_stdin_too_large_and_empty(split):
    _, (failure,) = split(read_inputs(["-"], stdin=io.BytesIO(b"x" * 50), max_bytes=10))
    assert failure.origin == "<stdin>"
    assert failure.reason == "too large: over the limit of 10 bytes; raise --max-bytes"
    _, (empty,) = split(read_inputs(["-"], stdin=io.BytesIO(b"")))
    assert (empty.origin, empty.reason) == ("<stdin>", "empty file")

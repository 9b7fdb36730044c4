"""WARC web archives: each HTML ``response`` record read as a page.

The page's own metadata gives the publication date; the crawl time (WARC-Date)
is not a publication date and is kept in ``meta['crawled']``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from marsad.errors import Failure, InputError
from marsad.ingest.archive import CORRUPT, gunzip
from marsad.ingest.decode import declared_charset, decode
from marsad.ingest.html import html_document
from marsad.ingest.source import Item, Options, Source, guarded, too_large

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(source: Source, options: Options) -> Iterator[Item]:
    """HTML responses with a 2xx status; origin ``file.warc.gz!target-uri``."""
    from warcio.archiveiterator import ArchiveIterator

    _check_header(source)
    pages = 0
    with source.open() as handle:
        try:
            for record in ArchiveIterator(handle):
                if _is_html_response(record):
                    pages += 1
                    origin = f"{source.origin}!{_uri(record) or pages}"
                    yield from guarded(origin, _page(record, origin, pages, source, options))
        except Exception as error:  # warcio's errors on damaged input are of many types
            detail = str(error).strip() or type(error).__name__
            raise InputError(source.origin, f"corrupt WARC ({detail})") from None
    if not pages:
        raise InputError(source.origin, "no HTML responses in the WARC")


def _check_header(source: Source) -> None:
    """Refuse input that does not start with a WARC header (warcio would guess at it)."""
    head = source.head(64)
    if not head:
        raise InputError(source.origin, "empty file")
    if head.startswith(b"\x1f\x8b"):
        try:
            with gunzip(source.open()) as stream:
                head = stream.read(8)
        except CORRUPT as error:
            raise InputError(source.origin, f"corrupt WARC (gzip: {error})") from None
    if not head.startswith(b"WARC/"):
        raise InputError(source.origin, "corrupt WARC (no WARC/1.x header at the start)")


def _uri(record: Any) -> str | None:
    return record.rec_headers.get_header("WARC-Target-URI")


def _is_html_response(record: Any) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    status = record.http_headers.get_statuscode() or ""
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    return status.startswith("2") and content_type.startswith(_HTML_TYPES)


def _page(record: Any, origin: str, number: int, source: Source, options: Options) -> Iterator[Item]:
    if record.length is not None and record.length > options.max_bytes:
        yield Failure(origin, too_large(origin, record.length, options.max_bytes).reason)
        return
    body = record.content_stream().read(options.max_bytes + 1)
    if len(body) > options.max_bytes:
        raise too_large(origin, None, options.max_bytes)
    if _truncated(record):
        raise InputError(origin, "truncated WARC record")
    if not body.strip():
        raise InputError(origin, "empty response body")
    content_type = record.http_headers.get_header("Content-Type") or ""
    header_charset = content_type.partition("charset=")[2].split(";")[0].strip(" \"'") or None
    markup, codec = decode(body, origin, options.encoding, header_charset or declared_charset(body))
    uri = _uri(record)
    meta = {
        "crawled": record.rec_headers.get_header("WARC-Date"),
        "warc_record_id": record.rec_headers.get_header("WARC-Record-ID"),
        "encoding": codec if codec != "utf-8" else None,
    }
    doc_id = uri or f"{source.stem}:{number}"
    yield html_document(markup, source, options, doc_id=doc_id, origin=origin, url=uri, meta=meta)


def _truncated(record: Any) -> bool:
    """Whether the record's declared length runs past the end of the file."""
    remaining = getattr(record.raw_stream, "limit", 0)
    return bool(remaining) and len(record.raw_stream.read(remaining)) < remaining

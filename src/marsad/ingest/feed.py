"""RSS and Atom feeds: each entry one Document."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from typing import Any

from marsad.errors import InputError
from marsad.ingest.decode import check_binary
from marsad.ingest.html import html_to_text
from marsad.ingest.records import make_document, parse_date
from marsad.ingest.source import Item, Options, Source

_HTML_TYPES = ("text/html", "application/xhtml+xml", "html", "xhtml")


def read_feed(source: Source, options: Options) -> Iterator[Item]:
    """Entries with their text (content, else summary, HTML stripped), title, link and date."""
    import feedparser

    data = source.read(options.max_bytes)
    check_binary(data, source.origin)
    parsed = feedparser.parse(io.BytesIO(data))
    if not parsed.entries:
        if parsed.bozo:
            raise InputError(source.origin, f"malformed feed ({parsed.get('bozo_exception')})")
        raise InputError(source.origin, "feed has no entries")
    channel = _text(parsed.feed, "title") or None
    for index, entry in enumerate(parsed.entries):
        yield _entry(entry, index, channel, source, options)


def _entry(entry: Any, index: int, channel: str | None, source: Source, options: Options) -> Item:
    link = entry.get("link") or None
    tags = [tag.get("term") for tag in entry.get("tags", []) if tag.get("term")]
    return make_document(
        source, options, id=entry.get("id") or link or f"{source.stem}:{index}", text=_body(entry),
        origin=f"{source.origin}[{index}]", published=_published(entry), url=link, source=channel,
        title=_text(entry, "title") or None,
        meta={"author": entry.get("author"), "tags": tags},
    )


def _body(entry: Any) -> str:
    for content in entry.get("content", []):
        if content.get("value", "").strip():
            return html_to_text(content["value"]) if content.get("type") in _HTML_TYPES else content["value"]
    return _text(entry, "summary")


def _text(item: Any, key: str) -> str:
    value = item.get(key) or ""
    detail = item.get(f"{key}_detail") or {}
    return html_to_text(value) if value and detail.get("type") in _HTML_TYPES else value.strip()


def _published(entry: Any) -> date | None:
    for key in ("published", "updated", "created"):
        found = parse_date(entry.get(key))
        if found is not None:
            return found
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            return date(*parsed[:3])
    return None

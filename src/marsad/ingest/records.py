"""Building Documents: text checks, publication dates, and article records (JSON objects)."""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from typing import Any

from marsad.errors import Failure
from marsad.ingest.source import Options, Source
from marsad.model import Document

TEXT_KEYS = ("text", "content")
DATE_KEYS = ("published", "date", "date_extracted", "published_at")
_DATE_PREFIX = re.compile(r"\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_NAME_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse_date(value: Any) -> date | None:
    """A calendar date from a date, datetime, ISO-like or RFC 2822 string; None otherwise."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    match = _DATE_PREFIX.match(value)
    if match:
        try:
            return date(*(int(part) for part in match.groups()))
        except ValueError:
            return None
    moment = parse_datetime(value)
    return moment.date() if moment else None


def parse_datetime(value: Any) -> datetime | None:
    """A datetime from an ISO 8601 or RFC 2822 string; None otherwise."""
    if isinstance(value, datetime):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return datetime.fromisoformat(value.strip())
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None


def filename_date(names: tuple[str, ...]) -> date | None:
    """The first valid YYYY-MM-DD date found in the given file names."""
    for name in names:
        for match in _NAME_DATE.finditer(name):
            try:
                return date(*(int(part) for part in match.groups()))
            except ValueError:
                continue
    return None


def publication(found: date | None, source: Source, options: Options) -> tuple[date | None, str | None]:
    """The publication date and where it came from: metadata, argument, filename, or nowhere."""
    if found is not None:
        return found, "metadata"
    if options.published is not None:
        return options.published, "argument"
    from_name = filename_date(source.date_names)
    if from_name is not None:
        return from_name, "filename"
    return None, None


def make_document(
    source: Source, options: Options, /, *, id: str, text: str, origin: str | None = None,
    published: date | None = None, **fields: Any,
) -> Document | Failure:
    """A Document with normalised newlines and a resolved date, or a Failure for empty text."""
    origin = origin or source.origin
    text = normalize_newlines(text)
    if not text.strip():
        return Failure(origin, "empty article text (whitespace only)" if text else "empty article text")
    when, where = publication(published, source, options)
    fields["meta"] = {k: v for k, v in (fields.get("meta") or {}).items() if v not in (None, "", [], {})}
    return Document(id=id, text=text, origin=origin, published=when, published_from=where, **fields)


def _clean(value: Any) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    return value or None


def from_record(
    record: Any, source: Source, options: Options, *, origin: str, fallback_id: str
) -> Document | Failure:
    """One article object (fields id/text/url/published/source/title/...) as a Document."""
    if not isinstance(record, dict):
        return Failure(origin, f"expected a JSON object, got {type(record).__name__}")
    key = next((k for k in TEXT_KEYS if k in record), None)
    if key is None:
        return Failure(origin, "no 'text' or 'content' field")
    if not isinstance(record[key], str):
        return Failure(origin, f"'{key}' is {type(record[key]).__name__}, not a string")
    rest = {k: v for k, v in record.items() if k != key}
    published = _take_date(rest)
    reference = parse_datetime(rest.get("reference"))
    if reference is not None:
        del rest["reference"]
    url = _clean(rest.pop("url", None))
    doc_id = _clean(rest.pop("id", None)) or url or fallback_id
    return make_document(
        source, options, id=doc_id, text=record[key], origin=origin, published=published, url=url,
        source=_clean(rest.pop("source", None)), title=_clean(rest.pop("title", None)),
        reference=reference, meta=rest,
    )


def _take_date(fields: dict[str, Any]) -> date | None:
    """The first parseable date field, removed from ``fields``; unparseable ones stay (in meta)."""
    for key in DATE_KEYS:
        found = parse_date(fields.get(key))
        if found is not None:
            del fields[key]
            return found
    return None

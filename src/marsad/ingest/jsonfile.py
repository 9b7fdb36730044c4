"""JSON files: a list of article objects (e.g. SaudiNewsNet day files) or a single object."""

from __future__ import annotations

import json
from collections.abc import Iterator

from marsad.errors import InputError
from marsad.ingest.decode import decode
from marsad.ingest.records import from_record
from marsad.ingest.source import Item, Options, Source


def malformed(error: json.JSONDecodeError, one_line: bool = False) -> str:
    where = f"column {error.colno}" if one_line else f"line {error.lineno}, column {error.colno}"
    return f"malformed JSON: {error.msg} ({where})"


def read_json(source: Source, options: Options) -> Iterator[Item]:
    """Each object of a top-level list (origin ``path[i]``, id fallback ``stem:i``), or the one object."""
    text, _ = decode(source.read(options.max_bytes), source.origin, options.encoding)
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(source.origin, malformed(error)) from None
    del text
    if not isinstance(value, list):
        yield from_record(value, source, options, origin=source.origin, fallback_id=source.stem)
        return
    if not value:
        raise InputError(source.origin, "no articles (empty JSON list)")
    for index, record in enumerate(value):
        origin = f"{source.origin}[{index}]"
        yield from_record(record, source, options, origin=origin, fallback_id=f"{source.stem}:{index}")

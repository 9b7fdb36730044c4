"""Plain-text articles: one file, one Document."""

from __future__ import annotations

from collections.abc import Iterator

from marsad.ingest.decode import decode
from marsad.ingest.records import make_document
from marsad.ingest.source import Item, Options, Source


def read_text(source: Source, options: Options) -> Iterator[Item]:
    """The whole input as one article; id is the file stem."""
    text, codec = decode(source.read(options.max_bytes), source.origin, options.encoding)
    meta = {"encoding": codec} if codec != "utf-8" else {}
    yield make_document(source, options, id=source.stem, text=text, meta=meta)

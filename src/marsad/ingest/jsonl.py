"""JSON Lines: one article object per line; a bad line is a Failure and the rest goes on.

Lines are streamed, so the size limit applies to each line, not to the whole file.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from marsad.errors import Failure, InputError
from marsad.ingest.decode import bom_encoding, check_binary, decode
from marsad.ingest.jsonfile import malformed
from marsad.ingest.records import from_record
from marsad.ingest.source import Item, Options, Source, too_large


def read_jsonl(source: Source, options: Options) -> Iterator[Item]:
    """Each non-blank line as an article (origin ``path:LINE``, id fallback ``stem:LINE``)."""
    head = source.head()
    if not head:
        raise InputError(source.origin, "empty file")
    check_binary(head, source.origin)
    if bom_encoding(head) in ("utf-16", "utf-32"):
        text, _ = decode(source.read(options.max_bytes), source.origin, options.encoding)
        yield from parse_lines(enumerate(text.split("\n"), start=1), source, options)
        return
    with source.open() as handle:
        yield from parse_lines(_decoded_lines(handle, source, options), source, options)


def parse_lines(
    lines: Iterable[tuple[int, str | Failure]], source: Source, options: Options
) -> Iterator[Item]:
    """Articles from numbered lines; blank lines are skipped."""
    seen = 0
    for number, line in lines:
        origin = f"{source.origin}:{number}"
        if isinstance(line, Failure):
            seen += 1
            yield line
            continue
        if not line.strip():
            continue
        seen += 1
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield Failure(origin, malformed(error, one_line=True))
            continue
        yield from_record(record, source, options, origin=origin, fallback_id=f"{source.stem}:{number}")
    if not seen:
        raise InputError(source.origin, "no articles (only blank lines)")


def _decoded_lines(
    handle: BinaryIO, source: Source, options: Options
) -> Iterator[tuple[int, str | Failure]]:
    for number, raw in enumerate(_raw_lines(handle, options.max_bytes), start=1):
        origin = f"{source.origin}:{number}"
        if raw is None:
            yield number, Failure(origin, too_large(origin, None, options.max_bytes).reason)
            continue
        if not raw.strip():
            yield number, ""
            continue
        try:
            yield number, decode(raw, origin, options.encoding)[0]
        except InputError as error:
            yield number, Failure(error.origin, error.reason)


def _raw_lines(handle: BinaryIO, limit: int) -> Iterator[bytes | None]:
    """Lines as bytes; None for a line longer than ``limit`` (which is skipped, not kept)."""
    while True:
        line = handle.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = handle.readline(limit + 1)
            yield None
            continue
        yield line

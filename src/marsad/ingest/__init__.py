"""Ingestion: turn files, folders, archives, feeds, WARCs and stdin into Documents.

``read_inputs`` yields a :class:`~marsad.model.Document` per article and a
:class:`~marsad.errors.Failure` per input (file, archive member, line, record)
that cannot be read; one bad input never stops a batch. Everything streams.

Formats, chosen by extension (unknown ones are sniffed): ``.txt``, ``.html``/``.htm``,
``.json`` (list of articles or one), ``.jsonl``/``.ndjson``, ``.zip``, ``.gz``,
``.rss``/``.atom``/``.xml`` feeds, ``.warc``/``.warc.gz``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import BinaryIO, TextIO

from marsad.errors import Failure
from marsad.ingest.dispatch import read_source
from marsad.ingest.source import Item, Options, Source, guarded, os_reason, too_large
from marsad.model import Document

__all__ = ["Options", "read_inputs", "read_source"]

STDIN_ORIGIN = "<stdin>"


def read_inputs(
    paths: Iterable[str | Path], *, published: date | None = None, encoding: str | None = None,
    max_bytes: int = 20_000_000, stdin: TextIO | BinaryIO | None = None,
) -> Iterator[Document | Failure]:
    """Documents and Failures from files, folders (recursive, sorted, hidden skipped) and ``-`` (stdin).

    ``published`` dates inputs without their own date; ``encoding`` decodes inputs that are
    not UTF-8; ``max_bytes`` bounds what is loaded into memory per file, member, line or record.
    """
    options = Options(published=published, encoding=encoding, max_bytes=max_bytes)
    if isinstance(paths, (str, Path)):
        paths = [paths]
    for raw in paths:
        if str(raw) == "-":
            yield from guarded(STDIN_ORIGIN, _read_stdin(stdin, options))
        else:
            yield from _read_path(Path(raw), options)


def _read_stdin(stream: TextIO | BinaryIO | None, options: Options) -> Iterator[Item]:
    stream = stream if stream is not None else sys.stdin.buffer
    data = stream.read(options.max_bytes + 1)
    if isinstance(data, str):
        data = data.encode("utf-8")
    if len(data) > options.max_bytes:
        raise too_large(STDIN_ORIGIN, None, options.max_bytes)
    yield from read_source(Source.from_bytes(STDIN_ORIGIN, "stdin", data), options)


def _read_path(path: Path, options: Options) -> Iterator[Item]:
    try:
        is_dir = path.is_dir()
    except OSError as error:
        yield Failure(str(path), os_reason(error))
        return
    if is_dir:
        yield from _walk(path, options, set())
    else:
        yield from _read_file(path, options)


def _walk(folder: Path, options: Options, seen: set[str]) -> Iterator[Item]:
    """Files under ``folder`` in sorted order, skipping hidden names, documentation files
    (README, LICENSE, *.md: they describe a corpus, they are not articles) and symlink loops."""
    real = os.path.realpath(folder)
    if real in seen:
        return
    seen.add(real)
    try:
        with os.scandir(folder) as scan:
            entries = sorted((e for e in scan if not _skipped_in_walk(e.name)), key=lambda e: e.name)
    except OSError as error:
        yield Failure(str(folder), os_reason(error))
        return
    for entry in entries:
        if entry.is_dir():
            yield from _walk(Path(entry.path), options, seen)
        else:
            yield from _read_file(Path(entry.path), options)


def _skipped_in_walk(name: str) -> bool:
    lower = name.lower()
    return lower.startswith((".", "readme", "license", "licence")) or lower.endswith(".md")


def _read_file(path: Path, options: Options) -> Iterator[Item]:
    origin = str(path)
    try:
        if not path.exists():
            yield Failure(origin, "file not found")
            return
        if not path.is_file():
            yield Failure(origin, "not a regular file")
            return
        source = Source.from_path(path)
    except OSError as error:
        yield Failure(origin, os_reason(error))
        return
    yield from guarded(origin, read_source(source, options))

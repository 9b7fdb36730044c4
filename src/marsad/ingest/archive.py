"""ZIP archives and gzip-compressed files: each member read by its own extension."""

from __future__ import annotations

import gzip
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import PurePosixPath
from typing import BinaryIO

from marsad.errors import Failure, InputError
from marsad.ingest.source import Item, Options, Source, guarded

#: errors a damaged compressed stream raises while being read
CORRUPT = (zipfile.BadZipFile, gzip.BadGzipFile, zlib.error, EOFError)


def read_zip(source: Source, options: Options) -> Iterator[Item]:
    """Every file in the archive (sorted by name), with origin ``archive.zip!member``."""
    if source.outer:  # an archive inside an archive: bounded read, then seek in memory
        source.read(options.max_bytes)
    with source.open() as handle:
        try:
            archive = zipfile.ZipFile(handle)
        except (zipfile.BadZipFile, EOFError, ValueError) as error:
            raise InputError(source.origin, f"corrupt zip archive ({error})") from None
        with archive:
            members = sorted((i for i in archive.infolist() if _wanted(i)), key=lambda i: i.filename)
            if not members:
                raise InputError(source.origin, "empty zip archive (no files)")
            for info in members:
                yield from _member(archive, info, source, options)


def _wanted(info: zipfile.ZipInfo) -> bool:
    parts = PurePosixPath(info.filename).parts
    return not info.is_dir() and not any(p.startswith(".") or p == "__MACOSX" for p in parts)


def _member(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, source: Source, options: Options
) -> Iterator[Item]:
    from marsad.ingest.dispatch import read_source

    origin = f"{source.origin}!{info.filename}"
    if info.flag_bits & 0x1:
        yield Failure(origin, "encrypted zip member; not supported")
        return
    name = PurePosixPath(info.filename).name
    member = Source(origin, name, lambda: archive.open(info), info.file_size, outer=source.date_names)
    yield from guarded(origin, _uncorrupted(read_source(member, options), origin, "zip member"))


def _uncorrupted(items: Iterator[Item], origin: str, what: str) -> Iterator[Item]:
    """Re-raise a damaged-stream error as an InputError that says so."""
    try:
        yield from items
    except CORRUPT as error:
        raise InputError(origin, f"corrupt {what} ({error})") from None


def read_gzip(source: Source, options: Options) -> Iterator[Item]:
    """A gzip-compressed file (``x.jsonl.gz``), read as the file it holds."""
    from marsad.ingest.dispatch import read_source

    inner = source.name[:-3] if source.name.lower().endswith(".gz") else source.name
    member = Source(source.origin, inner, lambda: gunzip(source.open()), outer=(source.name, *source.outer))
    yield from _uncorrupted(read_source(member, options), source.origin, "gzip file")


def gunzip(raw: BinaryIO) -> BinaryIO:
    stream = gzip.GzipFile(fileobj=raw, mode="rb")
    stream.myfileobj = raw  # closed together with the gzip stream
    return stream

"""Byte sources (files, archive members, stdin), reading options, and the error guard."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import BinaryIO

from marsad.errors import Failure, InputError
from marsad.model import Document

Item = Document | Failure

#: compound suffixes kept together when taking a file's extension (``x.jsonl.gz`` is ``.gz``)
_COMPOUND = (".warc.gz",)


@dataclass(frozen=True)
class Options:
    """How inputs are read (the keyword arguments of ``read_inputs``)."""

    published: date | None = None
    encoding: str | None = None
    max_bytes: int = 20_000_000


def open_binary(path: Path) -> BinaryIO:
    """Open a file for reading bytes (a seam for tests)."""
    return path.open("rb")


def extension(name: str) -> str:
    """Lower-cased extension of a file name, with compound ones such as ``.warc.gz`` kept whole."""
    lower = name.lower()
    for suffix in _COMPOUND:
        if lower.endswith(suffix):
            return suffix
    return Path(lower).suffix


def stem(name: str) -> str:
    """File name without directory and extension."""
    base = Path(name).name
    suffix = extension(base)
    return base[: len(base) - len(suffix)] if suffix else base


def human_size(count: int) -> str:
    if count >= 1_000_000:
        return f"{count / 1_000_000:.1f} MB"
    if count >= 1_000:
        return f"{count / 1_000:.1f} kB"
    return f"{count} bytes"


def too_large(origin: str, size: int | None, limit: int) -> InputError:
    if size is None:
        return InputError(origin, f"too large: over the limit of {human_size(limit)}; raise --max-bytes")
    return InputError(origin, f"too large: {human_size(size)} > limit {human_size(limit)}; raise --max-bytes")


@dataclass
class Source:
    """One input's bytes, opened lazily; ``name`` gives its extension and stem."""

    origin: str
    name: str
    opener: Callable[[], BinaryIO] | None = None
    size: int | None = None
    data: bytes | None = None
    outer: tuple[str, ...] = field(default=())

    @classmethod
    def from_path(cls, path: Path) -> Source:
        return cls(str(path), path.name, lambda: open_binary(path), path.stat().st_size)

    @classmethod
    def from_bytes(cls, origin: str, name: str, data: bytes, outer: tuple[str, ...] = ()) -> Source:
        return cls(origin, name, data=data, size=len(data), outer=outer)

    @property
    def stem(self) -> str:
        return stem(self.name)

    @property
    def date_names(self) -> tuple[str, ...]:
        """Names searched for a YYYY-MM-DD date, innermost first."""
        return (self.name, *self.outer)

    def open(self) -> BinaryIO:
        if self.data is not None:
            return io.BytesIO(self.data)
        assert self.opener is not None
        return self.opener()

    def read(self, max_bytes: int) -> bytes:
        """All the bytes, refusing more than ``max_bytes`` and an empty input."""
        if self.data is None:
            if self.size is not None and self.size > max_bytes:
                raise too_large(self.origin, self.size, max_bytes)
            with self.open() as handle:
                data = handle.read(max_bytes + 1)
            if len(data) > max_bytes:
                raise too_large(self.origin, self.size, max_bytes)
            self.data = data
        if not self.data:
            raise InputError(self.origin, "empty file")
        return self.data

    def head(self, count: int = 8192) -> bytes:
        """The first ``count`` bytes, without reading the rest."""
        if self.data is not None:
            return self.data[:count]
        with self.open() as handle:
            return handle.read(count)


def os_reason(error: OSError) -> str:
    """A short reason for an operating-system error."""
    if isinstance(error, FileNotFoundError):
        return "file not found"
    if isinstance(error, PermissionError):
        return "permission denied"
    if isinstance(error, IsADirectoryError):
        return "is a directory"
    return f"unreadable: {error.strerror or error}"


def guarded(origin: str, items: Iterator[Item]) -> Iterator[Item]:
    """Pass items through; an error while reading becomes one Failure for ``origin``."""
    try:
        yield from items
    except InputError as error:
        yield Failure(error.origin, error.reason)
    except OSError as error:
        yield Failure(origin, os_reason(error))
    except Exception as error:  # a library error on one input must not stop the batch
        yield Failure(origin, f"{type(error).__name__}: {error}")

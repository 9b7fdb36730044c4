"""A normalised view of a text for matching, with a map back to original offsets.

Matching runs on the normalised string; every hit is mapped back with
:meth:`NormText.span` so that offsets always refer to the original text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from marsad.resources import load_yaml


def _parse_codepoints(spec: str) -> list[int]:
    spec = spec.strip()
    if spec.startswith("U+"):
        low, _, high = spec.partition("-")
        first = int(low[2:], 16)
        last = int(high[2:], 16) if high else first
        return list(range(first, last + 1))
    return [ord(ch) for ch in spec]


@dataclass(frozen=True)
class Normalizer:
    """Character-level normaliser built from a resource table."""

    table: dict[int, str]
    deleted: frozenset[int]
    deleted_re: re.Pattern[str] | None

    @classmethod
    def from_resource(cls, name: str = "normalize.yaml") -> Normalizer:
        spec = load_yaml(name)
        table: dict[int, str] = {}
        if spec.get("lowercase"):
            for code in range(0x41, 0x2000):
                lower = chr(code).lower()
                if lower != chr(code) and len(lower) == 1:
                    table[code] = lower
        for chars, target in (spec.get("replace") or {}).items():
            for ch in chars:
                table[ord(ch)] = target
        deleted = frozenset(c for item in spec.get("delete") or [] for c in _parse_codepoints(item))
        for code in deleted:
            table[code] = ""
        pattern = "[" + "".join(re.escape(chr(c)) for c in sorted(deleted)) + "]" if deleted else None
        return cls(table, deleted, re.compile(pattern) if pattern else None)

    def __call__(self, text: str) -> NormText:
        normalised = text.translate(self.table)
        if len(normalised) == len(text):
            return NormText(text, normalised, None)
        removed = [m.start() for m in self.deleted_re.finditer(text)] if self.deleted_re else []
        return NormText(text, normalised, removed)

    def string(self, text: str) -> str:
        """Normalise a string without keeping offsets (for dictionary keys)."""
        return text.translate(self.table)


@dataclass(frozen=True)
class NormText:
    """Original text, its normalised form, and the deleted original positions."""

    original: str
    text: str
    removed: list[int] | None

    def to_original(self, index: int) -> int:
        """Original offset of the normalised character at ``index``."""
        if not self.removed:
            return index
        # the k-th kept char: smallest original position p with p - (#removed < p) == index
        position = index
        while True:
            shift = bisect_right(self.removed, position)
            candidate = index + shift
            if candidate == position:
                return position
            position = candidate

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) for a normalised half-open span."""
        if not self.removed:
            return start, end
        if end <= start:
            begin = self.to_original(start)
            return begin, begin
        return self.to_original(start), self.to_original(end - 1) + 1


@lru_cache(maxsize=8)
def default_normalizer(name: str = "normalize.yaml") -> Normalizer:
    """The shared normaliser for a resource table (immutable, so safe to share)."""
    return Normalizer.from_resource(name)

"""Find quotation-mark spans in a text, paragraph by paragraph.

Pairs come from ``resources/quotes/marks.yaml``. The scan only visits the mark characters
themselves (one compiled regex per paragraph), never every character of the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from marsad.quotes.lexicon import MarkPair


@dataclass(frozen=True)
class Mark:
    """A quotation: ``start``/``end`` bound the quoted words, ``open``/``close`` the marks."""

    open: int
    start: int
    end: int
    close: int | None  # one past the closing mark; None when the source never closes it

    @property
    def outer_end(self) -> int:
        return self.close if self.close is not None else self.end


class MarkFinder:
    """Quotation spans of every style, outermost only, in original-text offsets."""

    def __init__(self, pairs: tuple[MarkPair, ...], max_chars: int = 3000):
        self.pairs = pairs
        self.max_chars = max_chars
        chars = {ch for pair in pairs for ch in (pair.open, pair.close)}
        self.any_mark = re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")

    def __call__(self, text: str, paragraphs: list[tuple[int, int]]) -> list[Mark]:
        marks: list[Mark] = []
        for start, end in paragraphs:
            positions = [m.start() for m in self.any_mark.finditer(text, start, end)]
            if not positions:
                continue
            found: list[Mark] = []
            for pair in self.pairs:
                found.extend(self._pair_marks(text, positions, pair, end))
            marks.extend(_outermost(found))
        return [m for m in marks if 0 < m.end - m.start <= self.max_chars and _has_word(text, m)]

    def _pair_marks(self, text: str, positions: list[int], pair: MarkPair, par_end: int) -> list[Mark]:
        found: list[Mark] = []
        pending: int | None = None
        for pos in positions:
            ch = text[pos]
            can_close = ch == pair.close and (not pair.apostrophe or _closes(text, pos))
            can_open = ch == pair.open and (not pair.apostrophe or _opens(text, pos))
            if pending is not None and can_close:
                found.append(Mark(pending, pending + 1, pos, pos + 1))
                pending = None
            elif can_open:
                if pending is not None and not pair.apostrophe:
                    found.append(Mark(pending, pending + 1, pos, None))
                pending = pos
        if pending is not None and not pair.apostrophe:
            found.append(Mark(pending, pending + 1, par_end, None))
        return found


def _opens(text: str, pos: int) -> bool:
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    return (before.isspace() or before in "([{-—–") and after.isalnum()


def _closes(text: str, pos: int) -> bool:
    before = text[pos - 1] if pos > 0 else " "
    after = text[pos + 1] if pos + 1 < len(text) else " "
    return not before.isspace() and not after.isalnum()


def _has_word(text: str, mark: Mark) -> bool:
    return any(ch.isalpha() for ch in text[mark.start : mark.end])


def _outermost(marks: list[Mark]) -> list[Mark]:
    """Closed marks not nested in (or crossing) an earlier, longer one; then the unclosed ones,
    each cut before the next closed mark."""
    kept: list[Mark] = []
    for mark in sorted((m for m in marks if m.close is not None), key=lambda m: (m.open, -m.outer_end)):
        if kept and mark.open < kept[-1].outer_end:
            continue
        kept.append(mark)
    closed = list(kept)
    for mark in sorted((m for m in marks if m.close is None), key=lambda m: m.open):
        if any(c.open <= mark.open < c.outer_end for c in closed):
            continue
        end = min([c.open for c in closed if c.open > mark.open] + [mark.end])
        kept.append(Mark(mark.open, mark.start, end, None))
    return sorted(kept, key=lambda m: m.open)


class MarkIndex:
    """Non-overlapping marks sorted by position, with bisect lookups."""

    def __init__(self, marks: list[Mark]):
        self.marks = sorted(marks, key=lambda m: m.open)
        self.opens = [m.open for m in self.marks]

    def at(self, pos: int) -> Mark | None:
        """The mark whose span (marks included) holds ``pos``."""
        i = bisect_right(self.opens, pos) - 1
        return self.marks[i] if i >= 0 and pos < self.marks[i].outer_end else None

    def inside(self, pos: int) -> bool:
        """``pos`` lies after an opening mark and before its end."""
        mark = self.at(pos)
        return mark is not None and mark.open < pos

    def quoted(self, pos: int) -> bool:
        """``pos`` is one of the quoted characters."""
        mark = self.at(pos)
        return mark is not None and mark.start <= pos < mark.end

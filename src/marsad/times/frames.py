"""What a parsed temporal expression means, before it is anchored (see ``resolve``)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any


@dataclass
class When:
    """A point or calendar period, possibly partial or relative to the anchor.

    ``shift`` holds offsets from the anchor by unit (yesterday: {"D": -1}; next week: {"W": 1});
    ``gran`` names the period when the expression is one (Y, M, W, WE, Q, H, DEC, CEN, SEASON).
    """

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    hijri: tuple[int | None, int, int] | None = None
    shift: dict[str, int] = field(default_factory=dict)
    wmod: str | None = None
    gran: str | None = None
    index: int | None = None
    nth: int | None = None
    season: str | None = None
    decade: int | None = None
    decade_partial: bool = False
    edge: str | None = None
    week_of: bool = False
    holiday: str | None = None
    ref: str | None = None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    ampm: str | None = None
    part: str | None = None
    hhmm: bool = False
    weak: bool = False

    def copy(self, **changes: Any) -> When:
        return replace(self, shift=dict(self.shift), **changes)

    @property
    def has_time(self) -> bool:
        return self.hour is not None or self.part is not None

    @property
    def has_date(self) -> bool:
        return any(v is not None for v in (self.year, self.month, self.day, self.weekday, self.hijri,
                                            self.gran, self.holiday, self.decade)) or bool(self.shift)


@dataclass
class Duration:
    """An amount of time by unit (S, MIN, H, D, BD, W, WE, M, Q, Y, DEC, CEN); ``bounded`` when
    introduced by "for" (for 3 days from today: a range, not a shifted point)."""

    parts: dict[str, float]
    bounded: bool = False


@dataclass
class Shift:
    """A point a duration before (sign -1) or after (+1) the anchor or a base point; ``tentative``
    when the preposition may also mean "during" (Arabic في): a point only in a future sentence."""

    duration: Duration
    sign: int
    base: When | None = None
    tentative: bool = False


@dataclass
class Span:
    """The next/last N units (``direction``: next, past, within, hence); count None: unspecified."""

    duration: Duration | None
    direction: str
    unit: str | None = None


@dataclass
class Range:
    """From ``a`` to ``b`` (each a When or a Shift)."""

    a: Any
    b: Any
    length: str | None = None


@dataclass
class Open:
    """Before or after (``kind``) a point or period; ``inclusive`` for since/as early as."""

    kind: str
    inner: Any
    inclusive: bool = True


@dataclass
class SetOf:
    """A recurring time: every ``inner`` (a When or a Duration)."""

    inner: Any

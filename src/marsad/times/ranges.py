"""Explicit ranges (from X to Y, between X and Y) and open ranges (before X, since X)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from marsad.times import calendar as cal
from marsad.times.frames import Open, Range, Shift, When

if TYPE_CHECKING:
    from marsad.times.resolve import Context, Resolved


@dataclass
class Side:
    """One end of a range: its timex piece, candidate values (preferred first) and granularity."""

    timex: str
    values: list[Any]
    level: str
    exact: bool


def resolve_range(rng: Range, ctx: Context) -> Resolved | None:
    from marsad.times.resolve import Resolved

    a = side(rng.a, ctx, end=False)
    if a is None:
        return None
    b = side(rng.b, ctx, end=True, after=a)
    if b is None or (a.level == "time") != (b.level == "time"):
        return None
    pairs = list(zip(a.values, b.values))
    length = _length(a, b, pairs)
    kind = {"time": "timerange", "datetime": "datetimerange"}.get(
        "datetime" if "datetime" in (a.level, b.level) else a.level, "daterange")
    values = [f"{_text(x)}/{_text(y)}" for x, y in pairs]
    if rng.length is None and isinstance(rng.b, Shift) and rng.b.base is None:
        from marsad.times.resolve import duration_timex

        length = duration_timex(rng.b.duration.parts)
    return Resolved(kind, f"({a.timex},{b.timex},{rng.length or length})", values, a.exact and b.exact)


def side(frame: Any, ctx: Context, end: bool, after: Side | None = None) -> Side | None:
    """Resolve one end; ``after`` (the start) fixes the year of an end given without one."""
    from marsad.times.resolve import clock_readings, resolve_day, resolve_shift

    if isinstance(frame, Shift):
        found = resolve_shift(frame, ctx)
        if not found.values:
            return None
        level = "datetime" if "T" in (found.timex or "") else "date"
        value = datetime.fromisoformat(found.values[0]) if level == "datetime" else date.fromisoformat(found.values[0])
        return Side(found.timex, [value], level, True)
    if not isinstance(frame, When):
        return None
    if frame.ref:
        return Side(ctx.today.isoformat(), [ctx.today], "date", True) if ctx.today else None
    if frame.has_time and not frame.has_date:
        timex, readings = clock_readings(frame)
        return Side(timex, readings, "time", True)
    if after is not None and after.values and _floating(frame):
        return _following(frame, after, ctx)
    if after is not None and after.values and _bare_weekday(frame):
        return _next_weekday(frame, after)
    if frame.gran or not day_level(frame):
        return _period_side(frame, ctx, end)
    day = resolve_day(frame, ctx)
    if day is None:
        return None
    timex, dates, exact = day
    if frame.hour is not None:
        clock, readings = clock_readings(frame)
        values = [datetime.fromisoformat(f"{d} {readings[0]}") for d in dates]
        return Side(timex + clock, values, "datetime", exact)
    return Side(timex, dates, "date", exact)


def day_level(frame: When) -> bool:
    """Does a point name a day (not a month or year)?"""
    return (frame.day is not None or frame.weekday is not None or frame.hijri is not None
            or frame.holiday is not None or "D" in frame.shift or "W" in frame.shift and frame.weekday)


def _bare_weekday(frame: When) -> bool:
    return (frame.weekday is not None and frame.day is None and not frame.shift and frame.wmod is None
            and not frame.has_time)


def _next_weekday(frame: When, after: Side) -> Side:
    """from next monday to friday: the first such weekday on or after the start."""
    values = []
    for start in after.values:
        day = _as_date(start)
        values.append(day + timedelta(days=(frame.weekday - day.isoweekday()) % 7))
    timex = values[0].isoformat() if after.exact else f"XXXX-WXX-{frame.weekday}"
    return Side(timex, values, "date", after.exact)


def _floating(frame: When) -> bool:
    return frame.year is None and frame.month is not None and not frame.shift and frame.wmod is None


def _following(frame: When, after: Side, ctx: Context) -> Side:
    """The end of a range without a year: in the start's year, or the next when it would precede it."""
    values = []
    for start in after.values:
        start_day = start.date() if isinstance(start, datetime) else start
        year = start_day.year
        when = frame.copy(year=year)
        found = side(when, ctx, end=True)
        if found and found.values and _as_date(found.values[0]) < start_day:
            found = side(frame.copy(year=year + 1), ctx, end=True)
        if found and found.values:
            values.append(found.values[0])
    template = side(frame, ctx.__class__(None, settings=ctx.settings), end=True)
    timex = template.timex if template else "XXXX"
    level = template.level if template else "date"
    return Side(timex, values, level, after.exact)


def _as_date(value: Any) -> date:
    return value.date() if isinstance(value, datetime) else value


def _period_side(frame: When, ctx: Context, end: bool) -> Side | None:
    from marsad.times.periods import resolve_period

    found = resolve_period(frame.copy(edge=None), ctx)
    if found.timex is None:
        return None
    level = "year" if (frame.gran or "Y") == "Y" and frame.month is None else "month"
    use_end = end and frame.edge == "end" or (not end and frame.edge == "end")
    values = [date.fromisoformat(v.split("/")[1 if use_end else 0]) for v in found.values]
    if frame.edge == "mid" and values:
        values = [cal.add_months(v, 6) if level == "year" else v.replace(day=16) for v in values]
    timex = _period_timex(frame, found.timex, use_end, level)
    return Side(timex, values, level, found.resolved)


def _period_timex(frame: When, timex: str, use_end: bool, level: str) -> str:
    """The timex of a period's first (or, for 'the end of', next) day: 2016-05-01, XXXX-05-01."""
    if timex.startswith("("):
        return timex[1:].split(",")[1 if use_end else 0]
    if level == "year" and len(timex) == 4:
        return f"{int(timex) + use_end:04d}-01-01" if timex.isdigit() else "XXXX-01-01"
    if len(timex) == 7:
        year, month = timex[:4], int(timex[5:])
        if use_end:
            month, year = month % 12 + 1, (f"{int(year) + (month == 12):04d}" if year.isdigit() else year)
        return f"{year}-{month:02d}-01"
    return timex


def _length(a: Side, b: Side, pairs: list[tuple[Any, Any]]) -> str:
    if not pairs:
        return "PXD"
    x, y = pairs[0]
    if a.level == "time":
        minutes = (_minutes(y) - _minutes(x)) % (24 * 60)
        hours, rest = divmod(minutes, 60)
        return "PT" + (f"{hours}H" if hours else "") + (f"{rest}M" if rest else "") if minutes else "PT0M"
    if "datetime" in (a.level, b.level):
        seconds = int((_as_datetime(y) - _as_datetime(x)).total_seconds())
        hours, rest = divmod(seconds // 60, 60)
        if seconds % 86400 == 0 and seconds:
            return f"P{seconds // 86400}D"
        return "PT" + (f"{hours}H" if hours else "") + (f"{rest}M" if rest else "")
    if a.level == "date" or b.level == "date":
        return f"P{(_as_date(y) - _as_date(x)).days}D"
    months = (y.year - x.year) * 12 + y.month - x.month
    if a.level == b.level == "year" and months % 12 == 0:
        return f"P{months // 12}Y"
    return f"P{months}M"


def _minutes(value: str) -> int:
    hours, minutes, _ = value.split(":")
    return int(hours) * 60 + int(minutes)


def _as_datetime(value: Any) -> datetime:
    return value if isinstance(value, datetime) else datetime.combine(value, datetime.min.time())


def _text(value: Any) -> str:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    return str(value)


def resolve_open(frame: Open, ctx: Context) -> Resolved | None:
    from marsad.times.resolve import Resolved, resolve

    inner = resolve(frame.inner, ctx)
    if inner is None or inner.type in ("duration", "set"):
        return None
    kind = {"date": "daterange", "daterange": "daterange", "time": "timerange", "timerange": "timerange"}.get(
        inner.type, "datetimerange")
    values = []
    for value in inner.values:
        start, _, stop = value.partition("/")
        if frame.kind == "before":
            values.append(f"None/{start}")
        else:
            values.append(f"{start if frame.inclusive or not stop else stop}/None")
    return Resolved(kind, inner.timex, values, inner.resolved)

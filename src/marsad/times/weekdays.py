"""Weekday points: bare (XXXX-WXX-5), with last/next/this, in a named week, nth of a month, with a day."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from marsad.times import calendar as cal
from marsad.times.frames import When

if TYPE_CHECKING:
    from marsad.times.resolve import Context


def resolve_weekday(when: When, ctx: Context) -> tuple[str, list[date], bool]:
    """(timex, candidate dates by preference, exact) of a point named by its weekday."""
    from marsad.times.resolve import ordered

    weekday, today = when.weekday, ctx.today
    bare = f"XXXX-WXX-{weekday}"
    if today is None:
        return bare, [], False
    if when.day is not None:
        return _with_day(when, today, ctx)
    if when.nth is not None:
        found = _nth_of_month(when, today)
        return (found.isoformat(), [found], True) if found else (bare, [], False)
    this_week = cal.monday(today) + timedelta(days=weekday - 1)
    if "W" in when.shift:
        found = this_week + timedelta(weeks=when.shift["W"])
        return found.isoformat(), [found], True
    recent = today - timedelta(days=(today.isoweekday() - weekday - 1) % 7 + 1)
    upcoming = today + timedelta(days=(weekday - today.isoweekday() - 1) % 7 + 1)
    if when.wmod == "past":
        found = _unique([recent, this_week - timedelta(weeks=1)])
        return found[0].isoformat(), found, True
    if when.wmod in ("next", "next2"):
        found = _unique([upcoming, this_week + timedelta(weeks=1)])
        return found[0].isoformat(), found, True
    if when.wmod in ("this", "same"):
        return this_week.isoformat(), [this_week], True
    future = today if today.isoweekday() == weekday else upcoming
    return bare, ordered(recent, future, ctx), False


def _unique(days: list[date]) -> list[date]:
    return list(dict.fromkeys(days))


def _with_day(when: When, today: date, ctx: Context) -> tuple[str, list[date], bool]:
    """Thursday the 21st: this month when it fits, else the nearest months where it does."""
    from marsad.times.resolve import ordered

    found = cal.valid(today.year, today.month, when.day)
    if found and found.isoweekday() == when.weekday:
        return found.isoformat(), [found], True
    months = [cal.add_months(today.replace(day=1), k) for k in range(-24, 25)]
    days = [d for m in months if (d := cal.valid(m.year, m.month, when.day)) and d.isoweekday() == when.weekday]
    past = max((d for d in days if d < today), default=None)
    future = min((d for d in days if d >= today), default=None)
    return f"XXXX-WXX-{when.weekday}", ordered(past, future, ctx), False


def _nth_of_month(when: When, today: date) -> date | None:
    month = today.replace(day=1)
    if "M" in when.shift:
        month = cal.add_months(month, when.shift["M"])
    elif when.month is not None:
        month = date(when.year or today.year, when.month, 1)
    return cal.nth_weekday(month.year, month.month, when.weekday, when.nth)

"""Anchor frames to the publication date: type, TIMEX3-style value and acceptable values.

Conventions follow TIMEX3 as used by Microsoft Recognizers-Text: ``2016-11-08``, ``XXXX-04-22``
(year unknown), ``XXXX-WXX-5`` (a weekday), ``2016-W45`` (ISO week), ``2016-W45-WE``, ``T13:30``,
``2016-11-07TEV``, durations ``PT2H``, ranges ``(2016-11-04,2016-11-22,P18D)``. ``values`` lists
the acceptable resolutions, the preferred one first: news is past-leaning, so for a date without a
year or a bare weekday the past reading comes first unless the sentence speaks of the future.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from marsad.times import calendar as cal
from marsad.times.frames import Duration, Open, Range, SetOf, Shift, Span, When
from marsad.times.periods import PERIOD_TYPES, resolve_period, resolve_span

PART_HOURS = {"MO": ("08:00:00", "12:00:00"), "AF": ("12:00:00", "16:00:00"), "EV": ("16:00:00", "20:00:00"),
              "NI": ("20:00:00", "23:59:59"), "MI": ("11:00:00", "13:00:00"), "DT": ("08:00:00", "18:00:00"),
              "MEL": ("11:00:00", "13:00:00"), "MED": ("17:00:00", "20:00:00"), "NT": ("00:00:00", "08:00:00")}


@dataclass
class Context:
    """What resolution needs besides the frame."""

    anchor: datetime | None
    future: bool = False
    settings: dict[str, Any] = field(default_factory=dict)

    @property
    def today(self) -> date | None:
        return self.anchor.date() if self.anchor else None


@dataclass
class Resolved:
    type: str
    timex: str | None
    values: list[str]
    resolved: bool = True


def resolve(frame: Any, ctx: Context) -> Resolved | None:
    """The type, timex and values of a frame (None when it cannot mean a time)."""
    if isinstance(frame, When):
        return resolve_when(frame, ctx)
    if isinstance(frame, Duration):
        return Resolved("duration", duration_timex(frame.parts), [duration_seconds(frame.parts)])
    if isinstance(frame, Shift):
        return resolve_shift(frame, ctx)
    if isinstance(frame, Span):
        return resolve_span(frame, ctx)
    if isinstance(frame, Range):
        from marsad.times.ranges import resolve_range

        return resolve_range(frame, ctx)
    if isinstance(frame, Open):
        from marsad.times.ranges import resolve_open

        return resolve_open(frame, ctx)
    if isinstance(frame, SetOf):
        return resolve_set(frame, ctx)
    return None


def resolve_when(when: When, ctx: Context) -> Resolved | None:
    if when.ref:
        values = [fmt_datetime(ctx.anchor)] if ctx.anchor else []
        return Resolved("datetime", when.ref, values, ctx.anchor is not None)
    if _is_period(when):
        return resolve_period(when, ctx)
    day = resolve_day(when, ctx)
    if day is None:
        return resolve_clock_only(when, ctx)
    timex, dates, exact = day
    if when.week_of:
        weeks = [(cal.monday(d), cal.monday(d) + timedelta(weeks=1)) for d in dates]
        return Resolved("daterange", timex, [f"{a}/{b}" for a, b in weeks], exact)
    if when.edge == "end" and not when.has_time:
        end = ctx.settings.get("end_of_day", "23:59:59")
        return Resolved("datetime", f"{timex}T{end}", [f"{d} {end}" for d in dates], bool(dates))
    if when.part is not None and when.hour is None:
        start, end = PART_HOURS.get(when.part, ("00:00:00", "23:59:59"))
        values = [f"{d} {start}/{d} {end}" for d in dates]
        return Resolved("datetimerange", f"{timex}T{when.part}", values, bool(dates))
    if when.hour is not None:
        clock, readings = clock_readings(when)
        values = [f"{d} {r}" for d in dates for r in readings]
        return Resolved("datetime", f"{timex}{clock}", values, bool(dates))
    return Resolved("date", timex, [d.isoformat() for d in dates], bool(dates))


def _is_period(when: When) -> bool:
    if when.gran is not None and when.day is None and when.weekday is None:
        return True
    return (when.day is None and when.weekday is None and when.hijri is None and when.holiday is None
            and "D" not in when.shift and not when.has_time
            and (when.month is not None or when.year is not None))


def resolve_clock_only(when: When, ctx: Context) -> Resolved | None:
    if when.hour is None and when.part is None:
        return None
    if "D" in when.shift and ctx.today is not None:
        day = ctx.today + timedelta(days=when.shift["D"])
        return resolve_when(when.copy(shift={}, year=day.year, month=day.month, day=day.day), ctx)
    if when.hour is None:
        start, end = PART_HOURS.get(when.part, ("00:00:00", "23:59:59"))
        return Resolved("timerange", f"T{when.part}", [f"{start}/{end}"])
    clock, readings = clock_readings(when)
    return Resolved("time", clock, readings)


def clock_readings(when: When) -> tuple[str, list[str]]:
    """("T19:30", ["19:30:00"]); an hour without am/pm or part of day also reads as its pm twin."""
    hour, ambiguous = hour24(when)
    timex = f"T{hour:02d}"
    if when.minute is not None:
        timex += f":{when.minute:02d}"
        if when.second is not None:
            timex += f":{when.second:02d}"
    tail = f":{when.minute or 0:02d}:{when.second or 0:02d}"
    readings = [f"{hour:02d}{tail}"]
    if ambiguous:
        readings.append(f"{(hour + 12) % 24:02d}{tail}")
    return timex, readings


def hour24(when: When) -> tuple[int, bool]:
    hour = (when.hour or 0) % 24 if when.hour != 24 else 0
    if when.ampm == "pm" and hour < 12:
        return hour + 12, False
    if when.ampm == "am":
        return (0 if hour == 12 else hour), False
    if when.part in ("AF", "EV", "MED") and hour < 12:
        return hour + 12, False
    if when.part == "NI" and 5 <= hour < 12:
        return hour + 12, False
    if when.part == "MI" and 1 <= hour < 7:
        return hour + 12, False
    if when.part is not None or when.hhmm:
        return hour, False
    return hour, 1 <= hour <= 12


def resolve_day(when: When, ctx: Context) -> tuple[str, list[date], bool] | None:
    """(timex, candidate dates by preference, exact) of a day-level point, None when there is none."""
    today = ctx.today
    if when.hijri is not None:
        return _hijri(when.hijri, ctx)
    if when.holiday is not None:
        return _holiday(when, ctx)
    if when.year is not None and when.month is not None and when.day is not None:
        found = cal.valid(when.year, when.month, when.day)
        timex = f"{when.year:04d}-{when.month:02d}-{when.day:02d}"
        return timex, [found] if found else [], True
    if "D" in when.shift:
        if today is None:
            return "XXXX-XX-XX", [], False
        found = today + timedelta(days=when.shift["D"])
        return found.isoformat(), [found], True
    if when.month is not None and when.day is not None:
        return _month_day(when, ctx)
    if when.day is not None and when.weekday is None:
        return _day_only(when, ctx)
    if when.weekday is not None:
        from marsad.times.weekdays import resolve_weekday

        return resolve_weekday(when, ctx)
    return None


def _month_day(when: When, ctx: Context) -> tuple[str, list[date], bool]:
    today = ctx.today
    if "Y" in when.shift and today is not None:
        year = today.year + when.shift["Y"]
        found = cal.valid(year, when.month, when.day)
        return f"{year:04d}-{when.month:02d}-{when.day:02d}", [found] if found else [], True
    timex = f"XXXX-{when.month:02d}-{when.day:02d}"
    if today is None:
        return timex, [], False
    past = next((d for y in range(today.year, today.year - 9, -1)
                 if (d := cal.valid(y, when.month, when.day)) and d < today), None)
    future = next((d for y in range(today.year, today.year + 9)
                   if (d := cal.valid(y, when.month, when.day)) and d >= today), None)
    return timex, ordered(past, future, ctx), False


def _day_only(when: When, ctx: Context) -> tuple[str, list[date], bool]:
    today = ctx.today
    if "M" in when.shift and today is not None:
        month = cal.add_months(today.replace(day=1), when.shift["M"])
        timex = f"{month.year:04d}-{month.month:02d}-{when.day:02d}"
        found = cal.valid(month.year, month.month, when.day)
        return timex, [found] if found else [], True
    timex = f"XXXX-XX-{when.day:02d}"
    if today is None:
        return timex, [], False
    months = [cal.add_months(today.replace(day=1), k) for k in range(-3, 4)]
    days = [d for m in months if (d := cal.valid(m.year, m.month, when.day))]
    past = max((d for d in days if d < today), default=None)
    future = min((d for d in days if d >= today), default=None)
    return timex, ordered(past, future, ctx), False


def ordered(past: date | None, future: date | None, ctx: Context) -> list[date]:
    """Past and future readings, the preferred first (past unless the sentence is future)."""
    pair = [future, past] if ctx.future else [past, future]
    return [d for d in pair if d is not None]


def _hijri(hijri: tuple[int | None, int, int], ctx: Context) -> tuple[str, list[date], bool] | None:
    year, month, day = hijri
    if year is not None:
        found = cal.hijri_to_gregorian(year, month, day)
        return (found.isoformat(), [found], True) if found else None
    today = ctx.today
    base = cal.hijri_year(today) if today else None
    if base is None:
        return None
    dates = [d for y in (base - 1, base, base + 1) if (d := cal.hijri_to_gregorian(y, month, day))]
    past = max((d for d in dates if d < today), default=None)
    future = min((d for d in dates if d >= today), default=None)
    found = ordered(past, future, ctx)
    return (found[0].isoformat(), found, True) if found else None


def _holiday(when: When, ctx: Context) -> tuple[str, list[date], bool] | None:
    today = ctx.today
    year = when.year
    if year is None and "Y" in when.shift and today is not None:
        year = today.year + when.shift["Y"]
    if year is not None:
        found = cal.holiday(when.holiday, year)
        return (found.isoformat(), [found], True) if found else None
    if today is None:
        return None
    dates = [d for y in range(today.year - 2, today.year + 3) if (d := cal.holiday(when.holiday, y))]
    past = max((d for d in dates if d < today), default=None)
    future = min((d for d in dates if d >= today), default=None)
    if when.wmod == "past" and past:
        return past.isoformat(), [past], True
    if when.wmod == "next" and future:
        return future.isoformat(), [future], True
    spec = when.holiday
    timex = f"XXXX-{spec}" if spec[:2].isdigit() and len(spec) == 5 else (past or future).isoformat()
    found = ordered(past, future, ctx)
    if spec.startswith("hijri:"):  # observance follows the moon sighting: often a day before Umm al-Qura
        found += [d - timedelta(days=1) for d in found]
    return timex, found, False


def resolve_shift(shift: Shift, ctx: Context) -> Resolved:
    if shift.tentative and not ctx.future:
        parts = shift.duration.parts
        return Resolved("duration", duration_timex(parts), [duration_seconds(parts)])
    subday = any(unit in ("H", "MIN", "S") for unit in shift.duration.parts)
    base = ctx.anchor
    if shift.base is not None:
        day = resolve_day(shift.base, ctx)
        base = datetime.combine(day[1][0], datetime.min.time()) if day and day[1] else None
    if base is None:
        return Resolved("datetime" if subday else "date", "XXXX-XX-XX", [], False)
    moment = cal.shift_datetime(base, shift.duration.parts, shift.sign)
    if subday:
        return Resolved("datetime", moment.strftime("%Y-%m-%dT%H:%M:%S"), [fmt_datetime(moment)])
    return Resolved("date", moment.date().isoformat(), [moment.date().isoformat()])


def resolve_set(frame: SetOf, ctx: Context) -> Resolved | None:
    inner = frame.inner
    if isinstance(inner, str):
        return Resolved("set", inner, ["not resolved"], False)
    if isinstance(inner, Duration):
        return Resolved("set", duration_timex(inner.parts), ["not resolved"], False)
    if isinstance(inner, When):
        found = resolve(inner, Context(None, settings=ctx.settings))
        if found is None or found.type in PERIOD_TYPES and inner.gran not in (None, "WE"):
            return None
        return Resolved("set", found.timex, ["not resolved"], False)
    return None


DURATION_ORDER = (("CEN", 100, "Y"), ("DEC", 10, "Y"), ("Y", 1, "Y"), ("HY", 6, "M"), ("Q", 3, "M"), ("M", 1, "M"),
                  ("W", 1, "W"), ("WE", 1, "WE"), ("D", 1, "D"), ("BD", 1, "BD"))
TIME_ORDER = (("H", "H"), ("MIN", "M"), ("S", "S"))


def duration_timex(parts: dict[str, float]) -> str:
    """P1Y1M21D, PT2.5H, P1W3D ..."""
    totals: dict[str, float] = {}
    for unit, factor, letter in DURATION_ORDER:
        if unit in parts:
            totals[letter] = totals.get(letter, 0) + parts[unit] * factor
    text = "P" + "".join(f"{number_text(v)}{letter}" for letter, v in totals.items())
    clock = "".join(f"{number_text(parts[u])}{letter}" for u, letter in TIME_ORDER if u in parts)
    return text + ("T" + clock if clock else "")


def duration_seconds(parts: dict[str, float]) -> str:
    return number_text(sum(amount * cal.SECONDS_IN[unit] for unit, amount in parts.items()))


def number_text(value: float) -> str:
    value = round(value, 6)
    return str(int(value)) if float(value).is_integer() else repr(value)


def fmt_datetime(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S")

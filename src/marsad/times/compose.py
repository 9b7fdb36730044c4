"""Builders of the composite stages: dates with times, ranges, shifts, spans, edges, open ranges."""

from __future__ import annotations

from typing import Any

from marsad.times.build import Roles, day_value, first, modifier, number, register, unit_of
from marsad.times.clock import build_timerange, merge_time, numeric_leaf, time_of
from marsad.times.frames import Duration, Open, Range, Shift, Span, When
from marsad.times.lexer import Numeric, Token
from marsad.times.numeric import day_range, year_range


def duration_text(duration: Duration) -> str:
    from marsad.times.resolve import duration_timex

    return duration_timex(duration.parts)


@register("datetime")
def build_datetime(roles: Roles, span: list[Token]) -> tuple[str, Any] | None:
    date = roles["date"][0].frame
    if not isinstance(date, When) or date.ref or date.hour is not None:
        return None
    if date.part is not None and set(date.shift) != {"D"}:
        return None
    if "hour" in roles:
        hour = time_of(roles["hour"][0])
        if hour is None:
            return None
        return "Δ", date.copy(hour=hour.hour, minute=hour.minute, weak=False)
    merged = date.copy(weak=False)
    for role in ("time", "extra", "late"):
        for token in roles.get(role, []):
            if not merge_time(merged, token.frame):
                return None
    if "year" in roles:
        if merged.year is not None or merged.month is None:
            return None
        merged.year = roles["year"][0].readings["y"]
    return "Δ", merged


@register("daytime")
def build_daytime(roles: Roles, span: list[Token]) -> tuple[str, Any] | None:
    """on 15 at 8:00, 15, 8pm: a day of the month with a clock time."""
    day, time = day_value(roles["day"][0]), roles["time"][0].frame
    if day is None or not isinstance(time, When) or time.hour is None or time.has_date:
        return None
    if time.ampm is None and time.minute is None:
        return None
    return "Δ", time.copy(day=day)


@register("weekof")
def build_weekof(roles: Roles, span: list[Token]) -> tuple[str, Any] | None:
    """the week of April 10th, the week starting on february 4."""
    unit = unit_of(first(roles, "unit"))
    inner = roles["inner"][0].frame
    if unit is None or unit[0] != "W" or unit[2] or not isinstance(inner, When) or inner.has_time:
        return None
    return "Ξ", inner.copy(week_of=True)


@register("dayrange")
def build_dayrange(roles: Roles, span: list[Token]) -> tuple[str, Any] | None:
    period = roles["per"][0].frame
    if not isinstance(period, When) or not (period.month is not None or "M" in period.shift):
        return None
    if period.day is not None or period.weekday is not None:
        return None
    if "num" in roles:
        numeric = numeric_leaf(roles["num"][0])
        days = day_range(numeric) if isinstance(numeric, Numeric) else None
    else:
        if roles["to"][0].readings.keys() == {"a"} and "from" not in roles:
            return None
        days = day_value(roles["a"][0]), day_value(roles["b"][0])
    if days is None or None in days:
        return None
    return "Ξ", Range(period.copy(gran=None, day=days[0]), period.copy(gran=None, day=days[1]))


@register("numrange")
def build_numrange(roles: Roles, span: list[Token]) -> tuple[str, Any] | None:
    numeric = roles["num"][0].readings.get("D")
    years = year_range(numeric) if isinstance(numeric, Numeric) else None
    if years is None:
        return None
    return "Ξ", Range(When(year=years[0], gran="Y"), When(year=years[1], gran="Y"))


def _direction(token: Token) -> int | str | None:
    """+1 / -1 for a token that moves a duration (after, ago, in), "span" for within."""
    readings = token.readings
    for code in ("B", "Z", "I", "G", "L"):
        if code not in readings:
            continue
        value = readings[code]
        if value == "ago" or code == "G":
            return -1
        if value == "later":
            return 1
        if value == "tentative":
            return "tentative"
        if value in ("span", "span_later"):
            return "span" if code == "I" else "hence"
    return None


@register("shift")
def build_shift(roles: Roles, span: list[Token]) -> tuple[str, Any] | None:
    duration = roles["dur"][0].frame
    if "dir" in roles and "pre" in roles:
        return _within_from(duration, roles)
    if "dir" in roles:
        return _shift_from(duration, roles)
    token = first(roles, "pre") or first(roles, "post")
    sign = _direction(token)
    if "post" in roles and (sign is None or _direction(roles["post"][0]) == "hence"):
        sign = _direction(roles["post"][0])
    if sign is None:
        return None
    if sign == 1 and duration.bounded and "post" in roles:
        start = When(shift={"D": 0})
        return "Ξ", Range(start, Shift(duration, 1, start), length=duration_text(duration))
    if sign == "tentative":
        definite = "post" in roles and _direction(roles["post"][0]) == 1  # بعد عامين من الآن
        return "Δ", Shift(duration, 1, tentative=not definite)
    if sign == "span":
        post = first(roles, "post")
        past = post is not None and _direction(post) == -1
        return "Ξ", Span(duration, "past" if past else "within")
    if sign == "hence":
        return "Ξ", Span(duration, "hence")
    return "Δ", Shift(duration, sign)


def _within_from(duration: Duration, roles: Roles) -> tuple[str, Any] | None:
    """within 2 weeks from today: a span from the anchor, or a range from another day."""
    base = roles["base"][0].frame
    if _direction(roles["pre"][0]) != "span" or not isinstance(base, When) or base.has_time:
        return None
    if base.shift == {"D": 0} and base.day is None and base.weekday is None:
        return "Ξ", Span(duration, "within")
    return "Ξ", Range(base, Shift(duration, 1, base), length=duration_text(duration))


def _shift_from(duration: Duration, roles: Roles) -> tuple[str, Any] | None:
    """2 weeks from January 15 (a point); for 3 days from today (a range); 3 days after today."""
    direction = roles["dir"][0]
    base = roles["base"][0].frame if "base" in roles else None
    if base is not None and (not isinstance(base, When) or base.has_time):
        return None
    sign = -1 if "B" in direction.readings else 1
    if duration.bounded and sign == 1 and ("X" in direction.readings or "L" in direction.readings):
        start = base if base is not None else When(shift={"D": 0})
        return "Ξ", Range(start, Shift(duration, 1, start), length=duration_text(duration))
    if base is None:
        sign = _direction(direction)
        return ("Δ", Shift(duration, sign)) if sign in (1, -1) else None
    return "Δ", Shift(duration, sign, base)


@register("span")
def build_span(roles: Roles, span: list[Token]) -> tuple[str, Any] | None:
    mod = modifier(roles.get("mod"))
    if mod not in ("past", "next"):
        return None
    if "dur" in roles:
        duration = roles["dur"][0].frame
        unit = None
    else:
        unit = unit_of(first(roles, "unit"))
        if unit is None or (not unit[2] and "num" not in roles):
            return None
        count = number(roles["num"][0]) if "num" in roles else None
        duration = Duration({unit[0]: count}) if count else None
        unit = unit[0]
    if "for" in _first_leaf(span[0]).roles and duration is not None:
        return "Λ", duration
    return "Ξ", Span(duration, mod, unit)


def _first_leaf(token: Token) -> Token:
    while token.parts:
        token = token.parts[0]
    return token


@register("edge")
def build_edge(roles: Roles, span: list[Token]) -> tuple[str, Any] | None:
    edge = roles["edge"][0].readings["E"]
    if "inner" in roles:
        inner = roles["inner"][0]
        if not isinstance(inner.frame, When) or inner.frame.edge or inner.frame.ref:
            return None
        code = next(iter(inner.readings))
        return code, inner.frame.copy(edge=edge, weak=False)
    unit = unit_of(first(roles, "unit"))
    if unit is None or unit[2] or unit[0] not in ("D", "W", "M", "Y", "WE", "Q"):
        return None
    if unit[0] == "D":
        return ("Δ", When(shift={"D": 0}, edge=edge)) if edge == "end" else None
    return "Π", When(gran=unit[0], shift={unit[0]: 0}, edge=edge)


@register("range")
def build_range(roles: Roles, span: list[Token]) -> tuple[str, Any] | None:
    a_token, b_token = roles["a"][0], roles["b"][0]
    a, b = a_token.frame, b_token.frame
    if "N" in b_token.readings and b is None:
        b = When(ref=b_token.readings["N"])
    if "to" not in roles and not (isinstance(b, When) and b.ref):
        return None
    if a is None and isinstance(b, When):
        day = day_value(a_token)
        if day is None or b.day is None:
            return None
        a = b.copy(day=day, weekday=None)
    if b is None and isinstance(a, When):
        day = day_value(b_token)
        if day is None or a.day is None:
            return None
        b = a.copy(day=day, weekday=None)
        if day < a.day and b.month is not None:
            b.month, b.year = (b.month % 12) + 1, (b.year + (b.month == 12)) if b.year else None
    if not (isinstance(a, (When, Shift)) and isinstance(b, (When, Shift))):
        return None
    if isinstance(a, When) and isinstance(b, When):
        if (a.has_time and not a.has_date) or (b.has_time and not b.has_date):
            return None
        _share_years(a, b)
    return "Ξ", Range(a, b)


def _share_years(a: When, b: When) -> None:
    if a.year is None and b.year is not None and a.month is not None and not a.shift and not a.wmod:
        a.year = b.year - 1 if b.month is not None and a.month > b.month else b.year
    if b.year is None and a.year is not None and b.month is not None and not b.shift:
        b.year = a.year + 1 if a.month is not None and b.month < a.month else a.year


@register("dtrange")
def build_dtrange(roles: Roles, span: list[Token]) -> tuple[str, Any] | None:
    date = roles["date"][0].frame
    if not isinstance(date, When) or date.hour is not None or date.ref:
        return None
    if not date.has_date:
        return None
    if "time" in roles:
        times = roles["time"][0].frame
    else:
        built = build_timerange(roles, span)
        times = built[1] if built else None
    if not isinstance(times, Range):
        return None
    fields = ("hour", "minute", "second", "ampm")
    a = date.copy(part=times.a.part or date.part, weak=False, **{f: getattr(times.a, f) for f in fields})
    b = date.copy(part=times.b.part or date.part, weak=False, **{f: getattr(times.b, f) for f in fields})
    return "Ξ", Range(a, b)


@register("open")
def build_open(roles: Roles, span: list[Token]) -> tuple[str, Any] | None:
    token = first(roles, "pre") or first(roles, "post")
    inner = roles["inner"][0].frame
    if isinstance(inner, When) and inner.ref:
        return None
    if "post" in roles and (token.readings.get("B") or token.readings.get("Z")) in ("ago", "later"):
        return None
    if "B" in token.readings:
        return "Ω", Open("before", inner)
    value = token.readings.get("Z")
    return "Ω", Open("after", inner, inclusive=value != "later")

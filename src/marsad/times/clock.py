"""Builders of times of day: clock times, hours with am/pm or a part of day, time ranges."""

from __future__ import annotations

from typing import Any

from marsad.times.build import Roles, modifier, number, register
from marsad.times.frames import Range, When
from marsad.times.lexer import Numeric, Token
from marsad.times.numeric import hour_range

MEALS = ("MEL", "MED")


def numeric_leaf(token: Token) -> Numeric | None:
    """The numeric date inside a token (itself, or a phrase made of it alone)."""
    while len(token.parts) == 1:
        token = token.parts[0]
    value = token.readings.get("D")
    return value if isinstance(value, Numeric) else None


@register("time")
def build_time(roles: Roles, span: list[Token]) -> tuple[str, Any] | None:
    when = When()
    markers = any(role in roles for role in ("ampm", "part", "hw"))
    if "clock" in roles and not _clock(when, roles["clock"][0], markers):
        return None
    if "hour" in roles and not _hour(when, roles["hour"][0], roles, markers):
        return None
    if "mins" in roles and not _minutes(when, roles["mins"]):
        return None
    if "ampm" in roles:
        when.ampm = roles["ampm"][0].readings["A"]
    if "part" in roles:
        part, offset = roles["part"][0].readings["Q"]
        when.part = part
        if offset is not None:
            when.shift["D"] = offset
        if modifier(roles.get("mod")) in ("this", "same"):
            when.shift["D"] = 0
        elif "mod" in roles:
            return None
    if when.hour is None and when.part is None:
        return None
    if when.hour is not None and not (0 <= when.hour <= 24 and 0 <= (when.minute or 0) < 60):
        return None
    if when.hour is not None and "part" in roles and roles["part"][0].weak:
        return None
    when.weak = when.hour is None and roles["part"][0].weak and "ctx" not in roles and "mod" not in roles
    return "Τ", when


def _clock(when: When, token: Token, markers: bool) -> bool:
    hour, minute, second = token.readings["T"]
    if "D" in token.readings and not markers:
        return False
    when.hour, when.minute, when.second = hour, minute, second
    when.hhmm = not any(char.isdigit() for char in token.text)  # noon, midnight: no pm twin
    return True


def _hour(when: When, token: Token, roles: Roles, markers: bool) -> bool:
    if "T" in token.readings and ("D" not in token.readings or markers):
        return _clock(when, token, True)
    value = number(token)
    if value is None or value != int(value):
        return False
    value = int(value)
    if "o" in token.readings and token.readings["o"][1] != "clock" and "hw" not in roles:
        return False
    if value >= 100:
        if "ampm" not in roles and "hw" not in roles:
            return False
        when.hour, when.minute = divmod(value, 100)
        when.hhmm = True
        return when.minute < 60
    if "n" in token.readings:
        return False
    when.hour = value
    if "rel" in roles:
        return _relative_minutes(when, roles)
    return True


def _minutes(when: When, tokens: list[Token]) -> bool:
    for token in tokens:
        if "q" in token.readings:
            fraction = token.readings["q"]
            minutes = round(abs(fraction) * 60)
            if fraction < 0:
                when.hour, minutes = (when.hour or 0) - 1, 60 - minutes
            when.minute = minutes
            return True
        value = number(token)
        if value is not None and "a" not in token.readings:
            when.minute = int(value)
            return 0 <= value < 60
    return True


def _relative_minutes(when: When, roles: Roles) -> bool:
    """ten past 9, quarter to five, عشرين دقيقة بعد الخامسة."""
    minutes = _minutes_before_hour(roles["mins"][0]) if "mins" in roles else None
    relation = roles["rel"][0].readings
    if minutes is None or not 0 < minutes < 60 or when.hour > 12:
        return False
    spelled = all(set(roles[r][0].readings) & {"c", "q", "U"} for r in ("mins", "hour"))
    if not ("hw" in roles or "P" in relation or spelled or any("U" in t.readings for t in roles["mins"])):
        return False
    roles.pop("mins")
    if any(code in relation for code in ("P", "Z", "O")):
        when.minute = int(minutes)
    else:
        when.hour, when.minute = when.hour - 1, 60 - int(minutes)
    return True


def _minutes_before_hour(token: Token) -> float | None:
    """ten (past), half (past), quarter (to) as minutes."""
    if "q" in token.readings and number(token) is None:
        return abs(token.readings["q"]) * 60
    unit = token.readings.get("U")
    if unit is not None and unit[0] == "Q" and number(token) is None:
        return 15
    return number(token)


@register("timerange")
def build_timerange(roles: Roles, span: list[Token]) -> tuple[str, Any] | None:
    if "num" in roles:
        numeric = numeric_leaf(roles["num"][0])
        times = hour_range(numeric, "ampm" in roles or "date" in roles) if isinstance(numeric, Numeric) else None
        if times is None:
            return None
        a = When(hour=times[0][0], minute=times[0][1] if numeric.widths[0] == 4 else None)
        b = When(hour=times[1][0], minute=times[1][1] if numeric.widths[1] == 4 else None)
        mark = roles["ampm"][0] if "ampm" in roles else None
        marker = When()
        if mark is not None and isinstance(mark.frame, When):
            if mark.frame.hour is not None or mark.frame.has_date:
                return None
            marker.part = mark.frame.part
        elif mark is not None:
            marker.ampm = mark.readings["A"]
        a, b = _inherit(a, marker), _inherit(b, marker)
        return "Ρ", Range(a, _wrap(a, b))
    if roles["to"][0].readings.keys() == {"a"} and "from" not in roles:
        return None
    a, b = time_of(roles["a"][0]), time_of(roles["b"][0])
    if a is None or b is None or b.has_date or a.has_date:
        return None
    return "Ρ", Range(_inherit(a, b), _wrap(a, b))


def time_of(token: Token) -> When | None:
    if isinstance(token.frame, When):
        return token.frame if token.frame.hour is not None else None
    if "T" in token.readings:
        when = When()
        _clock(when, token, True)
        return when
    value = number(token)
    if token.readings.get("c", (0, None))[1] == "article":
        return None
    if value is not None and value == int(value) and 0 <= value <= 24:
        return When(hour=int(value))
    return None


def _wrap(a: When, b: When) -> When:
    """Monday 11-4: an end hour before a bare start hour is in the afternoon."""
    if (a.ampm or a.part or b.ampm or b.part) or a.hour is None or b.hour is None:
        return b
    if b.hour < a.hour <= 12 and b.hour + 12 > a.hour:
        return b.copy(hour=b.hour + 12)
    return b


def _inherit(a: When, b: When) -> When:
    """Give a start time the am/pm or part of day of the end time when that keeps it earlier."""
    if a.ampm is not None or a.part is not None or (b.ampm is None and b.part is None):
        return a
    candidate = a.copy(ampm=b.ampm, part=b.part)
    if b.hour is None or _hour24(candidate) <= _hour24(b):
        return candidate
    return a


def _hour24(when: When) -> float:
    hour = when.hour or 0
    if (when.ampm == "pm" or when.part in ("AF", "EV", "NI")) and hour < 12:
        hour += 12
    return hour + (when.minute or 0) / 60


def merge_time(merged: When, time: Any) -> bool:
    """Add a time of day (and its day, for tonight / this morning) to a date; False on a clash."""
    if not isinstance(time, When) or (time.has_date and set(time.shift) != {"D"}):
        return False
    if time.hour is not None:
        if merged.hour is not None:
            return False
        merged.hour, merged.minute, merged.second = time.hour, time.minute, time.second
        merged.ampm = merged.ampm or time.ampm
    if time.part in MEALS and time.hour is None:
        return False
    if time.part is not None:
        merged.part = merged.part or time.part
    if "D" in time.shift and "D" not in merged.shift and merged.day is None and merged.weekday is None:
        merged.shift["D"] = time.shift["D"]
    return True


@register("timepair")
def build_timepair(roles: Roles, span: list[Token]) -> tuple[str, Any] | None:
    """8 صباحا هذا الصباح, ten past 9 in the evening: a clock time and a part of (a named) day."""
    first_time, other = time_of(roles["time"][0]), roles["other"][0].frame
    if not (isinstance(first_time, When) and isinstance(other, When)) or first_time.weak or other.weak:
        return None
    if roles["time"][0].frame is None and "D" not in other.shift:
        return None
    clock, part = (first_time, other) if first_time.hour is not None else (other, first_time)
    if clock.hour is None or part.hour is not None or part.part is None:
        return None
    merged = clock.copy(part=clock.part or part.part, weak=False)
    if "D" in part.shift:
        merged.shift["D"] = part.shift["D"]
        return "Δ", merged
    return "Τ", merged

"""Builders named in grammar.yaml: matched tokens (by role) -> (phrase code, frame).

A builder returns None to refuse a match (the grammar then tries the next candidate), so the
checks that a regex over codes cannot make (a day is at most 31, a weak name needs company, a
unit needs a count) live here.
"""

from __future__ import annotations

from typing import Any

from marsad.times.frames import Duration, Open, Range, SetOf, Shift, Span, When
from marsad.times.lexer import Numeric, Token
from marsad.times.numeric import interpret_numeric

Roles = dict[str, list[Token]]
MOD_OFFSETS = {"past": -1, "next": 1, "this": 0, "same": 0, "next2": 2}
PERIOD_UNITS = ("W", "WE", "M", "Q", "Y", "DEC", "CEN", "D")


def number(token: Token) -> float | None:
    """The numeric value of a number token (digits or words)."""
    for code in ("d", "y", "n", "f"):
        if code in token.readings:
            return token.readings[code]
    for code in ("c", "o"):
        if code in token.readings:
            return token.readings[code][0]
    return None


def first(roles: Roles, role: str) -> Token | None:
    tokens = roles.get(role)
    return tokens[0] if tokens else None


def unit_of(token: Token | None) -> tuple[str, int | None, bool] | None:
    return token.readings.get("U") if token is not None else None


def modifier(tokens: list[Token] | None) -> str | None:
    """The meaning of a run of modifiers: the last one counts (this past -> past)."""
    if not tokens:
        return None
    for code in ("P", "F", "C"):
        if code in tokens[-1].readings:
            return tokens[-1].readings[code]
    return None


def year_value(token: Token, small: bool = False) -> int | None:
    """A year from digits (2-digit: 19xx/20xx) or words (at least 1000 unless ``small``)."""
    value = number(token)
    if value is None or value != int(value):
        return None
    value = int(value)
    if "c" in token.readings and value < 1000 and not small:
        return None
    if "d" in token.readings or ("n" in token.readings and value < 100):
        return 2000 + value if value < 30 else 1900 + value
    return value if value > 0 else None


def day_value(token: Token | None) -> int | None:
    value = number(token) if token is not None else None
    return int(value) if value is not None and value == int(value) and 1 <= value <= 31 else None


def is_article(token: Token) -> bool:
    return token.readings.get("k") == "article" or "the" in token.roles


def _unit_shift(roles: Roles) -> tuple[str, int] | None:
    """(unit, offset) of "next week" / "الشهر القادم" style roles."""
    unit = unit_of(first(roles, "unit"))
    offset = MOD_OFFSETS.get(modifier(roles.get("umod")))
    if unit is None or offset is None or unit[2]:
        return None
    return unit[0], offset


def build_date(roles: Roles, span: list[Token]) -> tuple[str, Any] | None:
    if "now" in roles:
        return "Δ", When(ref=roles["now"][0].readings["N"])
    when = When()
    if "rel" in roles:
        when.shift["D"] = roles["rel"][0].readings["R"]
    if "wd" in roles:
        when.weekday = roles["wd"][0].readings["W"]
    if "num" in roles and not _numeric_date(when, roles["num"][0], first(roles, "era")):
        return None
    if not _calendar_fields(when, roles):
        return None
    if "uart" in roles:
        if not is_article(roles["uart"][0]):
            return None
        roles = {**roles, "umod": [Token(0, 0, {"C": "this"})]}
    if "umod" in roles:
        shift = _unit_shift(roles)
        if shift is None or shift[0] not in ("W", "M", "Y"):
            return None
        when.shift[shift[0]] = shift[1]
    if "wmod" in roles:
        when.wmod = modifier(roles["wmod"])
    if "nth" in roles:
        nth_token = roles["nth"][0]
        if "wd" in roles and span.index(roles["wd"][0]) < span.index(nth_token) and nth_token.text[:1].isdigit():
            return None
        when.nth = int(number(nth_token))
        if when.nth not in (1, 2, 3, 4, 5, -1):
            return None
    if "hol" in roles:
        when.holiday = roles["hol"][0].readings["V"]
    if "art" in roles and not is_article(roles["art"][0]):
        return None
    dayunit = unit_of(first(roles, "dayunit"))
    if dayunit is not None and dayunit[0] != "D":
        return None
    yunit = unit_of(first(roles, "yunit"))
    if yunit is not None and yunit[0] != "Y":
        return None
    numeric = roles["num"][0].readings.get("D") if "num" in roles else None
    if numeric is not None and numeric.seps == (".",) and "wd" not in roles and numeric.widths[0] != 4 \
            and not any("k" in t.readings and "m" not in t.readings for t in span):
        return None
    when.weak = _only_weak(span)
    if when.month is not None and when.day is None and when.weekday is None and not when.shift:
        return "Π", when.copy(gran="M")
    return "Δ", when


def _calendar_fields(when: When, roles: Roles) -> bool:
    if "day" in roles:
        when.day = day_value(roles["day"][0])
        if when.day is None:
            return False
    if "mon" in roles:
        when.month = roles["mon"][0].readings["M"]
    era = first(roles, "era")
    if "year" in roles:
        unit = unit_of(first(roles, "unit"))
        when.year = year_value(roles["year"][0], small=unit is not None and unit[0] == "Y")
        if when.year is None:
            return False
    if "hmon" in roles:
        hijri_era = era is not None and era.readings.get("e") == "hijri"
        year = when.year if (hijri_era or (when.year and 1300 <= when.year <= 1500)) else None
        if when.year is not None and year is None:
            return False
        when.hijri, when.year = (year, roles["hmon"][0].readings["H"], when.day), None
        when.day = None
    elif era is not None and era.readings.get("e") == "hijri":
        return False
    return True


def _numeric_date(when: When, token: Token, era: Token | None = None) -> bool:
    numeric = token.readings.get("D")
    if not isinstance(numeric, Numeric):
        return False
    if era is not None and era.readings.get("e") == "hijri":
        if len(numeric.parts) != 3 or numeric.widths[0] != 4 or not 1300 <= numeric.parts[0] <= 1500:
            return False
        when.hijri = numeric.parts
        return 1 <= numeric.parts[1] <= 12 and 1 <= numeric.parts[2] <= 30
    found = interpret_numeric(numeric, token.text)
    if found is None or found.get("kind") not in ("date", "month"):
        return False
    if when.weekday is not None and len(numeric.parts) == 2 and numeric.seps[0] == "-":
        return False
    when.year, when.month, when.day = found.get("year"), found["month"], found.get("day")
    if numeric.time is not None:
        when.hour, when.minute, when.second = numeric.time
    return True


def _only_weak(span: list[Token]) -> bool:
    """True when every naming token of the match is a weak word (May, sun, مارس ...)."""
    content = [t for t in span if not set(t.readings) <= {"k", "O", "I", "a"}]
    return bool(content) and all(t.weak for t in content)


def build_period(roles: Roles, span: list[Token]) -> tuple[str, Any] | None:
    when = When()
    unit = unit_of(first(roles, "unit"))
    if "dec" in roles:
        return _decade(roles)
    if "season" in roles:
        return _season(roles)
    if "per" in roles:
        code = roles["per"][0].readings["K"]
        when.gran, when.index = ("Q" if code[0] == "Q" else "H"), int(code[1])
        if "year" in roles:
            when.year = year_value(roles["year"][0])
        return "Π", when
    if "nth" in roles:
        return _nth_period(roles, unit)
    if "num" in roles:
        return _numbered_week(roles, unit)
    if not _calendar_fields(when, roles):
        return None
    if when.month is not None:
        return _month_period(when, roles, unit, span)
    if when.year is not None:
        if unit is not None and (unit[0] != "Y" or unit[2] or unit[1] is not None):
            return None
        if unit is None and "ctx" not in roles and "era" not in roles:
            return None
        if unit is None and "c" in roles["year"][0].readings and when.year < 1000:
            return None
        if unit is None and "ctx" not in roles and not 1800 <= when.year <= 2100:
            return None
        return "Π", when.copy(gran="Y")
    return _unit_period(roles, unit)


def _month_period(when: When, roles: Roles, unit, span: list[Token]) -> tuple[str, Any] | None:
    if unit is not None and unit[0] != "M":
        return None
    mod = modifier(roles.get("umod"))
    if mod is not None:
        when.wmod = mod
    weak = _only_weak([t for t in span if "M" in t.readings])
    when.weak = weak and unit is None and when.year is None and "ctx" not in roles
    return "Π", when.copy(gran="M")


def _unit_period(roles: Roles, unit) -> tuple[str, Any] | None:
    if unit is None or unit[0] not in PERIOD_UNITS:
        return None
    name, count, plural = unit
    if "umod" in roles:
        offset = MOD_OFFSETS.get(modifier(roles["umod"]))
        if offset is None or plural or count is not None or name == "D":
            return None
        if "after" in roles:
            offset += 1
        return "Π", When(gran=name, shift={name: offset})
    if "art" in roles:
        if not is_article(roles["art"][0]) or plural or name in ("D", "Q", "DEC", "CEN"):
            return None
        return "Π", When(gran=name, shift={name: 0})
    if name == "WE" and count is None:
        if plural:
            return "Σ", SetOf(Duration({"WE": 1}))
        return "Π", When(gran="WE", shift={"WE": 0})
    return None


def _numbered_week(roles: Roles, unit) -> tuple[str, Any] | None:
    value = number(roles["num"][0])
    if unit is None or unit[0] != "W" or unit[2] or not value or not 1 <= value <= 53:
        return None
    when = When(gran="W", index=int(value))
    if "year" in roles:
        when.year = year_value(roles["year"][0])
    elif "cmod" in roles:
        shift = _unit_shift({"unit": roles["cunit"], "umod": roles["cmod"]})
        if shift is None or shift[0] != "Y":
            return None
        when.shift["Y"] = shift[1]
    return "Π", when


def _nth_period(roles: Roles, unit) -> tuple[str, Any] | None:
    nth = number(roles["nth"][0])
    if unit is None or unit[2] or nth is None or unit[0] not in ("W", "M", "Q", "HY", "CEN", "DEC"):
        return None
    when = When(gran="H" if unit[0] == "HY" else unit[0], nth=int(nth))
    if unit[0] == "M":
        if not 1 <= nth <= 12:
            return None
        when.month, when.nth = int(nth), None
    if "year" in roles:
        when.year = year_value(roles["year"][0])
    if "mon" in roles:
        if unit[0] != "W":
            return None
        when.month = roles["mon"][0].readings["M"]
    if "cunit" in roles:
        mods = roles.get("cmod") or [Token(0, 0, {"C": "this"})]
        if "cmod" not in roles and "the" not in roles["cunit"][0].roles:
            return None
        shift = _unit_shift({"unit": roles["cunit"], "umod": mods})
        if shift is None or shift[0] not in ("M", "Y"):
            return None
        when.shift[shift[0]] = shift[1]
    if unit[0] == "CEN" and not 1 <= when.nth <= 30:
        return None
    return "Π", when


def _decade(roles: Roles) -> tuple[str, Any] | None:
    value = roles["dec"][0].readings["Y"]
    century = first(roles, "cent")
    when = When(gran="DEC")
    if value >= 1000:
        when.decade = value
    elif century is not None and number(century) in (19, 20):
        when.decade = int(number(century)) * 100 + value
    elif value == 2000:
        when.decade = 2000
    else:
        when.decade, when.decade_partial = value, True
    return "Π", when


def _season(roles: Roles) -> tuple[str, Any] | None:
    when = When(gran="SEASON", season=roles["season"][0].readings["S"])
    if "year" in roles:
        when.year = year_value(roles["year"][0])
    mod = modifier(roles.get("umod"))
    if mod is not None:
        when.wmod = mod
    when.weak = roles["season"][0].weak and when.year is None and mod is None
    return "Π", when


def build_duration(roles: Roles, span: list[Token]) -> tuple[str, Any] | None:
    tokens = roles["dur"]
    parts: dict[str, float] = {}
    pending: float | None = None
    last: str | None = None
    index = 0
    while index < len(tokens):
        token = tokens[index]
        unit = token.readings.get("U")
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if unit is not None and "q" in token.readings and (
                (following is not None and "U" in following.readings) or (pending is None and last)):
            unit = None  # half hour, ساعتين ونصف: a fraction of the next or previous unit
        if unit is not None and (pending is not None or not _is_number(token)):
            count, index = _unit_count(tokens, index, pending, unit, roles, bool(parts))
            if count is None:
                return None
            parts[unit[0]] = parts.get(unit[0], 0) + count
            last, pending = unit[0], None
        elif "q" in token.readings and pending is None and last is not None:
            parts[last] += token.readings["q"]
        elif _is_number(token) or "q" in token.readings:
            value = number(token) if _is_number(token) else token.readings["q"]
            pending = pending + value if pending is not None and "q" in token.readings else value
        index += 1
    if pending is not None or not parts or any(amount <= 0 for amount in parts.values()):
        return None
    return "Λ", Duration(parts, bounded="for" in roles)


def _unit_count(tokens: list[Token], index: int, pending: float | None, unit, roles: Roles,
                later: bool) -> tuple[float | None, int]:
    """How many of a unit: the number before it, its own (يومين), the number after it (عام واحد,
    الأعوام المئة), or one for a lone singular unit after "for", "ago" or another part."""
    if pending is not None:
        return pending, index
    if unit[1] is not None:
        return unit[1], index
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if following is not None and _is_number(following) and "U" not in following.readings \
            and (unit[2] or number(following) == 1):
        return number(following), index + 1
    whole = "for" in roles and roles["for"][0].readings.get("r") == "whole"
    if not unit[2] and (later or whole or "one" in roles):
        return 1, index
    return None, index


def _is_number(token: Token) -> bool:
    return any(code in token.readings for code in ("d", "y", "n", "f", "c"))


def build_set(roles: Roles, span: list[Token]) -> tuple[str, Any] | None:
    if "set" in roles and "inner" not in roles:
        return "Σ", SetOf(roles["set"][0].readings["s"])
    if "inner" in roles and isinstance(roles["inner"][0].frame, When) and roles["inner"][0].frame.ref:
        return None
    if "inner" in roles and "set" in roles and isinstance(roles["set"][0].frame, SetOf):
        inner = roles["inner"][0].frame
        return ("Σ", SetOf(inner)) if isinstance(inner, When) and inner.hour is not None else None
    if "inner" in roles:
        return "Σ", SetOf(roles["inner"][0].frame)
    unit = unit_of(first(roles, "unit"))
    if unit is None:
        return None
    count = number(roles["num"][0]) if "num" in roles else 1
    return "Σ", SetOf(Duration({unit[0]: count}))


BUILDERS: dict[str, Any] = {
    "date": build_date,
    "period": build_period,
    "duration": build_duration,
    "set": build_set,
}


def register(name: str):
    """Decorator adding a builder to :data:`BUILDERS`."""

    def wrap(function):
        BUILDERS[name] = function
        return function

    return wrap


__all__ = ["BUILDERS", "Duration", "Open", "Range", "Shift", "Span", "number", "register"]

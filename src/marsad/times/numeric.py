"""Readings of numeric dates: 16/9/2023, 2023-09-16, 4/22, 2015/3, 2014-2018, 4-23, 0730-0930.

Day-month order for ambiguous forms follows the language of the surrounding text (the
``numeric_order`` setting of the language files: mdy for English, dmy for Arabic).
"""

from __future__ import annotations

from typing import Any

from marsad.times.lexer import Numeric


def interpret_numeric(numeric: Numeric, text: str = "") -> dict[str, Any] | None:
    """The reading of a numeric token as a date ({kind: date}) or month ({kind: month}), or None."""
    parts, widths = numeric.parts, numeric.widths
    if len(parts) == 3:
        return _three_parts(numeric)
    if len(parts) != 2:
        return None
    a, b = parts
    if widths[0] == 4 and 1 <= b <= 12 and widths[1] <= 2:
        return {"kind": "month", "year": a, "month": b}
    if widths[1] == 4 and 1 <= a <= 12 and widths[0] <= 2:
        return {"kind": "month", "year": b, "month": a}
    if max(widths) <= 2:
        return _month_day(a, b, numeric.order)
    return None


def _three_parts(numeric: Numeric) -> dict[str, Any] | None:
    (a, b, c), widths = numeric.parts, numeric.widths
    if widths[0] == 4:
        if 1 <= b <= 12 and 1 <= c <= 31:
            return {"kind": "date", "year": a, "month": b, "day": c}
        return None
    if widths[0] > 2 or widths[1] > 2:
        return None
    found = _month_day(a, b, numeric.order)
    if found is None:
        return None
    found["year"] = c if widths[2] == 4 else (2000 + c if c < 30 else 1900 + c)
    return found


def _month_day(a: int, b: int, order: tuple[str, ...]) -> dict[str, Any] | None:
    for form in order:
        month, day = (a, b) if form.startswith("m") else (b, a)
        if 1 <= month <= 12 and 1 <= day <= 31:
            return {"kind": "date", "month": month, "day": day}
    return None


def year_range(numeric: Numeric) -> tuple[int, int] | None:
    """2014-2018 as a range of years."""
    if len(numeric.parts) == 2 and numeric.widths == (4, 4) and numeric.seps[0] == "-":
        a, b = numeric.parts
        if 1000 <= a < b <= 2999:
            return a, b
    return None


def day_range(numeric: Numeric) -> tuple[int, int] | None:
    """4-23 as a range of days of a month."""
    if len(numeric.parts) == 2 and numeric.seps[0] == "-" and max(numeric.widths) <= 2:
        a, b = numeric.parts
        if 1 <= a < b <= 31:
            return a, b
    return None


def hour_range(numeric: Numeric, with_marker: bool) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """1-3 (before pm) or 0730-0930 as a range of clock times ((h, m), (h, m))."""
    if len(numeric.parts) != 2 or numeric.seps[0] != "-":
        return None
    (a, b), widths = numeric.parts, numeric.widths
    if widths == (4, 4) and a < 1000:
        times = (divmod(a, 100), divmod(b, 100))
        if all(h < 24 and m < 60 for h, m in times):
            return times
        return None
    if with_marker and max(widths) <= 2 and a <= 12 and b <= 12:
        return (a, 0), (b, 0)
    return None

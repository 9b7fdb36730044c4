"""Calendar arithmetic for anchoring: months, ISO weeks, nth weekdays, Easter, Hijri dates."""

from __future__ import annotations

import calendar as _calendar
from datetime import date, datetime, timedelta

from hijridate import Gregorian, Hijri

#: calendar units in months or days, for shifting and for duration values
MONTHS_IN = {"M": 1, "Q": 3, "HY": 6, "Y": 12, "DEC": 120, "CEN": 1200}
SECONDS_IN = {"S": 1, "MIN": 60, "H": 3600, "D": 86400, "BD": 86400, "W": 604800, "WE": 172800,
              "M": 2592000, "Q": 7776000, "HY": 15552000, "Y": 31536000, "DEC": 315360000, "CEN": 3153600000}


def valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, clamped to the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = _calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def month_start(year: int, month: int) -> date:
    return date(year, month, 1)


def next_month_start(year: int, month: int) -> date:
    return date(year + (month == 12), month % 12 + 1, 1)


def monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def iso_week_start(year: int, week: int) -> date | None:
    try:
        return date.fromisocalendar(year, week, 1)
    except ValueError:
        return None


def weeks_in_year(year: int) -> int:
    return date(year, 12, 28).isocalendar()[1]


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> date | None:
    """The nth (1-5; -1 or 5 = last when there is no fifth) ISO weekday of a month."""
    days = [date(year, month, d) for d in range(1, _calendar.monthrange(year, month)[1] + 1)
            if date(year, month, d).isoweekday() == weekday]
    if nth == -1:
        return days[-1]
    return days[nth - 1] if 0 < nth <= len(days) else None


def nth_week_of_month(year: int, month: int, nth: int) -> date | None:
    """Monday starting the nth week of a month (weeks counted from the month's first Monday)."""
    return nth_weekday(year, month, 1, nth)


def easter(year: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


def hijri_to_gregorian(year: int, month: int, day: int) -> date | None:
    try:
        return Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None


def hijri_year(day: date) -> int | None:
    try:
        return Gregorian(day.year, day.month, day.day).to_hijri().year
    except (ValueError, OverflowError):
        return None


def holiday(spec: str, year: int) -> date | None:
    """The date of a holiday spec (MM-DD, MM-WXX-d-n[+k], easter+k, hijri:MM-DD) in a Gregorian year."""
    if spec.startswith("easter"):
        return easter(year) + timedelta(days=int(spec[6:] or 0))
    if spec.startswith("hijri:"):
        month, day = (int(x) for x in spec[6:].split("-"))
        base = hijri_year(date(year, 7, 1))
        for hyear in (base - 1, base, base + 1) if base else ():
            found = hijri_to_gregorian(hyear, month, day)
            if found and found.year == year:
                return found
        return None
    if "WXX" in spec:
        head, _, offset = spec.partition("+")
        month, _, weekday, nth = head.split("-")
        found = nth_weekday(year, int(month), int(weekday), -1 if nth == "5" else int(nth))
        return found + timedelta(days=int(offset or 0)) if found else None
    month, day = (int(x) for x in spec.split("-"))
    return valid(year, month, day)


def add_business_days(day: date, count: int) -> date:
    step = 1 if count >= 0 else -1
    remaining = abs(count)
    while remaining:
        day += timedelta(days=step)
        if day.isoweekday() < 6:
            remaining -= 1
    return day


def shift_datetime(moment: datetime, parts: dict[str, float], sign: int) -> datetime:
    """``moment`` moved by a duration (calendar units by months, the rest by seconds)."""
    months = sum(amount * MONTHS_IN[unit] for unit, amount in parts.items() if unit in MONTHS_IN)
    whole = int(months)
    result = datetime.combine(add_months(moment.date(), sign * whole), moment.time())
    seconds = (months - whole) * SECONDS_IN["M"]
    for unit, amount in parts.items():
        if unit == "BD":
            result = datetime.combine(add_business_days(result.date(), int(sign * amount)), result.time())
        elif unit not in MONTHS_IN:
            seconds += amount * SECONDS_IN[unit]
    return result + timedelta(seconds=sign * seconds)

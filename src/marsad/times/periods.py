"""Calendar periods (years, months, weeks, quarters, decades, seasons) and relative spans."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from marsad.times import calendar as cal
from marsad.times.frames import Span, When

if TYPE_CHECKING:
    from marsad.times.resolve import Context, Resolved

PERIOD_TYPES = ("daterange", "timerange", "datetimerange")
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
Window = tuple[date, date]


def resolve_period(when: When, ctx: Context) -> Resolved:
    from marsad.times.resolve import Resolved

    gran = when.gran or ("M" if when.month is not None else "Y")
    handler = {"Y": _year, "M": _month, "W": _week, "WE": _weekend, "Q": _quarter, "H": _half,
               "DEC": _decade, "CEN": _century}.get(gran)
    if gran == "SEASON":
        return Resolved("daterange", _season(when, ctx), [], ctx.anchor is not None)
    if handler is None:
        return Resolved("daterange", None, [], False)
    timex, windows, exact = handler(when, ctx)
    if when.edge == "rest" and windows and ctx.today is not None:
        last = windows[0][1] - timedelta(days=1)
        days = (last - ctx.today).days
        return Resolved("daterange", f"({ctx.today},{last},P{days}D)", [f"{ctx.today}/{last}"])
    if when.edge:
        windows = [edge_window(w, when.edge, gran) for w in windows]
    return Resolved("daterange", timex, [f"{a}/{b}" for a, b in windows], exact)


def edge_window(window: Window, edge: str, gran: str) -> Window:
    """The early, middle or late part of a period."""
    start, end = window
    if gran == "Y":
        y = start.year
        return {"start": (start, date(y, 7, 1)), "mid": (date(y, 5, 1), date(y, 9, 1)),
                "end": (date(y, 7, 1), end)}.get(edge, window)
    if gran == "M":
        return {"start": (start, start.replace(day=16)), "mid": (start.replace(day=10), start.replace(day=21)),
                "end": (start.replace(day=16), end)}.get(edge, window)
    if gran in ("W", "WE"):
        return {"start": (start, start + timedelta(days=3)), "mid": (start + timedelta(days=1),
                start + timedelta(days=5)), "end": (start + timedelta(days=3), end)}.get(edge, window)
    return window


def _year(when: When, ctx: Context) -> tuple[str, list[Window], bool]:
    year = when.year
    if year is None and ctx.today is not None:
        year = ctx.today.year + when.shift.get("Y", 0)
    if year is None:
        return "XXXX", [], False
    return f"{year:04d}", [(date(year, 1, 1), date(year + 1, 1, 1))], True


def _month_window(year: int, month: int) -> Window:
    return cal.month_start(year, month), cal.next_month_start(year, month)


def _month(when: When, ctx: Context) -> tuple[str, list[Window], bool]:
    from marsad.times.resolve import ordered

    today = ctx.today
    month, year = when.month, when.year
    if month is None:
        if today is None or "M" not in when.shift:
            return "XXXX-XX", [], False
        start = cal.add_months(today.replace(day=1), when.shift["M"])
        month, year = start.month, start.year
    if year is None and today is not None:
        if "Y" in when.shift:
            year = today.year + when.shift["Y"]
        elif when.wmod == "past":
            recent = today.year if month < today.month else today.year - 1
            years = list(dict.fromkeys([recent, today.year - 1]))
            return f"{today.year - 1:04d}-{month:02d}", [_month_window(y, month) for y in years], True
        elif when.wmod in ("next", "next2"):
            upcoming = today.year if month > today.month else today.year + 1
            years = list(dict.fromkeys([upcoming, today.year + 1]))
            return f"{upcoming:04d}-{month:02d}", [_month_window(y, month) for y in years], True
        elif when.wmod in ("this", "same"):
            year = today.year
    if year is None:
        if today is None:
            return f"XXXX-{month:02d}", [], False
        past = today.year if month <= today.month else today.year - 1
        found = ordered(date(past, month, 1), date(past + 1, month, 1), ctx)
        return f"XXXX-{month:02d}", [_month_window(d.year, month) for d in found], False
    return f"{year:04d}-{month:02d}", [_month_window(year, month)], True


def _week(when: When, ctx: Context) -> tuple[str, list[Window], bool]:
    today = ctx.today
    if when.nth is not None and (when.month is not None or "M" in when.shift):
        return _month_week(when, ctx)
    if when.index is not None or when.nth is not None:
        year = when.year if when.year is not None else (today.year + when.shift.get("Y", 0) if today else None)
        if year is None:
            return "XXXX-WXX", [], False
        index = when.index or when.nth
        if index == -1:
            index = cal.weeks_in_year(year)
        start = cal.iso_week_start(year, index)
        if start is None:
            return f"{year:04d}-W{index:02d}", [], False
        return f"{year:04d}-W{index:02d}", [(start, start + timedelta(weeks=1))], True
    if today is None:
        return "XXXX-WXX", [], False
    start = cal.monday(today) + timedelta(weeks=when.shift.get("W", 0))
    year, week, _ = start.isocalendar()
    return f"{year:04d}-W{week:02d}", [(start, start + timedelta(weeks=1))], True


def _month_week(when: When, ctx: Context) -> tuple[str, list[Window], bool]:
    from marsad.times.resolve import ordered

    today = ctx.today
    if "M" in when.shift and today is not None:
        month = cal.add_months(today.replace(day=1), when.shift["M"])
        candidates, fixed = [month], f"{month.year:04d}"
    elif when.year is not None:
        candidates, fixed = [date(when.year, when.month, 1)], f"{when.year:04d}"
    elif today is not None:
        past = today.year if when.month <= today.month else today.year - 1
        candidates = ordered(date(past, when.month, 1), date(past + 1, when.month, 1), ctx)
        fixed = "XXXX"
    else:
        return f"XXXX-{when.month:02d}-W{max(when.nth, 1):02d}", [], False
    windows = []
    for month in candidates:
        start = cal.nth_week_of_month(month.year, month.month, when.nth)
        if start is not None:
            windows.append((start, start + timedelta(weeks=1)))
    index = (min(windows)[0].day - 1) // 7 + 1 if windows else when.nth
    timex = f"{fixed}-{candidates[0].month:02d}-W{index:02d}"
    return timex, windows, fixed != "XXXX"


def _weekend(when: When, ctx: Context) -> tuple[str, list[Window], bool]:
    if ctx.today is None:
        return "XXXX-WXX-WE", [], False
    start = cal.monday(ctx.today) + timedelta(weeks=when.shift.get("WE", when.shift.get("W", 0)))
    year, week, _ = start.isocalendar()
    return f"{year:04d}-W{week:02d}-WE", [(start + timedelta(days=5), start + timedelta(days=7))], True


def _quarter(when: When, ctx: Context) -> tuple[str, list[Window], bool]:
    return _part_of_year(when, ctx, 3)


def _half(when: When, ctx: Context) -> tuple[str, list[Window], bool]:
    return _part_of_year(when, ctx, 6)


def _part_of_year(when: When, ctx: Context, months: int) -> tuple[str, list[Window], bool]:
    from marsad.times.resolve import ordered

    today, count = ctx.today, 12 // months
    index = when.index or when.nth
    key = "Q" if months == 3 else "H"
    if index is None:
        if today is None or key not in when.shift:
            return "XXXX", [], False
        current = date(today.year, (today.month - 1) // months * months + 1, 1)
        start = cal.add_months(current, months * when.shift[key])
        return _window_timex(start, months), [(start, cal.add_months(start, months))], True
    index = count if index == -1 else index
    if not 1 <= index <= count:
        return "XXXX", [], False
    year = when.year if when.year is not None else (today.year + when.shift["Y"] if today and "Y" in when.shift
                                                     else None)
    first_month = (index - 1) * months + 1
    if year is not None:
        start = date(year, first_month, 1)
        return _window_timex(start, months), [(start, cal.add_months(start, months))], True
    end = cal.add_months(date(2000, first_month, 1), months)
    timex = f"(XXXX-{first_month:02d}-01,XXXX-{end.month:02d}-01,P{months}M)"
    if today is None:
        return timex, [], False
    past_year = today.year if date(today.year, first_month, 1) <= today else today.year - 1
    starts = ordered(date(past_year, first_month, 1), date(past_year + 1, first_month, 1), ctx)
    return timex, [(s, cal.add_months(s, months)) for s in starts], False


def _window_timex(start: date, months: int) -> str:
    return f"({start},{cal.add_months(start, months)},P{months}M)"


def _decade(when: When, ctx: Context) -> tuple[str, list[Window], bool]:
    if when.decade is not None and when.decade_partial:
        short = when.decade % 100
        end = (short + 10) % 100
        timex = f"(XX{short:02d}-01-01,XX{end:02d}-01-01,P10Y)"
        windows = [(date(c + short, 1, 1), date(c + short + 10, 1, 1)) for c in (1900, 2000)]
        return timex, windows, False
    start = when.decade
    if start is None:
        if ctx.today is None:
            return "XXXX", [], False
        start = ctx.today.year // 10 * 10 + 10 * when.shift.get("DEC", 0)
    return f"({start:04d}-01-01,{start + 10:04d}-01-01,P10Y)", [(date(start, 1, 1), date(start + 10, 1, 1))], True


def _century(when: When, ctx: Context) -> tuple[str, list[Window], bool]:
    if when.nth is None:
        return "XXXX", [], False
    start = (when.nth - 1) * 100
    return (f"({start:04d}-01-01,{start + 100:04d}-01-01,P100Y)",
            [(date(max(start, 1), 1, 1), date(start + 100, 1, 1))], True)


def _season(when: When, ctx: Context) -> str:
    code, today = when.season, ctx.today
    if when.year is not None:
        return f"{when.year:04d}-{code}"
    if when.wmod is None or today is None:
        return code
    year = today.year
    started = SEASON_START[code] <= today.month
    if when.wmod in ("next", "next2") and started:
        year += 1
    elif when.wmod == "past" and not started:
        year -= 1
    return f"{year:04d}-{code}"


def resolve_span(span: Span, ctx: Context) -> Resolved:
    """next 3 days, the past 3 weeks, within 5 minutes, الأعوام المئة المقبلة ..."""
    from marsad.times.resolve import Resolved, duration_timex, fmt_datetime

    if span.duration is None:
        return Resolved("daterange", "FUTURE_REF" if span.direction == "next" else "PAST_REF", [], False)
    parts, anchor = span.duration.parts, ctx.anchor
    timex = duration_timex(parts)
    if anchor is None:
        return Resolved("daterange", f"(XXXX-XX-XX,XXXX-XX-XX,{timex})", [], False)
    if any(unit in ("H", "MIN", "S") for unit in parts):
        start, end = anchor, cal.shift_datetime(anchor, parts, 1)
        if span.direction == "past":
            start, end = cal.shift_datetime(anchor, parts, -1), anchor
        text = f"({start:%Y-%m-%dT%H:%M:%S},{end:%Y-%m-%dT%H:%M:%S},{timex})"
        return Resolved("datetimerange", text, [f"{fmt_datetime(start)}/{fmt_datetime(end)}"])
    start, end = _span_window(span, parts, anchor)
    return Resolved("daterange", f"({start},{end},{timex})", [f"{start}/{end}"])


def _span_window(span: Span, parts: dict[str, float], anchor: datetime) -> Window:
    today = anchor.date()
    aligned = {"Q": 3, "DEC": 120, "CEN": 1200}
    unit = next(iter(parts)) if len(parts) == 1 else None
    if unit in aligned:
        step = aligned[unit]
        index = (today.year * 12 + today.month - 1) // step * step
        current = date(index // 12, index % 12 + 1, 1)
        count = int(parts[unit] * step)
        if span.direction == "past":
            return cal.add_months(current, -count), current
        first = cal.add_months(current, step)
        return first, cal.add_months(first, count)
    if span.direction == "past":
        return cal.shift_datetime(anchor, parts, -1).date(), today
    if span.direction == "within":
        return today, cal.shift_datetime(anchor, parts, 1).date()
    start = today + timedelta(days=1)
    end = cal.shift_datetime(datetime.combine(start, anchor.time()), parts, 1).date()
    return start, end

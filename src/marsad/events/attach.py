"""When and where: the event date from the sentence's time expression (else the publication
date) with its precision, and the event place from the sentence's places."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from marsad.events.clauses import SentenceContext
from marsad.events.matcher import Hit
from marsad.events.view import DocView

_DATE_TYPES = frozenset({"date", "datetime", "daterange"})
_VALUE = re.compile(r"^(?P<y>[12]\d{3})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?")


@dataclass(frozen=True)
class When:
    value: str | None
    precision: str | None
    note: str


@dataclass(frozen=True)
class Where:
    name: str | None
    start: int | None
    end: int | None
    note: str | None


def _distance(first: int, last: int, hit: Hit) -> int:
    if last <= hit.first:
        return hit.first - last
    return max(0, first - hit.span_last)


def date_value(timex: str | None) -> tuple[str, str] | None:
    """(value, precision) of a TIMEX value: 2023-09-15 → day, 2023-09 → month, 2023 → year."""
    if not timex:
        return None
    match = _VALUE.match(timex.split("/")[0])
    if match is None:
        return None
    precision = "day" if match["d"] else "month" if match["m"] else "year"
    return match.group(0), precision


def event_date(view: DocView, ctx: SentenceContext, hit: Hit, published: date | None) -> When:
    """The nearest dated time expression of the sentence (same clause first; one in another clause
    only when both stand inside, or both outside, the same direct quotation), else publication."""
    clause = ctx.clause(hit.first)
    best = None
    for first, last, expression in view.times:
        if not (ctx.sentence.first <= first < ctx.sentence.last) or expression.type not in _DATE_TYPES:
            continue
        value = date_value(expression.timex) if expression.resolved else None
        if value is None:
            continue
        outside = not (clause[0] <= first < clause[1])
        if outside and _quote_of(view, first) != _quote_of(view, hit.first):
            continue  # a date outside the quotation the act is reported in, or inside another one
        key = (outside, _distance(first, last, hit))
        if best is None or key < best[0]:
            best = (key, value, expression)
    if best is not None:
        (value, precision), expression = best[1], best[2]
        return When(value, precision, f"date {value} ({precision}) from the time expression «{expression.text}»")
    if published is not None:
        return When(published.isoformat(), "day", f"date {published.isoformat()} from the publication date")
    return When(None, None, "no date: no time expression in the sentence and no publication date")


def _quote_of(view: DocView, index: int) -> int | None:
    """The first token of the direct quotation holding token ``index``, if any."""
    return next((first for first, last, quote in view.quotes if first <= index < last and quote.direct), None)


def event_place(view: DocView, ctx: SentenceContext, hit: Hit) -> Where:
    """The place of the sentence nearest to the trigger (a place with a locative cue first); a
    locative phrase right after another verbal noun is that noun's place (الحرب في أوكرانيا), not
    this event's."""
    best = None
    own_end = hit.span_last - 1
    for first, last, place in view.places:
        if not (ctx.sentence.first <= first < ctx.sentence.last) or not place.get("name"):
            continue
        if any(first - step in ctx.noun_ends and first - step != own_end for step in (1, 2)):
            continue
        key = (not place.get("cue"), _distance(first, last, hit))
        if best is None or key < best[0]:
            best = (key, place)
    if best is None:
        return Where(None, None, None, None)
    place = best[1]
    return Where(place["name"], place.get("start"), place.get("end"),
                 f"place {place['name']} from «{place.get('text')}» in the sentence")

"""Confidence: how strongly a sentence reports an event that happened, from countable evidence.

The trigger kind gives a base (a finite verb or a verb + object pattern says more than a verbal
noun); actors, casualty words and a recent date add; a date long before publication (history),
court vocabulary (the sentence is about a trial), a generic marker (عمليات، wave of) or a temporal
preposition before a verbal noun (منذ اغتيال: a reference, not a report) take away, and so does
a verbal noun of an attested type (ASSAULT) with nothing in its sentence saying that it happened
(no date of its own, no casualty or occurrence word). Every term
and weight is data (``cues.yaml``, ``general.confidence``) and every applied term is explained.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from marsad.events.arguments import Arguments
from marsad.events.attach import When
from marsad.events.clauses import SentenceContext
from marsad.events.matcher import Hit
from marsad.events.modality import Modality

_DATED = frozenset({"date", "datetime", "daterange"})


@dataclass
class Evidence:
    value: float
    notes: list[str] = field(default_factory=list)
    historical: bool = False


@dataclass(frozen=True)
class Scorer:
    """Confidence terms and thresholds from ``cues.yaml`` ``general``."""

    weights: dict[str, float]
    recent_days: int
    historical_days: int
    violent: frozenset[str]
    legal_types: frozenset[str]
    attested_types: frozenset[str] = frozenset()

    @classmethod
    def from_general(cls, general: dict[str, Any]) -> Scorer:
        return cls(weights={k: float(v) for k, v in (general.get("confidence") or {}).items()},
                   recent_days=int(general.get("recent_days", 10)),
                   historical_days=int(general.get("historical_days", 60)),
                   violent=frozenset(general.get("violent_types") or []),
                   legal_types=frozenset(general.get("legal_types") or []),
                   attested_types=frozenset(general.get("attested_types") or []))

    def score(self, ctx: SentenceContext, hit: Hit, kind: str, args: Arguments, flags: Modality,
              when: When, published: date | None) -> Evidence:
        found = Evidence(hit.entry.confidence, [f"confidence starts at {hit.entry.confidence:.2f} ({hit.entry.kind})"])
        add = self._adder(found)
        if args.source:
            add("source", "a source actor")
        if args.target:
            add("target", "a target actor")
        if hit.entry.weak:
            add("weak", "a weak trigger")
        if flags.flags["reported"]:
            add("reported", "reported speech")
        nominal = hit.entry.kind == "noun" or _after_preposition(ctx, hit)
        clause = ctx.clause(hit.first)
        sentence_point = _point_date(ctx, (ctx.sentence.first, ctx.sentence.last))
        self._dates(found, add, when, published, sentence_point)
        window = range(max(ctx.sentence.first, hit.first - 2), hit.first)
        trigger = set(range(hit.first, hit.span_last))
        if kind in self.violent and _any(ctx, range(ctx.sentence.first, ctx.sentence.last), "casualties", trigger):
            add("casualties", "casualty words in the sentence")
        sentence = range(ctx.sentence.first, ctx.sentence.last)
        dated = sentence_point and when.value is not None and not when.note.endswith("publication date")
        claimed = nominal and _any(ctx, range(max(ctx.sentence.first, hit.first - 3), hit.first), "claims", trigger)
        if claimed:  # تبنت الحركة مسؤوليتها عن الهجوم: the claim attests the act
            add("claimed", "a claim of responsibility for the act")
        if (nominal and kind in self.attested_types and not dated and not claimed
                and not any(_any(ctx, sentence, name, trigger) for name in ("casualties", "occurrence"))):
            add("unattested", "a verbal noun and no word in the sentence that it happened")
        if kind in self.legal_types and not claimed and _any(ctx, range(*clause), "legal", trigger):
            add("legal", "court or charge vocabulary in the clause")
        if _any(ctx, window, "generic", trigger):
            add("generic", "a generic marker before the trigger")
        if (kind in self.violent and hit.slot == "present" and hit.entry.kind != "noun" and not dated
                and not flags.flags["future"]):
            add("habitual", "an imperfect verb and no date of its own: a habit or a general statement")
        if nominal and not hit.entry.needs_enclitic and not claimed and _any(ctx, window, "background", trigger):
            # a stance noun with its owner's pronoun (أعرب عن تقديره) is expressed, not referred to
            add("background", "a temporal or topical preposition before the verbal noun")
        found.value = round(min(0.98, max(0.02, found.value)), 2)
        return found

    def _adder(self, found: Evidence):
        def add(term: str, why: str) -> None:
            weight = self.weights.get(term, 0.0)
            if weight:
                found.value += weight
                found.notes.append(f"{weight:+.2f}: {why}")
        return add

    def _dates(self, found: Evidence, add, when: When, published: date | None, own: bool = True) -> None:
        if published is None or when.value is None or when.note.endswith("publication date"):
            return
        latest = _latest_day(when.value)
        if latest is None:
            return
        days = (published - latest).days
        if days > self.historical_days and own:
            found.historical = True
            add("historical", f"the sentence's date is {days} days before publication")
        elif -1 <= days <= self.recent_days:
            add("recent", "a recent date in the sentence")


def _latest_day(value: str) -> date | None:
    """The last day a TIMEX value may denote (2015 → 2015-12-31, 2015-02 → 2015-02-28): a year or
    a month is history only when all of it lies before the threshold."""
    try:
        if len(value) == 4:
            return date(int(value), 12, 31)
        if len(value) == 7:
            year, month = int(value[:4]), int(value[5:7])
            return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _point_date(ctx: SentenceContext, tokens: tuple[int, int]) -> bool:
    """Is there a dated time expression in ``tokens`` that gives a point in time? One after a
    temporal preposition only bounds an act (هدنة قائمة منذ 2013: since, after, before)."""
    first, last = tokens
    for start, _, expression in ctx.view.times:
        if not (first <= start < last) or expression.type not in _DATED or not expression.resolved:
            continue
        if not any(ctx.has(i, "background") for i in (start - 1, start) if first <= i < last):
            return True
    return False


def _after_preposition(ctx: SentenceContext, hit: Hit) -> bool:
    """A verb form right after a free preposition is read as its verbal noun (في خطف، عن قتل)."""
    return hit.entry.kind == "verb" and hit.first > ctx.sentence.first and ctx.has(hit.first - 1, "free_preps")


def _any(ctx: SentenceContext, tokens: range, category: str, skip: set[int]) -> bool:
    return any(i not in skip and ctx.has(i, category) for i in tokens)

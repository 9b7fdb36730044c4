"""The parties of an act beyond word order: the two sides of «between» (بين X و Y, between X
and Y) and what a violent act aims at (غارة استهدفت مواقع للحوثيين، حربا تستهدف حزب العمال, an
attack targeting the police).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.events.casualties import names as _names
from marsad.events.clauses import SentenceContext
from marsad.events.matcher import Hit
from marsad.events.view import Unit

if TYPE_CHECKING:
    from marsad.events.arguments import Arguments

_NISBA = "nisba"
_AIM_REACH = 6  # words between a violent act and its targeting verb
_AIM_GAP = 3  # words between the targeting verb and the actor it names


def aimed_target(ctx: SentenceContext, hit: Hit, args: Arguments) -> None:
    """A violent act without a target whose targeting verb follows it (`targeting` in cues.yaml:
    "غارة استهدفت مواقع للحوثيين", "حربا على الإرهاب تستهدف حزب العمال", "an attack targeting the
    police"): the actor that verb names is the target."""
    if args.target or args.passive or hit.coding.type not in ctx.violent_types:
        return
    last = min(ctx.sentence.last, hit.span_last + _AIM_REACH)
    verb = next((i for i in range(hit.span_last, last) if ctx.has(i, "targeting")), None)
    if verb is None:
        return
    for unit in ctx.units_between(verb + 1, min(ctx.sentence.last, verb + 1 + _AIM_GAP)):
        if unit.role == _NISBA or unit in args.source:
            continue
        prep = ctx.preposition(unit)
        if prep is not None and prep not in ctx.cues.glued_preps:
            return  # a free preposition: a place or an instrument (استهدفت في، targeting with)
        args.target = [u for u in ctx.side_from(unit) if u not in args.source]
        args.notes.append(f"target {_names(args.target)}: what the act aims at («{ctx.word(verb)}»)")
        return


def _second_party(ctx: SentenceContext, first: Unit) -> list[Unit]:
    """The party after «between X …» joined by a conjunction past X's modifiers ("بين قوات موالية
    للحكومة وجماعات مسلحة"): the next unit of the clause that a conjunction opens."""
    _, end = ctx.clause(first.first)
    for unit in ctx.units:
        if first.last <= unit.first < end and ctx.preposition(unit) is None and unit.role != _NISBA and (
                unit.glued[:1] in ctx.cues.conjunctions or ctx.word(unit.first - 1) in ctx.cues.conjunctions):
            return ctx.side_from(unit)
    return []


def _conjunct_follows(ctx: SentenceContext, unit: Unit) -> bool:
    """Does a conjunction open the word right after ``unit`` (X و…)?"""
    if unit.last >= ctx.sentence.last:
        return False
    word = ctx.word(unit.last)
    return word in ctx.cues.conjunctions or (len(word) > 2 and word[0] in ctx.cues.conjunctions)


def split_between(ctx: SentenceContext, args: Arguments) -> None:
    """"بين X و Y" / "between X and Y" with no source: X is the source, the rest the target."""
    if args.source or not args.target or ctx.preposition(args.target[0]) not in ctx.cues.between:
        return
    if len(args.target) < 2:
        second = _second_party(ctx, args.target[-1])
        if not second and _conjunct_follows(ctx, args.target[-1]):  # بين إيران والدول الكبرى
            args.source, args.target = args.target, []
            args.notes.append("two-sided: the first party of «between» is the source (the other is no actor)")
            return
        args.target = args.target + second
    if len(args.target) >= 2:
        args.source, args.target = args.target[:1], args.target[1:]
        args.notes.append("two-sided: the first party of «between» is the source")

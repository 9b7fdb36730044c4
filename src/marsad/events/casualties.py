"""Who an attack or a casualty report names around its nouns (no parser).

The victims a casualty word counts are the target of the attack that caused them ("مقتل 15
جنديا تركيا في هجوم"); the actor qualifying the attack noun after a preposition of cause is the
source of the casualties ("قتلوا جراء ضربة جوية اميركية"); a nationality adjective agreeing with a
verbal noun is its source ("الغارات التركية"); an unnamed agent aimed at is not coded by the
country of the sentence's place for the types of ``unnamed_target_types``.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from marsad.events.clauses import SentenceContext, qualifying_unit
from marsad.events.matcher import Hit
from marsad.events.view import Unit

if TYPE_CHECKING:
    from marsad.events.arguments import Arguments

_NISBA = "nisba"


def names(side: list[Unit]) -> str:
    return " + ".join(f"«{u.ref.text}»" for u in side)


def is_noun(hit: Hit) -> bool:
    return hit.entry.kind == "noun" or (hit.entry.kind == "pattern" and hit.slot in ("noun", "construct"))


def caused(ctx: SentenceContext, hit: Hit) -> bool:
    """Does a preposition of cause introduce the trigger (في هجوم، جراء انفجار، بانفجار)?"""
    preps = ctx.roles_cues.cause
    before = ctx.word(hit.first - 1) if hit.first > ctx.sentence.first else ""
    return before in preps or any(c in preps for c in hit.prefix if c in ctx.cues.glued_preps)


def victims_before(ctx: SentenceContext, hit: Hit) -> bool:
    """A violent verbal noun after a preposition of cause written as a word ("أودى بحياة سبعة
    افغان في هجوم", "مقتل 13 من افراد الشرطة جراء هجوم"): the actors before it are what it struck,
    not its agent (a glued بـ is often the light verb's: قامت امرأة بتفجير نفسها)."""
    before = ctx.word(hit.first - 1) if hit.first > ctx.sentence.first and not hit.prefix else ""
    return hit.coding.type in ctx.violent_types and before in ctx.roles_cues.cause


def casualty_victims(ctx: SentenceContext, hit: Hit, args: Arguments) -> None:
    """A violent verbal noun introduced by a preposition of cause after a casualty word ("مقتل 15
    جنديا تركيا في هجوم", "ثلاثة عراقيين قتلوا بانفجار", "killed in an attack"): the victims the
    casualty word names are the attack's target, never its source (a noun with a source of its own is left alone)."""
    if args.target or any(u.ref.country for u in args.source) or args.passive or not is_noun(hit) or hit.coding.type not in ctx.violent_types \
            or not caused(ctx, hit):
        return
    for unit in reversed([u for u in ctx.units if u.last <= hit.first and u not in args.source]):
        if any(i in ctx.boundaries for i in range(unit.last, hit.first)):
            return
        after = any(ctx.has(i, "casualties") for i in range(max(unit.first - 3, ctx.sentence.first), unit.first))
        before = any(ctx.has(i, "casualties") for i in range(unit.last, min(unit.last + 2, hit.first)))
        if (after or before) and unit.ref.country:
            args.target = ctx.side_from(unit, -1) if before else ctx.side_from(unit)
            args.source = [u for u in args.source if u not in args.target]
            args.notes.append(f"target {names(args.target)}: the victims the casualty word names")
        if after or before:
            return


def survivor_target(ctx: SentenceContext, hit: Hit, args: Arguments, subject_before, subject_after) -> bool:
    """A violent verbal noun after a verb whose subject suffered it ("نجا الوزير من انفجار",
    "تعرضت الوزيرة، فلانة، لمحاولة اغتيال", "the minister survived an attack"): that subject is
    the target (``subject_before``/``subject_after``: the argument rules' subject finders). True
    when such a verb governs the noun: the actors before it are the victim's, not the attacker."""
    verbs = ctx.roles_cues.victim_verbs
    if args.target or not verbs or not is_noun(hit) or hit.coding.type not in ctx.violent_types:
        return False
    start, _ = ctx.clause(hit.first)
    for index in range(hit.first - 1, max(start, hit.first - 12) - 1, -1):
        word = ctx.word(index)
        if word not in verbs and not (word[:1] in ctx.cues.conjunctions and word[1:] in verbs):
            continue
        side = subject_after(ctx, index + 1, hit.first) or subject_before(ctx, index, 3)
        side = [u for u in side if u not in args.source]
        if side:
            args.target = side
            args.notes.append(f"target {names(side)}: the subject of «{word}», who suffered the attack")
        return True
    return False


def cause_agent(ctx: SentenceContext, hit: Hit, args: Arguments, relative=None) -> None:
    """A casualty reported with its cause ("قتلوا جراء ضربة جوية اميركية", "مقتل ثلاثة في غارة
    اسرائيلية"): the actor qualifying the attack noun after a preposition of cause is the source,
    else the subject of a relative clause on it (``relative``: "في غارة شنتها طائرة روسية")."""
    casualty = args.passive or (is_noun(hit) and ctx.has(hit.first, "casualties"))
    if args.source or not casualty or hit.coding.type not in ctx.violent_types:
        return
    _, end = ctx.clause(hit.first)
    for index in range(hit.span_last, end - 1):
        if ctx.word(index) not in ctx.roles_cues.cause:
            continue
        noun = next((i for i in range(index + 1, min(index + 4, end)) if i in ctx.noun_ends), None)
        unit = qualifying_unit(ctx, noun + 1, end) if noun is not None else None
        side = ctx.side_from(unit) if unit is not None else []
        if noun is not None and unit is None and relative is not None and noun + 1 < end:
            side = relative(ctx, noun + 1, not _definite_word(ctx, noun))[0]
        if side and not any(u in args.target for u in side):
            args.source = side
            args.notes.append(f"source {names(args.source)}: the agent of the attack that caused it")
        return


def _definite_word(ctx: SentenceContext, index: int) -> bool:
    """Does the word carry the article, after a glued preposition (الغارة، بالغارة، للغارة)?"""
    word, article = ctx.variants(index)[-1], ctx.cues.article
    if not article:
        return False
    if word[:1] in ctx.cues.glued_preps and (word[1:].startswith(article) or word[1:].startswith(article[-1])):
        return True
    return word.startswith(article)


def nationality(ctx: SentenceContext, hit: Hit) -> Unit | None:
    """A nationality adjective after a verbal noun and its adjectives, agreeing with it in
    definiteness (الغارات الجوية التركية، غارة اسرائيلية; not الغارة على مواقع اسرائيلية)."""
    article = ctx.cues.article
    if not article or not ctx.roles_cues.adjective_endings:
        return None
    unit = qualifying_unit(ctx, hit.span_last, ctx.clause(hit.first)[1])
    if unit is None or unit.role not in ("demonym", _NISBA):
        return None
    definite = ctx.view.norm.text[ctx.view.starts[hit.first]:hit.start].endswith((article, article[-1] * 2))
    agrees = unit.glued.endswith(article) or ctx.word(unit.first).startswith(article)
    return unit if definite == agrees and not unit.glued[: -len(article)] else None


def unnamed_victims(ctx: SentenceContext, hit: Hit, args: Arguments) -> None:
    """Types of ``unnamed_target_types`` do not code an unnamed agent aimed at (الشرطة، الحكومة)
    by the country of the sentence's place: that country is a guess, not what the text names."""
    if hit.coding.type not in ctx.roles_cues.unnamed_target_types:
        return
    guessed = [u for u in args.target if u.country_from and not u.country_stated and u.role in ("agent", "title")]
    for unit in guessed:
        args.notes.append(f"target «{unit.ref.text}»: an unnamed agent, its country is not guessed from the place")
    args.target = [replace(u, ref=u.ref.model_copy(update={"country": None}), country_from=None)
                   if u in guessed else u for u in args.target]

"""Speech acts and their parties: the speaker as source, the actor a speech act's content names
as target, and the wrongdoing a noun names (its doer is the target of the disapproval)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.events.casualties import names as _names
from marsad.events.clauses import SentenceContext
from marsad.events.matcher import Hit
from marsad.events.view import Unit

if TYPE_CHECKING:
    from marsad.events.arguments import Arguments

_NISBA = "nisba"


def speaker_source(ctx: SentenceContext, hit: Hit, args: Arguments) -> bool:
    """A verbal act reported without its own subject: the speaker is the source."""
    frame = ctx.frame_of(hit.first)
    if frame is None or hit.coding.type not in ctx.verbal_types or not frame.speaker:
        return False
    args.source = [u for u in frame.speaker if u not in args.target]
    args.notes.append(f"source {_names(frame.speaker)}: speaker of the reported clause")
    if not args.target:
        topic = [u for u in ctx.units if frame.start <= u.first and u.last <= hit.first and u not in frame.speaker]
        later = [u for u in ctx.units if hit.span_last <= u.first < frame.end and u.ref.country
                 and u.role != _NISBA and u not in frame.speaker]
        if topic or later:  # the actors before the act, else the first one after it
            side = ctx.side_from(topic[-1], -1) if topic else ctx.side_from(later[0])
            args.target = side
            args.notes.append(f"target {_names(side)}: what the reported clause is about")
    return bool(args.source)


def content_target(ctx: SentenceContext, hit: Hit, args: Arguments) -> None:
    """A speech act with no addressee is aimed at the state its content names ("دعا إلى مراجعة
    العلاقات مع إسرائيل", "called for a review of ties with Israel" → ISR): the first actor with a
    country in its clause after the trigger (or in a relative clause ending it: "للتنديد بالغارات
    التي يشنها الجيش التركي") that is not its source."""
    _, end = ctx.clause(hit.first)
    if end < ctx.sentence.last and ctx.word(end) in ctx.cues.relatives:  # …بالغارات التي يشنها الجيش
        end = ctx.clause(end + 1)[1]
    for unit in ctx.units:
        if hit.span_last <= unit.first < end and unit.role != _NISBA and unit.ref.country \
                and unit not in args.source and unit.ref.name not in {u.ref.name for u in args.source if u.ref.name}:
            args.target = ctx.side_from(unit)
            args.notes.append(f"target {_names(args.target)}: the actor the content of the act names")
            return


def wrongdoer(ctx: SentenceContext, hit: Hit, args: Arguments) -> None:
    """A noun naming a wrongdoing (انتهاك، تعنت, violation): the one who does it is the target of
    the disapproval; its source is who names it, the speaker of the clause, else nobody."""
    frame = ctx.frame_of(hit.first)
    said = frame.speaker if frame is not None and frame.speaker else []
    doers = [u for u in args.source if u not in args.target and u not in said]
    if not doers:  # no source, or the speaker already is (the one who names it)
        return
    speaker = [u for u in said if u not in doers]
    args.source, args.target = speaker, doers + [u for u in args.target if u not in speaker]
    args.notes.append(f"target {_names(doers)}: the doer of the wrongdoing the noun names; "
                      + (f"source {_names(speaker)}: who names it" if speaker else "no one names it"))


def speaks_of(ctx: SentenceContext, hit: Hit, side: list[Unit]) -> bool:
    """The subject of a speech verb (أعربت البعثة عن قلقها من الهجوم، الوزير أكد…) speaks of an act
    of `unclaimed_types` (one-sided violence) it did not commit, unless it claims it (مسؤوليتها عن
    الهجوم); a war or a liberation it speaks of may well be its own."""
    if hit.coding.type not in ctx.roles_cues.unclaimed_types:
        return False
    around = [*range(max(side[0].first - 2, ctx.sentence.first), side[0].first), side[-1].last]
    if not any(i < ctx.sentence.last and ctx.has(i, "reporting") for i in around):
        return False
    return not any(ctx.has(i, "claims") for i in range(side[-1].last, hit.first))

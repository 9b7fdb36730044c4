"""Relative clauses on a verbal noun: their subject is the noun's agent ("الغارات التي يشنها الجيش
على…", "غارة شنتها طائرة روسية", "the strikes that the army carried out"). ``subject_after`` (the
VSO subject finder of :mod:`marsad.events.arguments`) is passed in by the caller.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from marsad.events.casualties import names as _names
from marsad.events.clauses import SentenceContext, adjective_word
from marsad.events.matcher import Hit
from marsad.events.pronouns import pronoun_cues
from marsad.events.view import Unit

if TYPE_CHECKING:
    from marsad.events.arguments import Arguments

SubjectAfter = Callable[[SentenceContext, int, int], list[Unit]]
_QUOTES = frozenset('«»"')


def definite(ctx: SentenceContext, hit: Hit) -> bool:
    """A noun with the glued article (الاجتماع، للهجوم) is not in construct: no genitive follows."""
    article = ctx.cues.article
    if not article or hit.entry.kind == "pattern" or hit.object_first is not None:
        return False
    return hit.prefix.endswith(article) or hit.prefix.endswith(article[-1] * 2)


def _resumptive(ctx: SentenceContext, index: int) -> bool:
    """Does the word carry a glued object pronoun (نفذته، يشنها) that refers back to the noun?"""
    word = ctx.word(index)
    return any(word.endswith(p) and len(word) - len(p) >= 3 for p in pronoun_cues(ctx.cues.lang).suffixes)


def relative_agent(ctx: SentenceContext, hit: Hit, args: Arguments, after: int, subject_after: SubjectAfter) -> int:
    """A verbal noun qualified by a relative clause ("الغارات التي يشنها الجيش على…", "the strikes
    that the army carried out on…"): the subject of that clause's verb is the source; the target is
    then searched after it. Returns where the target search starts."""
    rel = hit.span_last
    while rel < ctx.sentence.last and ctx.word(rel) in _QUOTES:  # «الحرب» التي…
        rel += 1
    for _ in range(2):  # over its adjectives: الهجوم الاكثر دموية الذي نفذته طالبان
        if rel + 1 < ctx.sentence.last and adjective_word(ctx, rel) and not ctx.has(rel, "relatives"):
            rel += 1
    if rel >= ctx.sentence.last:
        return after
    bare = not definite(ctx, hit) and not ctx.has(rel, "relatives")
    side, start = relative_subject(ctx, rel, bare, subject_after)
    if not side:
        return after if start is None else start
    args.source = side
    args.notes.append(f"source {_names(side)}: subject of the relative clause on the verbal noun")
    return side[-1].last


def relative_subject(ctx: SentenceContext, rel: int, bare: bool,
                     subject_after: SubjectAfter) -> tuple[list[Unit], int | None]:
    """The subject of a relative clause opening at ``rel`` (a relative pronoun, or with ``bare``
    a verb carrying a pronoun back to an indefinite noun: "غارة شنتها طائرة روسية"), and where its
    complements start (None: no relative clause there)."""
    if rel + 1 >= ctx.sentence.last:
        return [], None
    if "VSO" not in ctx.cues.order:
        return _svo_relative_subject(ctx, rel)
    if bare and _bare_relative(ctx, rel):
        verb = rel
    elif ctx.has(rel, "relatives") and ctx.unit_at(rel + 1) is None:
        verb = rel + 1
        if ctx.roles_cues.resumptive and not _resumptive(ctx, verb):
            return [], None  # الهجمات التي اثارت غضب باكستان: the noun is the clause's subject
    else:
        return [], None
    side = subject_after(ctx, verb + 1, ctx.clause(verb)[1])
    if not side or ctx.preposition(side[0]) is not None:
        return [], verb + 1  # a pronoun subject (التي أعلنتها ضد…): its complements may still name the target
    return side, verb + 1


def _svo_relative_subject(ctx: SentenceContext, rel: int) -> tuple[list[Unit], int | None]:
    """Where the subject precedes the verb (English), a relative clause has its own subject right
    after the pronoun ("the strikes that the army carried out"); a verb right after the pronoun
    has the noun itself as subject ("the attack that killed seven soldiers"): no agent."""
    if not ctx.has(rel, "relatives"):
        return [], None
    position = rel + 1
    while position < ctx.sentence.last and ctx.unit_at(position) is None and ctx.has(position, "determiners"):
        position += 1
    unit = ctx.unit_at(position) if position < ctx.sentence.last else None
    if unit is None or unit.role == "nisba":
        return [], None
    side = ctx.side_from(unit)
    return side, side[-1].last


def _bare_relative(ctx: SentenceContext, index: int) -> bool:
    """A verb of ``relative_verbs`` with a glued pronoun (شنتها، نفذه، يشنها): a relative clause
    without a relative pronoun on the indefinite noun before it."""
    word, verbs = ctx.word(index), ctx.roles_cues.relative_verbs
    if not verbs or ctx.unit_at(index) is not None:
        return False
    suffix = next((p for p in pronoun_cues(ctx.cues.lang).suffixes if word.endswith(p)), None)
    stem = word[: -len(suffix)] if suffix else ""
    return bool(stem) and bool({stem, stem[:-1], stem[1:], stem[1:-1]} & verbs)

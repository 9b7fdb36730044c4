"""Subjects that word order alone gets wrong: a participle clause continuing the main clause's
subject ("opened fire, killing one"), and a bare relative clause whose object pronoun resumes the
noun before it (جنود اميركيين خطفتهم: the soldiers are its object, not its subject)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.events.casualties import names as _names
from marsad.events.clauses import SentenceContext
from marsad.events.matcher import Hit
from marsad.events.view import COMMAS as _COMMAS
from marsad.events.view import Unit

if TYPE_CHECKING:
    from marsad.events.arguments import Arguments


def adjunct_subject(ctx: SentenceContext, hit: Hit, args: Arguments) -> bool:
    """A participle opening an adjunct clause after a comma ("police opened fire, killing one and
    arresting 12"): its subject is the subject of the main clause, the actor that the sentence's
    last coded act had as source."""
    endings = ctx.roles_cues.adjunct_endings
    word = ctx.word(hit.first)
    topic = [u for u in ctx.topic if u.first >= ctx.sentence.first]
    if not endings or not word.endswith(endings) or not topic:
        return False
    before = hit.first - 1
    while before > ctx.sentence.first and ctx.skippable(before) and ctx.word(before) not in _COMMAS:
        before -= 1
    opened = ctx.word(before) in _COMMAS or (ctx.word(before) in ctx.cues.conjunctions and any(
        ctx.word(i) in _COMMAS and ctx.word(i + 1).endswith(endings) for i in range(ctx.sentence.first, before)))
    if opened:
        args.source = list(topic)
        args.notes.append(f"source {_names(topic)}: the subject of the main clause, which the participle continues")
    return opened


def resumed(ctx: SentenceContext, hit: Hit, side: list[Unit]) -> bool:
    """An indefinite noun right before a verb that carries an object pronoun (a bare relative clause
    in a language with resumptive pronouns): the noun is the verb's object, not its subject."""
    if not ctx.roles_cues.resumptive or not hit.suffix or hit.entry.kind != "verb" or side[-1].last != hit.first:
        return False
    article = ctx.cues.article
    return bool(article) and not any(ctx.word(u.first).startswith(article) for u in side)

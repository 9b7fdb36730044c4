"""Pronoun and dual-noun arguments resolved to the actors named before them (no parser).

An act often names a party it has already mentioned by a pronoun: glued to the verb as its object
(اتهمتهما "accused the two of them"), glued to a preposition that introduces the target (إليهم،
عليها، ضدهم، معه; "against them"), or as a dual noun (الحليفين، البلدين، الجانبين; "the two
countries"). Each resolves to the most recent compatible actors of the paragraph before it, never
to the act's own source: a dual to the last two-party compound (else the last two actors), a
plural to the last side (a compound or a group), a singular to the last single actor; a first-person
pronoun ("us", بنا) inside reported speech to the speaker. A verbal
noun whose entry has a direct object takes its possessive pronoun as target (اعتقالهم). The word
lists are ``cues.yaml`` (``pronoun_numbers``,
``pronoun_preps``, ``dual_nouns``); the search runs per trigger over the units of its paragraph.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from marsad.events.clauses import SentenceContext
from marsad.events.lexicon import RESOURCE_DIR, norm
from marsad.events.matcher import Hit
from marsad.events.view import COMMAS as _COMMAS
from marsad.events.view import Unit
from marsad.resources import load_yaml

if TYPE_CHECKING:
    from marsad.events.arguments import Arguments

_DUAL, _PLURAL, _SINGULAR, _SPEAKER = "dual", "plural", "singular", "speaker"
_NOT_ANTECEDENT = frozenset({"nisba", "place"})
_REACH = 8  # words after the trigger in which a pronoun or dual noun may introduce its target


@dataclass(frozen=True)
class PronounCues:
    """Pronouns of one language by number, the prepositions they glue to, and dual nouns."""

    numbers: dict[str, str]  # pronoun (suffix or word) → singular / plural / dual
    preps: dict[str, str]  # the form of a preposition before a glued pronoun → the preposition
    duals: tuple[tuple[str, ...], ...]  # dual nouns and phrases ("البلدين", "the two countries")
    suffixes: tuple[str, ...] = ()  # pronouns, longest first
    singular_sectors: frozenset[str] = frozenset()  # state agents: a plural pronoun is not theirs


@lru_cache(maxsize=4)
def pronoun_cues(lang: str) -> PronounCues:
    """The :class:`PronounCues` of a language (empty when ``cues.yaml`` gives none)."""
    own = load_yaml(f"{RESOURCE_DIR}/cues.yaml").get(lang) or {}
    numbers = {norm(k): v for k, v in (own.get("pronoun_numbers") or {}).items() if norm(k)}
    preps = {norm(k): norm(v) for k, v in (own.get("pronoun_preps") or {}).items() if norm(k)}
    duals = tuple(tuple(norm(d).split()) for d in own.get("dual_nouns") or [] if norm(d))
    general = load_yaml(f"{RESOURCE_DIR}/cues.yaml").get("general") or {}
    return PronounCues(numbers, preps, duals, tuple(sorted(numbers, key=len, reverse=True)),
                       frozenset(general.get("place_country_sectors") or []) | {""})


def pronoun_target(ctx: SentenceContext, hit: Hit, args: Arguments, preps: set[str], direct: bool) -> None:
    """Fill an empty target from an object pronoun, a pronoun after one of ``preps`` (the
    trigger's target prepositions), or a dual noun in the trigger's clause (``direct``: a direct
    object is allowed)."""
    if args.target or args.passive:
        return
    cues = pronoun_cues(ctx.cues.lang)
    if not cues.numbers and not cues.duals:
        return
    start = max([hit.span_last] + [u.last for u in args.source if u.first >= hit.span_last])  # past a VSO subject
    found = _object_suffix(ctx, hit, cues) or _after(ctx, hit, cues, preps, direct, start)
    if found is None:
        return
    number, index, how = found
    frame = ctx.frame_of(hit.first)
    if number == _SPEAKER:  # ستتصل بنا، تقتلنا: "us" in what someone says is the speaker's side
        side = [u for u in frame.speaker if u not in args.source] if frame is not None else []
    else:
        speaker = frame.speaker if frame is not None and not args.source else []
        side = antecedent(ctx, index, number, args.source + speaker)
    if side:
        args.target = side
        args.notes.append(f"target {_names(side)}: {how} refers back to them")


def dual_subject(ctx: SentenceContext, hit: Hit, args: Arguments) -> bool:
    """A dual noun right before a verb as its subject ("أن الجانبين اتفقا", "the two sides agreed"):
    the two parties named before it are the source."""
    cues = pronoun_cues(ctx.cues.lang)
    if args.source or not cues.duals or hit.entry.kind == "noun":
        return False
    end = hit.first
    while end > ctx.sentence.first and ctx.skippable(end - 1):
        end -= 1
    for first in range(max(ctx.sentence.first, end - 3), end):
        if _dual_at(ctx, first, cues) == end - first:
            frame = ctx.frame_of(hit.first)
            said = list(frame.speaker) if frame is not None and frame.speaker else []  # not who tells it
            side = antecedent(ctx, first, _DUAL, args.target + said, document=True)  # a noun, not a pronoun
            if side:
                args.source = side
                args.notes.append(f"source {_names(side)}: the dual «{' '.join(ctx.view.words[first:end])}» "
                                  "before the verb refers to them")
            return bool(side)
    return False


def possessive_source(ctx: SentenceContext, hit: Hit, args: Arguments) -> bool:
    """A verbal noun with a plural or dual possessive and no direct object (سعيهم للعمل، تهديداتهم:
    their effort, their threats), or any possessive on an attack noun whose target takes a
    preposition (اعتداءاتها على، غاراتهم: its attacks on; not a weak one such as حربها, "its war",
    a state of affairs): the possessor is its agent, the actors the pronoun refers to. A possessive
    on a noun with a direct object is its target (اغتياله)."""
    cues = pronoun_cues(ctx.cues.lang)
    number = cues.numbers.get(hit.suffix) if hit.suffix else None
    violent = hit.coding.type in ctx.violent_types
    attack = violent and not hit.entry.weak and hit.entry.to is not None and "-" not in hit.entry.to  # اعتداءاتها
    if args.source or number in (None, _SPEAKER) or (hit.entry.to is not None and "-" in hit.entry.to):
        return False
    if not attack and (number == _SINGULAR or violent):
        return False  # تقديره، ارتياحه: the one who expresses it is the speaker
    side = antecedent(ctx, hit.first, number, args.target)
    if side:
        args.source = side
        args.notes.append(f"source {_names(side)}: the possessive «{hit.suffix}» of the verbal noun refers to them")
    return bool(side)


def _object_suffix(ctx: SentenceContext, hit: Hit, cues: PronounCues) -> tuple[str, int, str] | None:
    """The object pronoun glued to a verb (اتهمتهما), or the possessive of a verbal noun whose
    entry takes a direct object (اعتقالهم: their arrest). A singular victim of a violent act
    (خطفه، يحتلونها) is a person or a place, not an actor named before: left alone."""
    number = cues.numbers.get(hit.suffix) if hit.suffix else None
    if number == _SPEAKER and hit.slot != "present":
        return None  # قتلنا is also "we killed": only the present (يقتلنا) is surely "kills us"
    if number is None or hit.entry.kind == "pattern" or (
            number == _SINGULAR and hit.coding.type in ctx.violent_types):
        return None
    direct = hit.entry.to is not None and "-" in hit.entry.to
    transitive = hit.entry.to is None or "-" in hit.entry.to
    if hit.entry.kind == "noun" and (number == _SINGULAR or not (direct and hit.entry.to is not None)):
        return None  # اغتياله: "his" is mostly a person the text names by no actor
    if hit.entry.kind != "noun" and not transitive:
        return None
    return number, hit.first, f"the pronoun «{hit.suffix}» glued to the trigger"


def _after(ctx: SentenceContext, hit: Hit, cues: PronounCues, preps: set[str], direct: bool,
           start: int) -> tuple[str, int, str] | None:
    """A pronoun after a target preposition (عليهم، against them), or a dual noun introduced the way
    the entry allows, within a few words after ``start`` (the trigger or its subject) in its clause."""
    _, end = ctx.clause(hit.first)
    end = min(end, start + _REACH)
    for index in range(start, end):
        if ctx.unit_at(index) is not None:
            return None  # an actor is named: the pronoun search is not for it
        word = ctx.variants(index)[-1]
        glued = _glued_pronoun(word, cues)
        if glued is not None and glued[0] in preps and glued[1] != _SINGULAR:
            return glued[1], index, f"the pronoun of «{ctx.word(index)}»"
        number = cues.numbers.get(word)
        if number not in (None, _SINGULAR) and index > start and ctx.word(index - 1) in preps:
            return number, index, f"the pronoun «{ctx.word(index - 1)} {word}»"
        if number is not None and index == start and direct and hit.entry.kind != "noun":
            return number, index, f"the object pronoun «{word}»"
        size = _dual_at(ctx, index, cues)
        if size:
            prep = _dual_prep(ctx, index, preps)
            if prep or (direct and index == start):
                return _DUAL, index, f"the dual «{' '.join(ctx.view.words[index:index + size])}»"
    return None


def _glued_pronoun(word: str, cues: PronounCues) -> tuple[str, str] | None:
    """A preposition with a glued pronoun (اليهم → الى, plural), or None."""
    for suffix in cues.suffixes:
        if len(word) > len(suffix) and word.endswith(suffix):
            prep = cues.preps.get(word[: -len(suffix)])
            if prep is not None:
                return prep, cues.numbers[suffix]
    return None


def _dual_at(ctx: SentenceContext, index: int, cues: PronounCues) -> int:
    """Length of a dual noun phrase starting at ``index`` (a glued preposition allowed), or 0."""
    words = ctx.view.words
    for dual in cues.duals:
        head = ctx.variants(index)[-1]
        if head != dual[0] and not _glued_form(head, dual[0], ctx):
            continue
        if tuple(words[index + 1:index + len(dual)]) == dual[1:]:
            return len(dual)
    return 0


def _glued_form(word: str, dual: str, ctx: SentenceContext) -> bool:
    """A dual noun with a glued one-letter preposition (بالبلدين، للبلدين = ل + البلدين)."""
    article = ctx.cues.article
    if len(word) < 3 or word[0] not in ctx.cues.glued_preps:
        return False
    rest = word[1:]
    return rest == dual or (bool(article) and rest == dual[len(article) - 1:] and dual.startswith(article))


def _dual_prep(ctx: SentenceContext, index: int, preps: set[str]) -> str | None:
    """The preposition introducing a dual noun: glued (للبلدين) or the word before it."""
    word = ctx.variants(index)[-1]
    if word[0] in ctx.cues.glued_preps and word[0] in preps and word not in {d[0] for d in pronoun_cues(ctx.cues.lang).duals}:
        return word[0]
    if index > ctx.sentence.first and ctx.variants(index - 1)[-1] in preps:
        return ctx.variants(index - 1)[-1]
    return None


def antecedent(ctx: SentenceContext, index: int, number: str, exclude: list[Unit],
               document: bool = False) -> list[Unit]:
    """The most recent actors before ``index`` in its paragraph (``document``: in the document)
    that a pronoun of ``number`` can refer to. Nothing when the nearest one is the act's own source
    (``exclude``): a pronoun object is not reflexive (Arabic says نفسه), so it refers to something
    that is no actor here."""
    units = [u for u in _paragraph_units(ctx, index, document) if not any(u is x for x in exclude)]
    own = {_identity(u) for u in exclude}
    if not units or _identity(units[-1]) in own:
        return []
    sides = [side for side in _sides(ctx, units) if not own & {_identity(u) for u in side}]
    if not sides:
        return []
    if number == _DUAL:
        pair = next((side for side in reversed(sides) if len(side) >= 2), None)
        if pair is not None:
            return pair[-2:]
        if sides[-1][-1].role == "demonym":  # قطريين: people named by a nationality
            return sides[-1]
        last = [side[-1] for side in sides[-2:]]
        return last if len(last) == 2 and _identity(last[0]) != _identity(last[1]) else []
    if number == _PLURAL:
        return next((side for side in reversed(sides) if _group(ctx, side)), [])
    return next(([u] for side in reversed(sides) for u in reversed(side)
                 if len(side) == 1 and u.role != "demonym"), [])


def _group(ctx: SentenceContext, side: list[Unit]) -> bool:
    """Can a plural pronoun refer to this side: a compound, people named by a nationality
    (قطريين، الأميركيين), or a non-state group (a state, its agencies and persons are singular)?"""
    unit = side[-1]
    state = pronoun_cues(ctx.cues.lang).singular_sectors
    return len(side) >= 2 or unit.role == "demonym" or (unit.ref.sector or "") not in state


def _paragraph_units(ctx: SentenceContext, index: int, document: bool = False) -> list[Unit]:
    """Actor units with a country or a name before ``index`` in its paragraph (``document``: in
    the document), in text order."""
    view = ctx.view
    position = 0 if document else ctx.view.sentences.index(ctx.sentence)
    while position > 0 and view.sentences[position - 1].parent == ctx.sentence.parent \
            and ctx.sentence.parent is not None:
        position -= 1
    first = view.sentences[position].first
    starts = [u.first for u in view.units]
    begin, stop = bisect_left(starts, first), bisect_left(starts, index)
    return [u for u in view.units[begin:stop] if u.last <= index and u.role not in _NOT_ANTECEDENT
            and (u.ref.country or u.ref.name)]


def _identity(unit: Unit) -> tuple:
    return (unit.ref.name,) if unit.ref.name else (unit.ref.country, unit.ref.sector)


def _sides(ctx: SentenceContext, units: list[Unit]) -> list[list[Unit]]:
    """The units grouped into compound sides (X و Y، X, Y and Z), in text order."""
    sides: list[list[Unit]] = []
    for unit in units:
        if sides and _joined(ctx, sides[-1][-1], unit):
            if _identity(unit) not in {_identity(u) for u in sides[-1]}:
                sides[-1].append(unit)
            continue
        sides.append([unit])
    return sides


def _joined(ctx: SentenceContext, left: Unit, right: Unit) -> bool:
    """A conjunction, with commas or determiners, between two units (at most three words: "X and
    the Y"), or a glued و."""
    between = range(left.last, right.first)
    conjunctions = ctx.cues.conjunctions
    if not between:
        return bool(right.glued) and right.glued[0] in conjunctions
    words = [ctx.word(i) for i in between]
    return len(between) <= 3 and any(w in conjunctions for w in words) and all(
        w in _COMMAS or w in conjunctions or ctx.has(i, "determiners") for i, w in zip(between, words))


def _names(side: list[Unit]) -> str:
    return " + ".join(f"«{u.ref.text}»" for u in side)

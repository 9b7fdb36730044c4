"""Turn the frames of one sentence into claims: the quoted or reported words with offsets.

A frame's content runs from its anchor to the first boundary: the next coordinated cue ("، وقال
…", "فيما أشاد …", "مؤكداً …"), a terminator ("، وهو ما …"), an attribution phrase ("، بحسب …")
or the end of the sentence. Inside the content, quotations decide directness: content that is
mostly quoted becomes direct quotes (the quoted words only); a quotation that fills the clause up
to a comma becomes a direct quote and a continuation ("، لكنها …") an indirect one; otherwise the
clause is one indirect quote that keeps its quoted fragments.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from marsad.quotes.base import PUNCT_BREAK, TOKEN, Context, Frame, prepositional
from marsad.quotes.frames import analyse
from marsad.quotes.lexicon import LanguageRules
from marsad.quotes.marks import Mark
from marsad.quotes.speakers import Speaker

DIRECT_SHARE = 0.6  # one quotation making up this share of a clause: a direct quote
MULTI_DIRECT_SHARE = 0.8  # several quotations (fragments between plain words) need more
MIN_TRAILING_WORDS = 4
TRIM = " \t\n.,،;؛:!?؟-–—"
_LEADING = re.compile(r"[\s.,،;؛:\-–—]*")


@dataclass
class Claim:
    """Quoted or reported words attributed to a speaker (normalised offsets)."""

    start: int
    end: int
    direct: bool
    speaker: Speaker
    unit: int
    order: int  # position of the attribution, for salience (document order of cues)
    cue: tuple[int, int] | None = None
    addressee: Speaker | None = None
    via: Speaker | None = None
    silent: bool = False  # resolved for salience only, not output


@dataclass(frozen=True)
class Unit:
    """A sentence (merged across quotations) in normalised offsets."""

    index: int
    start: int
    end: int


def unit_frames(cues, unit: Unit, limits: list[int], ctx: Context) -> list[Frame]:
    """Frames of the cues in one unit; a region stops at the next coordinated cue or a limit."""
    frames: list[Frame] = []
    stops = [unit.end, *limits]
    for cue in reversed(cues):  # backwards: a relative cue stops a region only if it has a frame
        frame = analyse(cue, min((p for p in stops if p > cue.end), default=cue.end), (unit.start, unit.end), ctx)
        if frame is not None:
            frames.insert(0, frame)
        if not cue.verb.subjectless and (frame is not None or not cue.relative):
            stops.append(cue.start)  # "نقلت الوكالة عن مسؤول قوله إن": قوله belongs to نقلت
    return frames


def frame_claims(frames: list[Frame], unit: Unit, limits: list[int], ctx: Context) -> list[Claim]:
    """Claims of a unit's frames, dropping cues nested inside an earlier frame's claims."""
    frames = sorted(frames, key=lambda f: f.head)
    kept: list[Frame] = []
    reach = unit.start
    for i, frame in enumerate(frames):
        if kept and frame.head < reach and not _coordinated(frame, ctx):
            continue
        kept.append(frame)
        alone = _frame_claims(frame, [], unit, limits, [], ctx)
        reach = max([reach, frame.head] + [c.end for c in alone])
    claims: list[Claim] = []
    for i, frame in enumerate(kept):
        claims.extend(_frame_claims(frame, heads_after(kept, i), unit, limits, claims, ctx))
    return claims


def _frame_claims(frame: Frame, heads: list[int], unit: Unit, limits: list[int], earlier: list[Claim],
                  ctx: Context) -> list[Claim]:
    if frame.kind == "bare":  # no content: only its subject, for the salience of later cues
        claim = _claim(frame, frame.head, frame.head, False, unit)
        claim.silent = True
        return [claim]
    if frame.kind == "trailing":
        start = max([unit.start] + [c.end for c in earlier])
        end = _trim_end(ctx.text, start, frame.head, frame.cue.rules)
        if len(TOKEN.findall(ctx.text, start, end)) < MIN_TRAILING_WORDS:
            return []
    else:
        start = frame.content
        end = min([_limit(start, unit, limits), *(h for h in heads if h > start)])
        end = _trim_end(ctx.text, start, end, frame.cue.rules)
    return _content_claims(frame, start, end, unit, ctx) + _continuation(frame, end, unit, limits, heads, ctx)


def heads_after(frames: list[Frame], i: int) -> list[int]:
    return [f.head for f in frames[i + 1 :]]


def _limit(start: int, unit: Unit, limits: list[int]) -> int:
    return min([unit.end] + [p for p in limits if p > start])


def _coordinated(frame: Frame, ctx: Context) -> bool:
    """A cue that opens a new clause: glued و/ف, a participle, or after a comma or connector."""
    cue = frame.cue
    if cue.proclitic or cue.slot == "participle":
        return True
    before = ctx.text[: frame.head].rstrip()
    if before[-1:] in PUNCT_BREAK:
        return True
    words = before.split()
    return bool(words) and words[-1] in cue.rules.connectors


def _trim_end(text: str, start: int, end: int, rules: LanguageRules) -> int:
    """Drop trailing spaces, punctuation and a dangling connector before a boundary."""
    for _ in range(3):
        while end > start and text[end - 1] in TRIM:
            end -= 1
        words = text[start:end].split()
        if words and words[-1] in rules.connectors:
            end -= len(words[-1])
            continue
        break
    return end


def _content_claims(frame: Frame, start: int, end: int, unit: Unit, ctx: Context) -> list[Claim]:
    text = ctx.text
    start += _LEADING.match(text, start, end).end() - start
    if end - start < 2:
        return []
    direct_colon = frame.kind == "colon"
    comp = frame.cue.rules.complementizer_re.match(text, start)
    if direct_colon and comp:
        start, direct_colon = _LEADING.match(text, comp.end()).end(), False
    marks = [m for m in ctx.marks if m.open >= start - 1 and m.outer_end <= end + 1 and m.end > m.start]
    make = lambda s, e, d: _claim(frame, s, e, d, unit)
    if frame.kind == "topic":
        return [make(m.start, m.end, True) for m in marks]
    quoted = sum(m.end - m.start for m in marks)
    share = DIRECT_SHARE if len(marks) == 1 else MULTI_DIRECT_SHARE
    if marks and quoted >= share * (end - start):
        return [make(m.start, m.end, True) for m in marks]
    first = marks[0] if marks else None
    if first is not None and _fills_clause(text, start, first):
        out = [make(first.start, first.end, True)]
        rest = _LEADING.match(text, first.outer_end, end).end()
        if frame.cue.rules.continuation_re.match(text, rest):
            out.append(make(rest, end, False))
        return out
    return [make(start, end, direct_colon)]


def _fills_clause(text: str, start: int, mark: Mark) -> bool:
    """A quotation that makes up most of the clause and ends at a comma (روسيا "…"، لكنها …)."""
    after = text[mark.outer_end : mark.outer_end + 3].lstrip()
    return after[:1] in (",", "،", ";", "؛") and mark.end - mark.start >= DIRECT_SHARE * (mark.outer_end - start)


def _continuation(frame: Frame, end: int, unit: Unit, limits, heads, ctx: Context) -> list[Claim]:
    """"…، لكنها ستواصل …": the same speaker goes on after a continuation terminator."""
    if not frame.speech:
        return []
    rules, text = frame.cue.rules, ctx.text
    match = rules.terminator_re.match(text, end)
    if match is None or not rules.continuation_re.fullmatch(match["word"]):
        return []
    start = match.start("word")
    stop = min([unit.end, *(p for p in limits if p > start + 1), *(h for h in heads if h > start)])
    stop = _trim_end(text, start, stop, rules)
    return [_claim(frame, start, stop, False, unit)] if stop - start > 2 else []


def _claim(frame: Frame, start: int, end: int, direct: bool, unit: Unit) -> Claim:
    cue = frame.cue
    return Claim(start, end, direct, frame.speaker, unit.index, frame.head, (cue.start, cue.end),
                 frame.addressee, frame.via)


def terminators(rules_list: tuple[LanguageRules, ...], ctx: Context) -> list[int]:
    """Positions (the comma) where a terminator phrase ends a reported clause, outside quotations."""
    found = (m.start() for rules in rules_list for m in rules.terminator_re.finditer(ctx.text))
    return sorted(p for p in found if not ctx.quoted.inside(p))


def standalone_marks(marks: list[Mark], claims: list[Claim], frames: list[Frame], unit: Unit, ctx: Context,
                     languages: tuple[LanguageRules, ...]) -> list[Claim]:
    """Quotations outside any claim: post-quote attribution ("«…»، قال بوتين") or quotes in context."""
    out: list[Claim] = []
    for mark in marks:
        if any(c.start < mark.end and mark.start < c.end for c in claims):
            continue
        if any(f.kind not in ("trailing", "bare") and f.cue.end <= mark.open and mark.end <= f.content for f in frames):
            continue  # inside an attribution: "في تصريحات نقلتها مجلة «…»: …" names the outlet
        frame = next((f for f in frames if f.head >= mark.outer_end and f.kind in ("mark", "trailing")
                      and re.fullmatch(r"[\s,،]*", ctx.text[mark.outer_end : f.head])), None)
        if frame is not None:
            out.append(_claim(frame, mark.start, mark.end, True, unit))
            continue
        words = TOKEN.findall(ctx.text, mark.start, mark.end)
        n_words = sum(1 for w in words if w[0].isalnum())
        before = [f for f in frames if f.head < mark.open]
        in_context = bool(before) or any(r.speech_re.search(ctx.text, unit.start, mark.open) for r in languages)
        if n_words < 2 or (n_words == 2 and not in_context) or _is_name(mark, ctx) or _governed(mark, ctx, languages):
            continue
        speaker = before[-1].speaker if before else _nearest_subject(mark, unit, ctx, languages)
        if in_context or not speaker.unnamed and not speaker.dropped:
            out.append(Claim(mark.start, mark.end, True, speaker, unit.index, mark.open))
    return out


def _governed(mark: Mark, ctx: Context, languages) -> bool:
    """A quotation glued to a clitic (لـ«…») or right after a preposition (أمام «…») names something."""
    words = TOKEN.findall(ctx.text, max(0, mark.open - 30), mark.open)
    if mark.open > 0 and ctx.text[mark.open - 1].isalnum():
        return not any(words and words[-1] in rules.proclitics for rules in languages)
    return bool(words) and any(words[-1] in rules.prepositions for rules in languages)


def _is_name(mark: Mark, ctx: Context) -> bool:
    """The quotation only names something: a mention covers it, or (cased scripts) all Title Case."""
    covered = sum(m.end - m.start for m in ctx.index.within(mark.start - 1, mark.end + 1))
    if covered >= 0.7 * (mark.end - mark.start):
        return True
    start, end = ctx.to_original(mark.start), ctx.to_original(mark.end - 1) + 1
    words = re.findall(r"\w+", ctx.original[start:end])
    cased = [w for w in words if w[0].lower() != w[0].upper()]
    return bool(cased) and len(words) <= 4 and len(cased) == len(words) and all(w[0].isupper() for w in cased)


def _nearest_subject(mark: Mark, unit: Unit, ctx: Context, languages) -> Speaker:
    """The last noun phrase before a quotation that is not inside a prepositional phrase."""
    for group in reversed(ctx.index.groups(unit.start, mark.open)):
        if any(prepositional(group[0], ctx, rules) for rules in languages):
            continue
        named = any(m.name for m in group) or any(m.role == "title" for m in group)
        return Speaker(group=group, unnamed=not named)
    return Speaker(unnamed=True)

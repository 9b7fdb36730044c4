"""Speech frames of a sentence: who speaks, and which tokens are the reported content.

Three sources: the quote stage (a quotation with a named speaker), a reporting verb followed by
a complementiser ("قال X إن…", "X said that…"), and a trailing attribution (", a Jordanian
official confirmed."), whose tokens are then excluded from argument search.
"""

from __future__ import annotations

from marsad.events.arguments import subject_after, subject_before
from marsad.events.clauses import Frame, SentenceContext
from marsad.events.view import COMMAS as _COMMAS
from marsad.events.view import Unit

_OPENERS = frozenset(':"«')
#: at most this many words (besides the speaker) after a trailing speech verb (", X said on Monday.")
_TRAILING_WORDS = 5


def speech_frames(ctx: SentenceContext, speakers: dict[str, Unit]) -> list[Frame]:
    """Frames of a sentence, quotation frames first; updates ``ctx.excluded``/``ctx.units``."""
    frames = _quote_frames(ctx, speakers)
    sentence = ctx.sentence
    for index in range(sentence.first, sentence.last):
        if "reporting" not in ctx._roles[index] or ctx.unit_at(index) is not None:
            continue
        trailing = _trailing(ctx, index)
        if trailing is not None:
            frames.append(trailing)
            continue
        speaker = subject_before(ctx, index, 2) or subject_after(ctx, index + 1, index + 8) \
            or _continuing(ctx, index)
        start = _content_start(ctx, index, speaker)
        if start is not None:
            frames.append(Frame(index, speaker, start, sentence.last))
    return sorted(frames, key=lambda f: (f.start, -f.end))


def continue_frames(ctx: SentenceContext) -> None:
    """Give the frames of the sentence that still lack a speaker the (new) continuing subject."""
    for frame in ctx.frames:
        if not frame.speaker and ctx.unit_at(frame.verb) is None:
            frame.speaker = _continuing(ctx, frame.verb)


def _continuing(ctx: SentenceContext, verb: int) -> list[Unit]:
    """A clause-initial speech verb without a subject ("وقال: إن…") continues the paragraph's subject."""
    start, _ = ctx.clause(verb)
    if start in ctx.boundaries:
        start += 1
    if all(ctx.skippable(i) or ctx.word(i) in ctx.cues.conjunctions for i in range(start, verb)):
        return list(ctx.topic)
    return []


def _content_start(ctx: SentenceContext, verb: int, speaker: list[Unit]) -> int | None:
    """First token of what was said: after a complementiser or a colon/quote mark."""
    limit = min(ctx.sentence.last, verb + 12)
    for index in range(verb + 1, limit):
        if ctx.has(index, "complementizers") or ctx.word(index) in _OPENERS:
            return index + 1
        if ctx.word(index) in ".!?؟":
            break
    if ctx.cues.complementizer_optional:
        after = speaker[-1].last if speaker and speaker[0].first > verb else verb + 1
        return after
    return None


def _trailing(ctx: SentenceContext, verb: int) -> Frame | None:
    """", a Jordanian official confirmed." / "، قال مسؤول": the sentence so far is the content."""
    comma = next((i for i in range(verb - 1, max(ctx.sentence.first, verb - 8) - 1, -1)
                  if ctx.word(i) in _COMMAS), None)
    if comma is None or comma <= ctx.sentence.first + 2 or len(ctx.variants(verb)) > 1:
        return None
    rest = [i for i in range(verb + 1, ctx.sentence.last) if ctx.word(i) not in ".!?؟" and ctx.unit_at(i) is None]
    if len(rest) > _TRAILING_WORDS:
        return None
    if any(ctx.has(i, "complementizers") for i in range(verb + 1, min(ctx.sentence.last, verb + 8))):
        return None
    speaker = subject_before(ctx, verb, 4) or subject_after(ctx, verb + 1, ctx.sentence.last)
    ctx.excluded = ctx.excluded | frozenset(range(comma, ctx.sentence.last))
    ctx.set_units([u for u in ctx.units if u.first not in ctx.excluded])
    return Frame(verb, speaker, ctx.sentence.first, comma)


def _quote_frames(ctx: SentenceContext, speakers: dict[str, Unit]) -> list[Frame]:
    frames = []
    for first, last, quote in ctx.view.quotes:
        if not (ctx.sentence.first <= first < ctx.sentence.last):
            continue
        unit = speakers.get((quote.speaker or "").casefold())
        if unit is not None:
            verb = ctx.view.token_range(quote.cue.start, quote.cue.end)[0] if quote.cue is not None else first
            frames.append(Frame(verb, [unit], first, last))
    return frames

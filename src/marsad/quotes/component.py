"""The ``quotes`` pipeline component: who said what, to whom, through which outlet."""

from __future__ import annotations

from bisect import bisect_left

from marsad.model import Quote
from marsad.pipeline import Component, Config, Doc
from marsad.quotes.attribution import attribution_claims, find_attributions, phrase_hits
from marsad.quotes.base import Context
from marsad.quotes.claims import Claim, Unit, frame_claims, standalone_marks, terminators, unit_frames
from marsad.quotes.frames import find_cues
from marsad.quotes.lexicon import QuoteLexicon, default_lexicon
from marsad.quotes.marks import Mark, MarkFinder, MarkIndex
from marsad.quotes.posts import post_bodies
from marsad.quotes.resolve import Resolver
from marsad.quotes.speakers import Ment, MentionIndex
from marsad.text.normalize import NormText


class OffsetMap:
    """Original ↔ normalised offsets of one text."""

    def __init__(self, norm: NormText):
        self.norm = norm
        self.removed = norm.removed or []

    def to_norm(self, index: int) -> int:
        return index - bisect_left(self.removed, index)

    def to_original(self, index: int) -> int:
        return self.norm.to_original(index)

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.norm.span(start, end)


class QuoteComponent(Component):
    """Direct, partial and indirect quotations with speaker, cue, addressee and outlet."""

    name = "quotes"
    reads = ("text", "segments", "actors", "mentions")
    writes = ("quotes",)

    def __init__(self, lexicon: QuoteLexicon | None = None):
        self.lexicon = lexicon or default_lexicon()
        self.marks = MarkFinder(self.lexicon.marks, self.lexicon.max_chars)

    @classmethod
    def from_config(cls, config: Config) -> QuoteComponent:
        return cls(default_lexicon(tuple(config.languages)))

    def __call__(self, doc: Doc) -> None:
        doc.result.quotes = self.extract(doc)

    def extract(self, doc: Doc) -> list[Quote]:
        text, result = doc.text, doc.result
        offsets = OffsetMap(doc.norm)
        paragraphs = [(s.start, s.end) for s in result.segments if s.kind in ("paragraph", "post")]
        posts = post_bodies(text, result.segments)
        marks = [_norm_mark(m, offsets) for m in self.marks(text, paragraphs)]
        marks = [m for m in marks if not any(p.start <= m.open < p.end for p, _, _ in posts)]
        cues = [c for c in find_cues(doc.norm.text, self.lexicon.languages) if not _capitalised_inside(c.start, text, offsets)]
        marks = cut_unclosed(marks, cues, doc.norm.text)
        quoted = MarkIndex(marks)
        cues = [c for c in cues if not quoted.inside(c.start)]
        cue_ends = [c.end for c in cues]
        mentions = [m for m in _mentions(doc, offsets) if not _on_cue(m, cues, cue_ends)]
        ctx = Context(doc.norm.text, text, MentionIndex(mentions, doc.norm.text), quoted.marks, offsets.to_original,
                      quoted)
        units = _units(result.segments, quoted, offsets)
        languages = self.lexicon.languages
        parts = Parts(cues, phrase_hits(languages, ctx), terminators(languages, ctx), ctx.marks)
        claims = [claim for unit in units for claim in self._unit_claims(unit, parts, ctx)]
        resolver = Resolver(ctx, self.lexicon.languages, [u.start for u in units])
        quotes = [resolver.quote(claim, offsets) for claim in sorted(claims, key=lambda c: (c.order, c.start))]
        quotes += [resolver.post_quote(post, start, end, offsets) for post, start, end in posts]
        return sorted((q for q in quotes if q is not None), key=lambda q: q.start)

    def _unit_claims(self, unit: Unit, parts: Parts, ctx: Context) -> list[Claim]:
        languages = self.lexicon.languages
        attributions = find_attributions(unit, parts.within("hits", unit), ctx)
        limits = parts.within("terminators", unit) + [a.start for a in attributions]
        frames = unit_frames(parts.within("cues", unit), unit, limits, ctx)
        claims = frame_claims(frames, unit, limits, ctx)
        claims += attribution_claims(attributions, claims, unit, ctx)
        claims += standalone_marks(parts.within("marks", unit), claims, frames, unit, ctx, languages)
        return claims


class Parts:
    """Document-wide cues, phrase hits, terminators and marks, sliced per unit by position."""

    def __init__(self, cues, hits, terminator_positions: list[int], marks: list[Mark]):
        self.items = {"cues": cues, "hits": hits, "terminators": terminator_positions, "marks": marks}
        keys = {"cues": lambda c: c.start, "hits": lambda h: h[0], "terminators": lambda p: p,
                "marks": lambda m: m.open}
        self.keys = {name: [keys[name](item) for item in items] for name, items in self.items.items()}

    def within(self, name: str, unit: Unit) -> list:
        keys = self.keys[name]
        return self.items[name][bisect_left(keys, unit.start) : bisect_left(keys, unit.end)]


def _capitalised_inside(pos: int, text: str, offsets: OffsetMap) -> bool:
    """A capitalised cue word inside a sentence is part of a name ("United States", "Reports Ltd")."""
    start = offsets.to_original(pos)
    if not text[start].isupper():
        return False
    before = text[:start].rstrip()
    return bool(before) and before[-1] not in ".!?:\"'“”«»\n"


def _on_cue(mention: Ment, cues, cue_ends: list[int]) -> bool:
    """A mention over a speech verb is a misreading ("said" taken for the name Saïd)."""
    i = bisect_left(cue_ends, mention.start + 1)
    return i < len(cues) and cues[i].start < mention.end


def _norm_mark(mark: Mark, offsets: OffsetMap) -> Mark:
    close = offsets.to_norm(mark.close) if mark.close is not None else None
    return Mark(offsets.to_norm(mark.open), offsets.to_norm(mark.start), offsets.to_norm(mark.end), close)


def _mentions(doc: Doc, offsets: OffsetMap) -> list[Ment]:
    actors = {actor.id: actor for actor in doc.result.actors}
    out = []
    for mention in doc.result.mentions:
        actor = actors.get(mention.actor) if mention.actor else None
        out.append(Ment(offsets.to_norm(mention.start), offsets.to_norm(mention.end),
                        actor.name if actor else None, mention.role, actor.type if actor else None))
    return out


def _units(segments, quoted: MarkIndex, offsets: OffsetMap) -> list[Unit]:
    """Sentences in normalised offsets, merged where a quotation runs across a sentence break."""
    spans = [(offsets.to_norm(s.start), offsets.to_norm(s.end)) for s in segments
             if s.kind == "sentence" and (s.parent is None or segments[s.parent].kind != "post")]
    merged: list[list[int]] = []
    for start, end in spans:
        mark = quoted.at(merged[-1][1] - 1) if merged else None
        if mark is not None and mark.open >= merged[-1][0] and mark.outer_end > merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
            continue
        merged.append([start, end])
    return [Unit(i, s, e) for i, (s, e) in enumerate(merged)]


def cut_unclosed(marks: list[Mark], cues, text: str) -> list[Mark]:
    """A quotation the source never closes ends before the next coordinated cue inside it."""
    out = []
    for mark in marks:
        if mark.close is None:
            nxt = next((c for c in cues if mark.start < c.start < mark.end and c.proclitic), None)
            if nxt is not None:
                end = nxt.start
                while end > mark.start and text[end - 1] in " \t\n.,،;؛:":
                    end -= 1
                mark = Mark(mark.open, mark.start, end, None)
        out.append(mark)
    return out


__all__ = ["QuoteComponent"]

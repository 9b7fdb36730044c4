"""Name speakers, addressees and outlets, and build the output :class:`~marsad.model.Quote` items.

Claims are resolved in the order their attributions appear, so that a dropped subject ("وأضاف")
takes the speaker of the previous claim in the sentence, else the named subject of the sentence,
else the most recent speaker of the document.
"""

from __future__ import annotations

import re
import unicodedata

from marsad.model import Quote, Segment, Span
from marsad.quotes.base import Context, prepositional
from marsad.quotes.claims import Claim
from marsad.quotes.lexicon import LanguageRules
from marsad.quotes.speakers import Salience, Speaker, group_name, noun_antecedent, title_antecedent

_WORD = re.compile(r"\w+")


def _with_marks(text: str, end: int) -> int:
    """Extend an end offset over combining marks and tatweel of the last letter (مستقبلاً)."""
    while end < len(text) and (unicodedata.category(text[end]) == "Mn" or text[end] == "\u0640"):
        end += 1
    return end


class Resolver:
    """Stateful per document: keeps the salient speaker while claims are resolved in order."""

    def __init__(self, ctx: Context, languages: tuple[LanguageRules, ...], unit_starts: list[int]):
        self.ctx = ctx
        self.unit_starts = unit_starts
        self.languages = languages
        self.clitics = tuple(dict.fromkeys(c for r in languages for c in (*r.clitic_preps, *r.addressee_markers)))
        self.definite = tuple(dict.fromkeys(d for r in languages for d in r.definite))
        self.salience = Salience()
        self.unit_last: dict[int, str | None] = {}

    def quote(self, claim: Claim, offsets) -> Quote | None:
        speaker = self.speaker(claim)
        start, end = offsets.span(claim.start, claim.end)
        while end > start and self.ctx.original[end - 1] in " ,،;؛":  # '"…," he said': the comma is not quoted
            end -= 1
        end = _with_marks(self.ctx.original, end)
        if end <= start or claim.silent:
            return None
        cue = None
        if claim.cue is not None:
            cue_start, cue_end = offsets.span(*claim.cue)
            cue_end = _with_marks(self.ctx.original, cue_end)
            cue = Span(start=cue_start, end=cue_end, text=self.ctx.original[cue_start:cue_end])
        return Quote(start=start, end=end, text=self.ctx.original[start:end], speaker=speaker,
                     direct=claim.direct, cue=cue, addressee=self.name(claim.addressee, claim.start),
                     via=self.name(claim.via, claim.start))

    def post_quote(self, post: Segment, start: int, end: int, offsets) -> Quote:
        """An embedded post: its author (linked to an actor when the signature names one)."""
        signature = (offsets.to_norm(end), offsets.to_norm(post.end))
        names = [m.name for m in self.ctx.index.within(*signature) if m.name]
        speaker = names[0] if names else (post.author or post.handle)
        return Quote(start=start, end=end, text=self.ctx.original[start:end], speaker=speaker, direct=True,
                     via=None)

    def speaker(self, claim: Claim) -> str | None:
        """The speaker's canonical name (None: unnamed or unknown), updating salience."""
        spk = claim.speaker
        if spk.dropped:
            name = self._salient(claim)
        elif spk.maybe_object and self.salience.recent(claim.unit) is not None:
            name = self.salience.recent(claim.unit)
        else:
            name = self.name(spk, claim.start)
        self.salience.note(claim.unit, name)
        self.unit_last[claim.unit] = name
        return name

    def name(self, spk: Speaker | None, pos: int) -> str | None:
        """Resolve a non-dropped speaker/addressee/outlet to a name."""
        if spk is None:
            return None
        if spk.name:
            return spk.name
        if spk.group:
            return self._group(spk)
        if spk.text and not spk.unnamed:
            words = _WORD.findall(self.ctx.text[spk.text[0] : spk.text[1]])
            if spk.definite:
                found = noun_antecedent(self.ctx.index, words[0], pos, self.definite) if words else None
                if found or len(words) < 2:
                    return found
            return self._original(spk.text)
        return None

    def _original(self, span: tuple[int, int]) -> str:
        start, end = self.ctx.to_original(span[0]), self.ctx.to_original(span[1] - 1) + 1
        return self.ctx.original[start:end]

    def _group(self, spk: Speaker) -> str | None:
        name = group_name(spk.group)
        if name:
            return name
        for mention in spk.group:
            if mention.role == "title":
                found = title_antecedent(self.ctx.index, mention, self.clitics)
                if found:
                    return found
        if spk.text is not None:
            return self._original(spk.text)
        if spk.unnamed:
            return None
        first = spk.group[0]
        if first.role in ("name", "alias", "title"):  # an unlinked name, or a title naming one office holder
            return self._original((first.start, first.end))
        return None

    def _salient(self, claim: Claim) -> str | None:
        """Previous speaker of the sentence, else its named subject, else the recent speaker, else
        the subject of the previous sentence."""
        if claim.unit in self.unit_last:
            return self.unit_last[claim.unit]
        subject = self._subject_between(self.unit_starts[claim.unit], claim.order)
        if subject is not None:
            return subject
        if self.salience.last_unit >= 0 or claim.unit == 0:
            return self.salience.recent(claim.unit)
        # nobody has spoken yet: the subject of the previous sentence ("نقل اللواء X … وأكد أن …")
        return self._subject_between(self.unit_starts[claim.unit - 1], self.unit_starts[claim.unit])

    def _subject_between(self, start: int, end: int) -> str | None:
        """The first named, non-prepositional actor in ``[start, end)``."""
        for group in self.ctx.index.groups(start, end):
            name = group_name(group)
            if name and not any(prepositional(group[0], self.ctx, r) for r in self.languages):
                return name
        return None

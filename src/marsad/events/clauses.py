"""Sentence structure without a parser: clause boundaries, prepositions, compounds, speech frames.

A :class:`SentenceContext` answers the questions argument assignment asks about one sentence:
where does the clause around a token start and end, which preposition introduces an actor unit,
which units are joined by a conjunction, who speaks in a reported clause, and which tokens
belong to an attribution ("، وفقاً لما ذكرته وكالة…", ", a Jordanian official said").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from marsad.events.cues import Cues, Phrases, phrase_at
from marsad.events.view import DocView, Sentence, Unit

_HARD_STOPS = frozenset(".!?؟;:")
_NONE: frozenset[str] = frozenset()
_COMMAS = frozenset(",،")


@dataclass
class Frame:
    """A speech frame: the speaker side of a reporting verb and the tokens of what was said."""

    verb: int
    speaker: list[Unit]
    start: int
    end: int


@dataclass
class SentenceContext:
    """One sentence with its language cues and the units, times and frames inside it."""

    view: DocView
    sentence: Sentence
    cues: Cues
    units: list[Unit]
    time_tokens: frozenset[int]
    boundaries: frozenset[int] = frozenset()
    frames: list[Frame] = field(default_factory=list)
    excluded: frozenset[int] = frozenset()
    attributed: bool = False
    verbal_types: frozenset[str] = frozenset()
    violent_types: frozenset[str] = frozenset()
    topic: list[Unit] = field(default_factory=list)
    _variants: dict[int, tuple[str, ...]] = field(default_factory=dict)
    _roles: list[frozenset[str]] = field(default_factory=list)
    _unit_at: dict[int, Unit] | None = None

    # --- words -------------------------------------------------------------------------------

    def word(self, index: int) -> str:
        return self.view.words[index]

    def variants(self, index: int) -> tuple[str, ...]:
        """A word and, when it starts with a glued one-letter conjunction (وقال), the rest."""
        found = self._variants.get(index)
        if found is None:
            word = self.view.words[index]
            found = (word, word[1:]) if len(word) > 2 and word[0] in self.cues.conjunctions else (word,)
            self._variants[index] = found
        return found

    def phrase(self, index: int, phrases: Phrases) -> int:
        """Length of a cue phrase starting at ``index`` (its first word may carry a conjunction)."""
        if not self.roles(index):
            return 0
        return max((phrase_at(self.view.words, index, phrases, v) for v in self.variants(index)), default=0)

    def roles(self, index: int) -> frozenset[str]:
        """The cue lists (by name) that contain the word or its variant without a conjunction."""
        return self._roles[index]

    def has(self, index: int, category: str) -> bool:
        """Is the word at ``index`` in the named cue list (its first word, for phrase lists)?"""
        return category in self.roles(index)

    def skippable(self, index: int) -> bool:
        """Words that may stand between a verb and its subject: adverbs, auxiliaries, dates."""
        return index in self.time_tokens or self.has(index, "skip_words") or self.word(index) in _COMMAS

    # --- clauses -----------------------------------------------------------------------------

    def clause(self, index: int) -> tuple[int, int]:
        """Token range of the clause around ``index`` (bounded by hard stops and boundary words)."""
        start = index
        while start > self.sentence.first and (start - 1) not in self.boundaries:
            start -= 1
        end = index + 1
        while end < self.sentence.last and end not in self.boundaries:
            end += 1
        return start, end

    def unit_at(self, index: int) -> Unit | None:
        if self._unit_at is None:
            self._unit_at = {i: unit for unit in self.units for i in range(unit.first, unit.last)}
        return self._unit_at.get(index)

    def set_units(self, units: list[Unit]) -> None:
        self.units, self._unit_at = units, None

    def units_between(self, first: int, last: int) -> list[Unit]:
        return [u for u in self.units if first <= u.first and u.last <= last]

    # --- prepositions and compounds ----------------------------------------------------------

    def preposition(self, unit: Unit) -> str | None:
        """The preposition introducing a unit: glued (لروسيا، بالولايات) or the word before it."""
        glued = unit.glued
        if glued and glued[0] in self.cues.conjunctions:
            glued = glued[1:]
        if glued and glued[0] in self.cues.glued_preps:
            return glued[0]
        first = self.variants(unit.first)[-1]
        article = self.cues.article
        if article and not unit.glued and len(first) > 3 and first[0] in self.cues.glued_preps:
            rest = first[1:]
            if rest.startswith(article) or (first[0] == article[-1:] and rest.startswith(article[-1:])):
                return first[0]
        return self.free_preposition(unit.first)

    def free_preposition(self, index: int) -> str | None:
        """A preposition word before ``index``, over digits and determiners ("to 18 rebels")."""
        while index - 1 > self.sentence.first and (self.word(index - 1).isdigit()
                                                   or self.has(index - 1, "determiners")):
            index -= 1
        for size in (2, 1):
            begin = index - size
            if begin < self.sentence.first:
                continue
            words = " ".join(self.variants(begin)[-1:] + tuple(self.view.words[begin + 1:index]))
            if size == 1 and self.has(begin, "free_preps"):
                return self.variants(begin)[-1]
            if size == 2 and any(" ".join(p) == words for p in self.cues.agent_preps):
                return words
        return None

    def joined(self, left: Unit, right: Unit) -> bool:
        """Are two units parts of one compound side (X و Y، X, Y and Z)?"""
        between = range(left.last, right.first)
        if len(between) > 3:
            return False
        words = [self.word(i) for i in between]
        glued_and = right.glued[:1] in self.cues.conjunctions if right.glued else False
        if not words:
            return glued_and
        return all(w in _COMMAS or w in self.cues.conjunctions for w in words)

    def side_from(self, unit: Unit, direction: int = 1) -> list[Unit]:
        """A unit and the units joined to it, reading forwards (1) or backwards (-1)."""
        side = [unit]
        position = self.units.index(unit)
        while 0 <= position + direction < len(self.units):
            other = self.units[position + direction]
            pair = (side[-1], other) if direction == 1 else (other, side[-1])
            if other.first in self.excluded or not self.joined(*pair):
                break
            side.append(other)
            position += direction
        return side if direction == 1 else side[::-1]

    # --- speech frames -----------------------------------------------------------------------

    def frame_of(self, index: int) -> Frame | None:
        for frame in self.frames:
            if frame.start <= index < frame.end:
                return frame
        return None


def build_context(view: DocView, sentence: Sentence, cues: Cues, time_tokens: frozenset[int],
                  verbal_types: frozenset[str], violent_types: frozenset[str] = frozenset()) -> SentenceContext:
    """Boundaries, units and exclusions of a sentence (speech frames are added by the coder)."""
    units = [u for u in view.units if sentence.first <= u.first and u.last <= sentence.last]
    ctx = SentenceContext(view, sentence, cues, units, time_tokens, verbal_types=verbal_types,
                          violent_types=violent_types)
    ctx._roles = doc_roles(view, cues)
    boundaries = set()
    for index in range(sentence.first, sentence.last):
        word = view.words[index]
        if not ctx._roles[index] and word not in _HARD_STOPS and word not in _COMMAS:
            continue
        if word in _HARD_STOPS or ctx.has(index, "complementizers"):
            boundaries.add(index)
        elif word in _COMMAS and index + 1 < sentence.last and _conjoined(ctx, index + 1):
            boundaries.add(index)  # "، وتحدث…", ", and …": the comma ends the clause before
        elif ctx.phrase(index, cues.boundaries):
            boundaries.add(index)
    ctx.boundaries = frozenset(boundaries)
    ctx.excluded, ctx.attributed = _attribution(ctx)
    ctx.set_units([u for u in units if u.first not in ctx.excluded])
    return ctx


def doc_roles(view: DocView, cues: Cues) -> list[frozenset[str]]:
    """For every token of the document, the cue lists of a language that hold it (computed once)."""
    found = view.roles.get(cues.lang)
    if found is None:
        table, conjunctions = cues.word_roles, cues.conjunctions
        found = []
        for word in view.words:
            roles = table.get(word, _NONE)
            if len(word) > 2 and word[0] in conjunctions:
                roles = roles | table.get(word[1:], _NONE)
            found.append(roles)
        view.roles[cues.lang] = found
    return found


def _conjoined(ctx: SentenceContext, index: int) -> bool:
    """A word that is a conjunction or carries a glued one (وتحدث) and is not an actor."""
    return ctx.unit_at(index) is None and (ctx.word(index) in ctx.cues.conjunctions or len(ctx.variants(index)) > 1)


def _attribution(ctx: SentenceContext) -> tuple[frozenset[int], bool]:
    """Tokens of attribution phrases up to the next comma or the end of the sentence."""
    excluded: set[int] = set()
    words = ctx.view.words
    index = ctx.sentence.first
    while index < ctx.sentence.last:
        size = ctx.phrase(index, ctx.cues.attribution) if "attribution" in ctx._roles[index] else 0
        if not size:
            index += 1
            continue
        end = index + size
        while end < ctx.sentence.last and words[end] not in _COMMAS and words[end] not in _HARD_STOPS:
            end += 1
        excluded.update(range(index, end))
        index = end
    return frozenset(excluded), bool(excluded)

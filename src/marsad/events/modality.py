"""Modality flags of a trigger: negated, hypothetical (conditional), future (intended), reported.

Cues are words of ``cues.yaml`` standing before the trigger inside its clause (within
``modality_window`` words); a denial verb (نفى، denied) anywhere before it in the sentence
negates it; a question mark after it in the sentence makes it a question (hypothetical); a
future proclitic glued to the verb (سـ) marks the future. Negated and hypothetical
events are kept but flagged: they are not counted as events that happened.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from marsad.events.clauses import SentenceContext
from marsad.events.cues import Phrases
from marsad.events.matcher import Hit
from marsad.events.morphology import Affixes

FLAGS = ("negated", "hypothetical", "future", "reported")


@dataclass
class Modality:
    flags: dict[str, bool] = field(default_factory=lambda: dict.fromkeys(FLAGS, False))
    notes: list[str] = field(default_factory=list)
    conditional: bool = False

    def set(self, flag: str, why: str) -> None:
        if not self.flags[flag]:
            self.flags[flag] = True
            self.notes.append(f"{flag}: {why}")

    @property
    def excluded(self) -> bool:
        """Not counted as an event that happened (negated, denied, conditional, possible only)."""
        return self.flags["negated"] or self.flags["hypothetical"]


def modality(ctx: SentenceContext, hit: Hit, affixes: Affixes, window: int) -> Modality:
    """The modality flags of one trigger, with the cue that set each."""
    found = Modality()
    cues = ctx.cues
    clause_start, _ = ctx.clause(hit.first)
    start = max(clause_start, hit.first - window)
    for index in range(hit.first - 1, start - 1, -1):
        negation = ctx.has(index, "negation") and not ctx.phrase(index, cues.not_negation)
        if negation or (index == hit.first - 1 and ctx.has(index, "negation_adjacent")):
            found.set("negated", f"«{ctx.word(index)}» {hit.first - index} word(s) before the trigger")
        _phrase_flag(ctx, index, cues.future, "future", found)
        _phrase_flag(ctx, index, cues.hypothetical, "hypothetical", found)
    for index in range(max(ctx.sentence.first, hit.first - 2 * window), hit.first):
        if _phrase_flag(ctx, index, cues.conditional, "hypothetical", found):
            found.conditional = True
        if ctx.has(index, "future_verbs"):
            found.set("future", f"«{ctx.word(index)}» (a verb with a future prefix) before the trigger")
    for index in range(hit.span_last, ctx.sentence.last):
        if ctx.has(index, "question"):
            found.set("hypothetical", f"a question («{ctx.word(index)}» after the trigger)")
            break
    for index in range(ctx.sentence.first, hit.first):
        if ctx.has(index, "denial"):
            found.set("negated", f"denied by «{ctx.word(index)}»")
    if hit.future_prefix(affixes):
        found.set("future", f"future prefix «{hit.prefix}» on the verb")
    frame = ctx.frame_of(hit.first)
    if frame is not None:
        found.set("reported", f"reported speech (speech verb «{ctx.word(frame.verb)}»)")
    elif ctx.attributed:
        found.set("reported", "the sentence is attributed to a source")
    return found


def _phrase_flag(ctx: SentenceContext, index: int, phrases: Phrases, flag: str, found: Modality) -> bool:
    size = ctx.phrase(index, phrases)
    if size:
        found.set(flag, f"«{' '.join(ctx.view.words[index:index + size])}» before the trigger")
    return bool(size)

"""Shared pieces of the quote stage: tokens, cues, frames, the document context, word tests.

All offsets are in the normalised view (``doc.norm.text``); word lists come from the language's
:class:`~marsad.quotes.lexicon.LanguageRules`, so nothing here is specific to one language.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from marsad.quotes.lexicon import LanguageRules, Verb
from marsad.quotes.marks import Mark, MarkIndex
from marsad.quotes.speakers import Ment, MentionIndex, Speaker

TOKEN = re.compile(r"\w+|[^\w\s]")
PUNCT_BREAK = set(",،;؛:.!?؟")
QUOTE_CHARS = set("\"'«»“”‘’„‹›")
MAX_REGION_TOKENS = 40
MAX_SUBJECT_SKIP = 4
MAX_TRAILING_TOKENS = 4
MAX_FALLBACK_WORDS = 4
MAX_NAME_WORDS = 3  # name words after a title (four after an honorific: محمد بن مبارك المجلي)
MAX_PREP_DISTANCE = 6  # words outside mentions between a verb and its preposition (أعرب X … عن)
SPEECH = frozenset({"say", "direct"})
CLAUSAL = frozenset({"say", "clause", "via"})


@dataclass(frozen=True)
class Cue:
    """A matched speech verb."""

    start: int
    end: int
    verb: Verb
    slot: str
    proclitic: bool
    suffix: bool
    relative: bool
    rules: LanguageRules

    @property
    def frames(self) -> frozenset[str]:
        if self.relative:
            return self.verb.frames & CLAUSAL
        return self.verb.frames


@dataclass
class Frame:
    """What one cue attributes, before the content end is known."""

    cue: Cue
    kind: str  # colon | mark | clause | prep | topic | object | stance | trailing | bare
    head: int  # where the attribution begins (the subject before the verb, else the verb)
    content: int  # first character of the reported content (trailing: unused)
    speaker: Speaker
    addressee: Speaker | None = None
    via: Speaker | None = None

    @property
    def speech(self) -> bool:
        return self.kind in ("colon", "mark", "clause", "trailing")


@dataclass(frozen=True)
class Context:
    """The document as the frame finder sees it."""

    text: str  # normalised text
    original: str
    index: MentionIndex
    marks: list[Mark]  # normalised offsets
    to_original: Callable[[int], int]  # normalised index -> original index
    quoted: MarkIndex  # the same marks, for position lookups


def previous_word(text: str, pos: int) -> str:
    match = re.search(r"(\w+)\W*$", text[max(0, pos - 40) : pos])
    return match.group(1) if match and not re.search(r"[^\w\s]", text[max(0, pos - 40) : pos][match.end(1) :]) else ""


def prepositional(mention: Ment, ctx: Context, rules: LanguageRules) -> bool:
    """A mention inside a prepositional phrase: glued (لكيم، للصحفيين) or after a preposition."""
    text = ctx.text
    word_start = mention.start
    while word_start > 0 and text[word_start - 1].isalnum():
        word_start -= 1
    glued = text[word_start : mention.start]
    first = TOKEN.match(text, mention.start)
    if glued and any(glued.startswith(c) for c in rules.clitic_preps):
        return True
    if not glued and first and prepositional_word(first.group(), rules) and mention.role == "agent":
        return True
    previous = previous_word(text, word_start)
    if previous in rules.determiners:  # "in the Ivory Coast"
        previous = previous_word(text, word_start - len(previous) - 1)
    if previous in rules.prepositions or prepositional_word(previous, rules):
        return True
    glued_before = any(previous.startswith(c) and len(previous) > len(c) + 2 for c in rules.clitic_preps)
    return glued_before and not ctx.index.at(word_start - len(previous) - 1, word_start - 1)


def prepositional_word(word: str, rules: LanguageRules) -> bool:
    """A preposition, or a word with a glued preposition before the article (للصحفيين، بالتحسن)."""
    if word in rules.prepositions:
        return True
    for prep in (*rules.clitic_preps, *rules.prepositions):  # له، عليه، لهم: a preposition + pronoun
        if word.startswith(prep) and word[len(prep) :] in rules.pronoun_suffixes:
            return True
    for clitic in rules.clitic_preps:
        rest = word[len(clitic) :]
        # بالتحسن = ب + التحسن; للصحفيين = ل + (ا)لصحفيين, the article's alef elided after li-
        if word.startswith(clitic) and any(rest.startswith(a) or a[1:] == clitic and rest.startswith(clitic)
                                           for a in rules.definite):
            return len(rest) > 2
    return False


def is_addressee(mention: Ment, ctx: Context, rules: LanguageRules) -> bool:
    previous = previous_word(ctx.text, mention.start)
    return previous in rules.addressee_markers


def glued(word: str, rules: LanguageRules) -> bool:
    return any(word.startswith(c) and len(word) > len(c) + 2 for c in rules.clitic_preps)


def definite(word: str, rules: LanguageRules) -> bool:
    return any(word.startswith(a) for a in rules.definite)


def conjoined(word: str, rules: LanguageRules) -> bool:
    """A proclitic conjunction before the article (والدموع): a new clause or coordinated noun."""
    return any(word.startswith(p + a) for p in rules.proclitics for a in rules.definite)


def bare(word: str, rules: LanguageRules) -> str:
    """The word without a proclitic when the rest is a known function word (وبدوره → بدوره)."""
    for clitic in rules.proclitics:
        rest = word[len(clitic) :]
        if word.startswith(clitic) and (rest in rules.subject_gap or rest in rules.connectors or rest in rules.adverbs
                                        or rest in rules.prepositions):
            return rest
    return word


def blocks_subject(word: str, rules: LanguageRules) -> bool:
    """Words that cannot be part of a subject given only by its words (no mention)."""
    return (word in rules.adverbs or word in rules.connectors or word in rules.relatives or bare(word, rules) != word
            or prepositional_word(word, rules) or bool(rules.complementizer_re.fullmatch(word)))


def drop_parenthetical(words: list[str]) -> list[str]:
    if len(words) >= 3 and words[0] == "(" and ")" in words:
        return words[words.index(")") + 1 :]
    return words


def drop_parenthetical_tokens(tokens: list[re.Match[str]]) -> list[re.Match[str]]:
    """Drop a bracketed aside ("Human Rights Watch (HRW) said")."""
    words = [t.group() for t in tokens]
    if "(" in words and ")" in words and words.index("(") < words.index(")"):
        return tokens[: words.index("(")] + tokens[words.index(")") + 1 :]
    return tokens

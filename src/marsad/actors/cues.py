"""Context cues on the normalised text: neighbouring words, adjacency, place versus actor use."""

from __future__ import annotations

import re
from bisect import bisect_left

from marsad.actors.matcher import Hit
from marsad.actors.rules import LanguageRules, MatchingRules
from marsad.text.normalize import NormText

_WORDS = re.compile(r"[^\W\d_]+(?:[.'][^\W\d_]+)*")
_BREAK = re.compile(r"[.،,:;!?()\[\]\"«»\n؛؟]")
NAME_GAP = re.compile(r"[\s,،:]*")


def to_norm(norm_text: NormText, position: int) -> int:
    """Normalised offset of an original offset (the inverse of ``NormText.to_original``)."""
    if not norm_text.removed:
        return position
    return position - bisect_left(norm_text.removed, position)


def words_before(text: str, pos: int, count: int = 3, window: int = 80) -> list[str]:
    """Up to ``count`` words right before ``pos``, not reaching back over punctuation."""
    chunk = text[max(0, pos - window) : pos]
    breaks = list(_BREAK.finditer(chunk))
    if breaks:
        chunk = chunk[breaks[-1].end() :]
    return _WORDS.findall(chunk)[-count:]


def words_after(text: str, pos: int, count: int = 3, window: int = 80) -> list[str]:
    """Up to ``count`` words right after ``pos``, not reaching over punctuation."""
    chunk = text[pos : pos + window]
    stop = _BREAK.search(chunk)
    if stop:
        chunk = chunk[: stop.start()]
    return _WORDS.findall(chunk)[:count]


def adjacent(text: str, left: Hit, right: Hit, gap: re.Pattern[str] | None = None) -> bool:
    """Nothing but whitespace (or what ``gap`` allows) between two hits."""
    between = text[left.end : right.word_start]
    if gap is not None:
        return gap.fullmatch(between) is not None
    return not between.strip() and "\n" not in between


def strip_conjunction(word: str, rules: LanguageRules) -> str:
    """A cue word without a leading conjunction (وفي → في)."""
    if len(word) > 2 and word[0] in rules.conjunctions:
        return word[1:]
    return word


def _phrase_in(words: list[str], phrases: frozenset[str]) -> bool:
    """Does a run of one to three of the words form one of the phrases?"""
    return any(" ".join(words[i : i + size]) in phrases for size in (1, 2, 3) for i in range(len(words)))


def _phrase_before(words: list[str], phrases: frozenset[str], rules: LanguageRules) -> bool:
    """Do the last one to three words form a cue, also with proclitics on the first (بمنطقة)?"""
    for size in range(1, min(3, len(words)) + 1):
        tail = words[-size:]
        if " ".join(tail) in phrases:
            return True
        for bare in (strip_conjunction(tail[0], rules), rules.split_prefix(tail[0])[1]):
            if " ".join([bare, *tail[1:]]) in phrases:
                return True
    return False


class PlaceCues:
    """Decide whether a state, capital or seat stands as a place rather than as an actor."""

    def __init__(self, rules: MatchingRules):
        self.rules = rules

    def is_place(self, text: str, hit: Hit, lang: str, paragraph_start: int | None, metonym: bool = False) -> bool:
        rules = self.rules.get(lang)
        before = words_before(text, hit.word_start)
        if not metonym and self._theatre(before, hit, rules):
            return False  # "الحرب في أوكرانيا": the state a war is fought in takes part in it
        if not metonym and self._reach(text, hit, before, rules):
            return False  # "يمكنها الطيران إلى اليابان": the state within a weapon's reach
        if self._clitic(hit.prefix, rules):
            return True
        cues = rules.metonym_place_before if metonym else rules.place_before
        if before and _phrase_before(before, cues, rules):
            return True
        if self._range(text, hit, before, rules):
            return True
        return paragraph_start is not None and self._dateline(text, hit, paragraph_start)

    @staticmethod
    def _theatre(before: list[str], hit: Hit, rules: LanguageRules) -> bool:
        """A war word right before ("حربها بأوكرانيا") or before a place word ("الحرب في")."""
        if not before or not rules.conflict_words:
            return False
        last = rules.split_prefix(before[-1])[1]
        if hit.prefix and (before[-1] in rules.conflict_words or last in rules.conflict_words):
            return True
        return len(before) >= 2 and before[-1] in rules.place_before and (
            before[-2] in rules.conflict_words or rules.split_prefix(before[-2])[1] in rules.conflict_words)

    def _reach(self, text: str, hit: Hit, before: list[str], rules: LanguageRules) -> bool:
        """A state after a range's "to" word with a capability or range word shortly before."""
        if not before or not rules.reach_cues or strip_conjunction(before[-1], rules) not in rules.range_to:
            return False
        window = words_before(text, hit.word_start, int(self.rules.options.get("reach_window", 6)) + 1)[:-1]
        return _phrase_in(window, rules.reach_cues)

    @staticmethod
    def _clitic(prefix: str, rules: LanguageRules) -> bool:
        core = prefix.lstrip("".join(rules.conjunctions))
        return any(core.startswith(c) for c in rules.place_clitics)

    @staticmethod
    def _range(text: str, hit: Hit, before: list[str], rules: LanguageRules) -> bool:
        if not rules.range_from or not before:
            return False
        last = strip_conjunction(before[-1], rules)
        if last in rules.range_from:
            after = words_after(text, hit.end, 1)
            return bool(after) and strip_conjunction(after[0], rules) in rules.range_to
        if last in rules.range_to:
            return any(strip_conjunction(w, rules) in rules.range_from for w in before[:-1])
        return False

    def _dateline(self, text: str, hit: Hit, paragraph_start: int) -> bool:
        if text[paragraph_start : hit.word_start].strip():
            return False
        rest = text[hit.end : hit.end + 4].lstrip(" \t")
        if not rest or rest[0] not in self.rules.dateline_follow:
            return False
        confirm = self.rules.dateline_after_comma
        if rest[0] in ",،" and confirm:
            window = text[hit.end + 1 : hit.end + 1 + int(self.rules.options.get("dateline_window", 30))]
            return hit_upper(text, hit) or any(c in confirm for c in window)  # "Pakistan, a key ally": no dateline
        return True


def hit_upper(text: str, hit: Hit) -> bool:
    """A name written in capitals ("BAGHDAD"), as datelines are."""
    name = text[hit.word_start : hit.end]
    return len(name) > 1 and name.isupper()


def occurrences(text: str, word: str, prefixes: frozenset[str], begin: int = 0):
    """(start, end, word start) of every whole-word ``word`` after ``begin``, allowing a proclitic
    from ``prefixes`` in front of it."""
    longest = max((len(p) for p in prefixes), default=0)
    position = text.find(word, begin)
    while position >= 0:
        end = position + len(word)
        if end >= len(text) or not (text[end].isalnum() or text[end] == "_"):
            start = position
            while start > 0 and text[start - 1].isalpha() and position - start < longest:
                start -= 1
            if (start == 0 or not text[start - 1].isalnum()) and text[start:position] in prefixes:
                yield position, end, start
        position = text.find(word, position + 1)

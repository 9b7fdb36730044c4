"""Find triggers in the normalised text: one Aho-Corasick pass, clitic checks, pattern objects.

A generated form counts where the letters glued before and after it inside its word are
clitics its paradigm allows (و، ف، س، ال، بـ… before; pronouns after). Pattern heads count only
when an object word follows within the pattern's gap; the object is then part of the trigger and
no other trigger is read from it. Overlaps go to patterns, then to hits of more words, then to
verbs and longer forms. A verb form after a determiner or glued by a hyphen is not a verb. A set
phrase of the ``ignore`` list takes its words like a pattern and is then dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from marsad.events.lexicon import Entry, Lexicon
from marsad.events.morphology import Affixes
from marsad.events.view import COMMAS as _COMMAS
from marsad.events.view import DocView

_VERB_SLOTS = frozenset({"past", "present", "passive", "verb"})
_PUNCTUATION_STOPS = frozenset(".!?؟;:")


@dataclass
class Hit:
    """A trigger found in the text (token coordinates; ``start``/``end`` normalised offsets)."""

    entry: Entry
    first: int
    last: int
    start: int
    end: int
    slot: str
    prefix: str
    suffix: str
    object_first: int | None = None
    object_last: int | None = None
    retyped: Entry | None = None

    @property
    def span_last(self) -> int:
        """Last token (exclusive) of the trigger including a pattern's object."""
        return max(self.last, self.object_last or 0)

    @property
    def coding(self) -> Entry:
        """The entry whose type/mode/CAMEO apply (a light verb's object may supply them)."""
        return self.retyped or self.entry

    def future_prefix(self, affixes: Affixes) -> bool:
        """Does a future proclitic (سـ) stand glued to this verb form?"""
        return self.slot in _VERB_SLOTS and self.prefix in affixes.future_proclitics


_NAME_ROLES = frozenset({"name", "alias"})


def find_hits(view: DocView, lexicon: Lexicon) -> list[Hit]:
    """Every trigger of the document, overlaps resolved."""
    text = view.norm.text
    candidates: list[Hit] = []
    for end_index, (key, forms) in lexicon.automaton.iter(text):
        start, end = end_index - len(key) + 1, end_index + 1
        first, last = view.token_at(start), view.token_at(end - 1)
        if first >= len(view.words) or last >= len(view.words):
            continue
        prefix, suffix = text[view.starts[first]:start], text[end:view.ends[last]]
        for form in forms:
            entry = lexicon.entry(form.entry)
            if _clitics_ok(entry, form.slot, prefix, suffix, lexicon.affixes[entry.lang]) and not (
                    entry.kind == "verb" and not prefix and _not_a_verb(view, first, start, entry.lang, lexicon)):
                candidates.append(Hit(entry, first, last + 1, start, end, form.slot, prefix, suffix))
    resolved = [hit for hit in (_with_object(h, view, lexicon) for h in candidates) if hit is not None]
    names = _name_tokens(view)
    return [hit for hit in _resolve_overlaps(resolved)
            if not hit.entry.ignore and not all(i in names for i in range(hit.first, hit.last))]


def _name_tokens(view: DocView) -> frozenset[int]:
    """Tokens of the name of an actor ("حركة تحرير السودان", "مجلس التعاون", "Justice and Equality
    Movement", "لليمن"): a trigger word there names no act."""
    return frozenset(i for u in view.units if u.role in _NAME_ROLES for i in range(u.first, u.last))


def _not_a_verb(view: DocView, first: int, start: int, lang: str, lexicon: Lexicon) -> bool:
    """A verb form used as a noun or an adjective: right after a determiner or a possessive ("the
    attack", "its support", "the EU's support"), or glued by a hyphen to the word before it
    ("Syrian-backed"; not after a prefix such as "re-")."""
    if first == 0:
        return False
    words, markers = view.words, lexicon.noun_markers.get(lang, frozenset())
    if words[first - 1] in markers or (first > 1 and words[first - 2] + words[first - 1] in markers):
        return True
    glued = first > 1 and words[first - 1] == "-" and view.ends[first - 1] == start \
        and view.ends[first - 2] == view.starts[first - 1]
    return glued and words[first - 2] not in lexicon.hyphen_prefixes.get(lang, frozenset())


def _clitics_ok(entry: Entry, slot: str, prefix: str, suffix: str, affixes: Affixes) -> bool:
    if slot in _VERB_SLOTS:
        if prefix in affixes.future_proclitics and slot == "past":
            return False
        if suffix and entry.to is not None and "-" not in entry.to:
            return False  # an object pronoun on a verb without a direct object (سيطره: the noun سيطرة)
        return prefix in affixes.verb_proclitics and suffix in affixes.verb_enclitics
    if prefix not in affixes.noun_proclitics or suffix not in affixes.noun_enclitics:
        return False
    if (slot == "construct" or entry.needs_enclitic) and not suffix:
        return False
    if entry.no_article and prefix in affixes.definite:
        return False
    return not (suffix and prefix in affixes.definite)


def _with_object(hit: Hit, view: DocView, lexicon: Lexicon) -> Hit | None:
    """A pattern head with its object (None when no object follows); other hits unchanged."""
    entry = hit.entry
    if entry.kind != "pattern":
        return hit
    affixes = lexicon.affixes[entry.lang]
    budget, index = entry.gap, hit.last
    while index < len(view.words) and budget >= 0:
        word = view.words[index]
        if word in _PUNCTUATION_STOPS:
            return None
        size = match_object(view.words, index, entry, affixes)
        if size:
            retyped = _retype(entry, view.words[index:index + size], lexicon) if entry.retype else None
            return replace(hit, object_first=index, object_last=index + size, retyped=retyped)
        if index not in view.covered and word not in _COMMAS and not word.isdigit():
            budget -= 1
        index += 1
    return None


def match_object(words: list[str], index: int, entry: Entry, affixes: Affixes) -> int:
    """Length in words of one of a pattern's object phrases at ``words[index]`` (clitics allowed)."""
    word = words[index]
    if entry.multi_heads:
        for head in strip_proclitics(word, affixes):
            if head not in entry.multi_heads:
                continue
            for size in (3, 2):
                chunk = words[index:index + size]
                if len(chunk) == size and any((head, *chunk[1:-1], tail) in entry.objects
                                              for tail in strip_enclitics(chunk[-1], affixes)):
                    return size
    return 1 if word_cores(word, affixes) & entry.single_objects else 0


@lru_cache(maxsize=65536)
def word_cores(word: str, affixes: Affixes) -> frozenset[str]:
    """A word without any allowed proclitic and/or enclitic (every reading)."""
    return frozenset(core for head in strip_proclitics(word, affixes) for core in strip_enclitics(head, affixes))


@lru_cache(maxsize=65536)
def strip_proclitics(word: str, affixes: Affixes) -> tuple[str, ...]:
    return tuple(word[len(p):] for p in affixes.noun_proclitics if word.startswith(p) and len(word) > len(p) + 1)


@lru_cache(maxsize=65536)
def strip_enclitics(word: str, affixes: Affixes) -> tuple[str, ...]:
    return tuple(word[: len(word) - len(e)] if e else word for e in affixes.noun_enclitics
                 if word.endswith(e) and len(word) > len(e) + 1)


def _retype(entry: Entry, words: list[str], lexicon: Lexicon) -> Entry | None:
    """The noun entry an object word belongs to (شن غارات → the entry of غارات)."""
    affixes, nouns = lexicon.affixes[entry.lang], lexicon.nouns.get(entry.lang, {})
    phrase = " ".join(words)
    for candidate in (phrase, *strip_proclitics(phrase, affixes)):
        for core in [candidate, *strip_enclitics(candidate, affixes)]:
            if core in nouns:
                return lexicon.entry(nouns[core][0])
    return None


def _priority(hit: Hit) -> tuple[int, int, int, int, int, int]:
    """Set phrases of the ignore list first (they veto the words they take), then patterns, then
    the hit of more words ("car bomb" over "bomb"), a verb over a noun, the longer form."""
    kind = {"pattern": 0, "verb": 1, "noun": 2}[hit.entry.kind]
    return (0 if hit.entry.ignore else 1, min(kind, 1), -(hit.span_last - hit.first), kind,
            -(hit.end - hit.start), hit.first)


def _resolve_overlaps(hits: list[Hit]) -> list[Hit]:
    """Keep the best hit where several claim a token; a pattern's object tokens are claimed too."""
    taken: set[int] = set()
    kept: list[Hit] = []
    for hit in sorted(hits, key=_priority):
        tokens = set(range(hit.first, hit.last))
        if hit.object_first is not None:
            tokens |= set(range(hit.object_first, hit.object_last or hit.object_first))
        if tokens & taken:
            continue
        taken |= tokens
        kept.append(hit)
    return sorted(kept, key=lambda h: h.first)

"""Context cues around a place name, compiled from ``resources/places/cues.yaml``.

A :class:`CueSet` holds the cues of every configured language written in one script (Arabic
script: ar; Latin script: en ...), normalised like the text, so that the place stage can ask
"which cue stands right before this name?" without knowing the language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from marsad.resources import load_yaml
from marsad.text.normalize import default_normalizer

#: phrase categories looked up right before a name
BEFORE = (
    "locative_before",
    "near_before",
    "motion_before",
    "place_nouns",
    "directions",
    "not_place_before",
    "actor_before",
    "source_before",
    "range_from",
)
#: the longest cue phrase, in words
MAX_PHRASE = 4
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def _norm(text: str) -> str:
    return " ".join(default_normalizer().string(text).split())


@dataclass
class CueSet:
    """Cues of one script."""

    proclitics: frozenset[str] = frozenset({""})
    article: str = ""
    contraction: str = ""
    locative_clitics: frozenset[str] = frozenset()
    coordinators: frozenset[str] = frozenset()
    separators: str = ""
    phrases: dict[str, set[str]] = field(default_factory=dict)
    range_to: frozenset[str] = frozenset()
    facilities: dict[str, str] = field(default_factory=dict)
    facility_after: dict[str, str] = field(default_factory=dict)
    facility_suffix: frozenset[str] = frozenset()
    distance: list[re.Pattern[str]] = field(default_factory=list)
    quote_open: str = ""
    quote_close: str = ""
    dateline_follow: str = ""
    transliterate_weak: bool = False
    not_name_endings: tuple[str, ...] = ()
    directions: frozenset[str] = frozenset()
    admin_nouns: frozenset[str] = frozenset()
    qualifier_open: str = ""

    def add(self, spec: dict) -> None:
        """Merge one language block of cues.yaml."""
        words = lambda key: {_norm(w) for w in spec.get(key) or []}
        self.proclitics = self.proclitics | {_norm(c) for c in spec.get("proclitics") or []}
        self.article = self.article or _norm(spec.get("article") or "")
        self.contraction = self.contraction or _norm(spec.get("article_contraction") or "")
        self.locative_clitics = self.locative_clitics | words("locative_clitics")
        self.coordinators = self.coordinators | words("coordinators")
        self.separators += spec.get("list_separators") or ""
        ranges = spec.get("place_range") or {}
        categories = {key: words(key) for key in BEFORE if key != "range_from"}
        categories["range_from"] = {_norm(w) for w in ranges.get("from") or []}
        self.range_to = self.range_to | {_norm(w) for w in ranges.get("to") or []}
        for kind, nouns in (spec.get("facility_nouns") or {}).items():
            categories.setdefault("place_nouns", set()).update(_norm(n) for n in nouns)
            self.facilities.update({_norm(n): kind for n in nouns})
        for kind, nouns in (spec.get("facility_after") or {}).items():
            self.facility_after.update({_norm(n): kind for n in nouns})
        for category, items in categories.items():
            for phrase in items:
                self.phrases.setdefault(phrase, set()).add(category)
        self.facility_suffix = self.facility_suffix | words("facility_suffix")
        if spec.get("distance"):
            self.distance.append(re.compile(_norm_pattern(spec["distance"])))
        quotes = spec.get("quotes") or {}
        self.quote_open += quotes.get("open", "")
        self.quote_close += quotes.get("close", "")
        self.dateline_follow += spec.get("dateline_follow") or ""
        self.transliterate_weak = self.transliterate_weak or bool(spec.get("transliterate_weak"))
        self.not_name_endings += tuple(_norm(e) for e in spec.get("not_name_endings") or [])
        self.directions = self.directions | words("directions")
        self.admin_nouns = self.admin_nouns | words("admin_nouns")
        self.qualifier_open += spec.get("qualifier_open") or ""

    def phrase_before(self, words: list[tuple[str, int]]) -> tuple[str, set[str], int]:
        """The longest cue phrase ending the word list (last word nearest the name).

        Returns (phrase, its categories, offset where the phrase starts); ("", set(), -1) when
        none. A proclitic glued to the first word is skipped ("وفي" counts as "في", "بمنطقة" as
        "منطقة").
        """
        for size in range(min(MAX_PHRASE, len(words)), 0, -1):
            tail = [word for word, _ in words[-size:]]
            begin = words[-size][1]
            phrase = " ".join(tail)
            if phrase in self.phrases:
                return phrase, self.phrases[phrase], begin
            head = tail[0]
            for clitic in self.proclitics:
                if clitic and head.startswith(clitic) and len(head) > len(clitic) + 1:
                    stripped = " ".join([head[len(clitic) :], *tail[1:]])
                    if stripped in self.phrases:
                        return stripped, self.phrases[stripped], begin + len(clitic)
        return "", set(), -1

    def is_cue_word(self, word: str) -> bool:
        """Whether a word is itself a cue, possibly after a proclitic (so not an unknown name)."""
        for clitic in self.proclitics:
            if word.startswith(clitic):
                rest = word[len(clitic) :]
                if rest in self.phrases or rest in self.facility_after or rest in self.coordinators:
                    return True
        return False

    def facility_after_pattern(self) -> re.Pattern[str] | None:
        """A word followed by a facility noun ("Knevichi airfield")."""
        if not self.facility_after:
            return None
        nouns = "|".join(re.escape(n) for n in sorted(self.facility_after, key=len, reverse=True))
        return re.compile(rf"(?<![^\W_])(?P<w1>[^\W\d_]+)\s+(?P<cue>{nouns})(?![^\W_])")

    def strong_cue_pattern(self) -> re.Pattern[str] | None:
        """Place nouns and facility nouns followed by one or two words (for transliteration)."""
        nouns = sorted(
            (p for p, cats in self.phrases.items() if "place_nouns" in cats), key=len, reverse=True
        )
        return _cue_pattern(tuple(nouns), tuple(sorted(self.proclitics, key=len, reverse=True)))

    def weak_cue_pattern(self) -> re.Pattern[str] | None:
        """Plain locative words followed by one or two words."""
        words = sorted(
            (p for p, cats in self.phrases.items() if "locative_before" in cats and " " not in p),
            key=len,
            reverse=True,
        )
        return _cue_pattern(tuple(words), tuple(sorted(self.proclitics, key=len, reverse=True)))


def _cue_pattern(cues: tuple[str, ...], clitics: tuple[str, ...]) -> re.Pattern[str] | None:
    if not cues:
        return None
    prefix = "|".join(re.escape(c) for c in clitics if c)
    cue = "|".join(re.escape(c) for c in cues)
    return re.compile(rf"(?<![^\W_])(?:{prefix})?(?P<cue>{cue})\s+(?P<w1>[^\W\d_]+)(?:\s+(?P<w2>[^\W\d_]+))?")


def _norm_pattern(pattern: str) -> str:
    """Normalise the non-ASCII letters of a regular expression (ASCII syntax stays as written)."""
    norm = default_normalizer().string
    return "".join(ch if ord(ch) < 128 else norm(ch) for ch in pattern)


def words_before(
    text: str, position: int, limit: int = MAX_PHRASE, window: int = 60
) -> list[tuple[str, int]]:
    """Up to ``limit`` (word, offset) pairs ending before ``position``; stops at punctuation."""
    begin = max(0, position - window)
    chunk = text[begin:position]
    cut = max(chunk.rfind(ch) for ch in _STOPS)
    if cut >= 0:
        begin += cut + 1
    return [(m.group(), m.start()) for m in _WORD.finditer(text, begin, position)][-limit:]


_STOPS = '.!?؟\n;؛:()«»"،,'


@lru_cache(maxsize=8)
def script_cues(languages: tuple[str, ...]) -> dict[str, CueSet]:
    """Script name → merged cues of the configured languages written in it."""
    spec = load_yaml("places/cues.yaml")["languages"]
    scripts = load_yaml("languages.yaml")["languages"]
    out: dict[str, CueSet] = {}
    for code in languages:
        if code in spec and code in scripts:
            out.setdefault(scripts[code], CueSet()).add(spec[code])
    return out

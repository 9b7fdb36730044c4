"""Consonant-class keys that let an Arabic spelling meet a Latin one (كنيفيتشي ↔ Knevichi).

The table lives in ``resources/places/translit.yaml``; see that file for the scheme.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from marsad.resources import load_yaml
from marsad.text.normalize import default_normalizer

_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Transliterator:
    """Latin and Arabic names → comparable consonant keys."""

    latin_fold: dict[str, str]
    latin_rules: dict[str, str]
    latin_letters: dict[str, str]
    latin_articles: frozenset[str]
    latin_generic: frozenset[str]
    arabic_rules: dict[str, str]
    arabic_letters: dict[str, str]
    arabic_article: str
    arabic_alternatives: dict[str, str]
    max_variants: int
    reading_table: dict[str, str]
    latin_reading: dict[str, str]
    min_key: int
    fuzzy_min_key: int
    fuzzy_cutoff: float
    score_cutoff: float
    short_key: int
    short_score_cutoff: float
    admin_score_cutoff: float
    foreign_score_cutoff: float

    @classmethod
    def from_resource(cls, name: str = "places/translit.yaml") -> Transliterator:
        spec = load_yaml(name)
        norm = default_normalizer().string
        return cls(
            latin_fold=dict(spec["latin_fold"]),
            latin_rules=dict(spec["latin_rules"]),
            latin_letters={str(k): str(v) for k, v in spec["latin_letters"].items()},
            latin_articles=frozenset(spec["latin_articles"]),
            latin_generic=frozenset(spec["latin_generic"]),
            arabic_rules={norm(k): v for k, v in spec["arabic_rules"].items()},
            arabic_letters={norm(k): str(v) for k, v in spec["arabic_letters"].items()},
            arabic_article=norm(spec["arabic_article"]),
            arabic_alternatives={norm(k): str(v) for k, v in (spec.get("arabic_alternatives") or {}).items()},
            max_variants=int(spec.get("max_variants", 1)),
            reading_table={norm(k): str(v) for k, v in spec["reading"].items()},
            latin_reading={str(k): str(v) for k, v in spec["latin_reading"].items()},
            min_key=int(spec["min_key"]),
            fuzzy_min_key=int(spec["fuzzy_min_key"]),
            fuzzy_cutoff=float(spec["fuzzy_cutoff"]),
            score_cutoff=float(spec["score_cutoff"]),
            short_key=int(spec["short_key"]),
            short_score_cutoff=float(spec["short_score_cutoff"]),
            admin_score_cutoff=float(spec["admin_score_cutoff"]),
            foreign_score_cutoff=float(spec["foreign_score_cutoff"]),
        )

    # --- Latin -------------------------------------------------------------------------------

    def latin_words(self, name: str) -> list[str]:
        """Lower-cased ASCII words of a Latin name, articles dropped."""
        lowered = "".join(self.latin_fold.get(ch, ch) for ch in name.lower())
        ascii_ = "".join(c for c in unicodedata.normalize("NFKD", lowered) if not unicodedata.combining(c))
        return [w for w in _WORD.findall(ascii_) if w not in self.latin_articles]

    def latin_keys(self, name: str) -> set[str]:
        """Keys of a Latin name: the whole name, and the name without leading generic words."""
        words = self.latin_words(name)
        keys = {self._encode("".join(words), self.latin_rules, self.latin_letters)}
        while words and words[0] in self.latin_generic:
            words = words[1:]
            if words:
                keys.add(self._encode("".join(words), self.latin_rules, self.latin_letters))
        return {key for key in keys if len(key) >= self.min_key}

    # --- Arabic ------------------------------------------------------------------------------

    def arabic_key(self, text: str) -> str:
        """Key of a normalised Arabic form (one or more words; the article of each is dropped)."""
        words = [self._strip_article(w) for w in text.split()]
        return self._encode("".join(words), self.arabic_rules, self.arabic_letters)

    def arabic_keys(self, text: str) -> list[str]:
        """The key of an Arabic form, then keys with a letter read another way (ج as غ = g in
        "نجازاكي" = Nagasaki, ز as س), at most ``max_variants`` keys in all."""
        keys = [self.arabic_key(text)]
        spelling = text
        for index, char in enumerate(text):
            other = self.arabic_alternatives.get(char)
            if other is None:
                continue
            for variant in (
                text[:index] + other + text[index + 1 :],
                spelling := spelling.replace(char, other),
            ):
                key = self.arabic_key(variant)
                if key not in keys and len(keys) < self.max_variants:
                    keys.append(key)
        return keys

    def reading(self, text: str) -> str:
        """A rough Latin reading of a normalised Arabic form, for scoring against Latin names."""
        words = [self._strip_article(w) for w in text.split()]
        return " ".join("".join(self.reading_table.get(ch, "") for ch in w) for w in words)

    def score(self, arabic: str, latin: str) -> float:
        """Bounded similarity (0-100) of an Arabic form and a Latin name."""
        latin_reading = " ".join(
            self._encode(word, self.latin_reading, {}, keep=True) for word in self.latin_words(latin)
        )
        return fuzz.ratio(self.reading(arabic), latin_reading)

    def cutoff(self, key: str) -> float:
        """The bounded score a candidate found by ``key`` must reach."""
        return self.short_score_cutoff if len(key) <= self.short_key else self.score_cutoff

    def near(self, key: str, other: str) -> bool:
        """Whether two keys are equal, or close enough for keys of ``fuzzy_min_key`` classes."""
        if key == other:
            return True
        if min(len(key), len(other)) < self.fuzzy_min_key:
            return False
        return Levenshtein.normalized_similarity(key, other) >= self.fuzzy_cutoff

    def nearest(self, key: str, keys: list[str]) -> list[str]:
        """Keys within the fuzzy cutoff of ``key`` (for keys of ``fuzzy_min_key`` classes or more)."""
        if len(key) < self.fuzzy_min_key:
            return []
        found = process.extract(
            key, keys, scorer=Levenshtein.normalized_similarity, score_cutoff=self.fuzzy_cutoff, limit=5
        )
        return [item for item, _, _ in found if len(item) >= self.fuzzy_min_key]

    def _strip_article(self, word: str) -> str:
        article = self.arabic_article
        if article and word.startswith(article) and len(word) > len(article) + 1:
            return word[len(article) :]
        return word

    @staticmethod
    def _encode(text: str, rules: dict[str, str], letters: dict[str, str], keep: bool = False) -> str:
        pattern = _compiled(tuple(rules))
        if keep:
            return pattern.sub(lambda m: rules.get(m.group(), m.group()), text)
        classes = pattern.sub(lambda m: rules.get(m.group()) or letters.get(m.group(), ""), text)
        return _REPEAT.sub(r"\1", classes)


_REPEAT = re.compile(r"(.)\1+")


@lru_cache(maxsize=8)
def _compiled(keys: tuple[str, ...]) -> re.Pattern[str]:
    """Longest rule first, else any single character."""
    alternatives = [re.escape(key) for key in sorted(keys, key=len, reverse=True)]
    return re.compile("|".join([*alternatives, "."]), re.DOTALL)


@lru_cache(maxsize=2)
def default_transliterator() -> Transliterator:
    """The transliterator of the bundled table (immutable, shared)."""
    return Transliterator.from_resource()

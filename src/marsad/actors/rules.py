"""Matching rules from ``matching.yaml``: clitic prefixes, place cues, unknown-name cues.

Every word list is normalised like the text (``doc.norm``) so that lookups are plain set
membership on the matching view.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import product
from typing import Any

from marsad.text.normalize import default_normalizer


def norm(text: str) -> str:
    """A form as it stands in the matching view, whitespace collapsed."""
    return " ".join(default_normalizer().string(text).split())


def _norm_set(values: Any) -> frozenset[str]:
    return frozenset(norm(str(v)) for v in values or [] if str(v).strip())


@dataclass(frozen=True)
class LanguageRules:
    """Per-language matching data (normalised)."""

    lang: str
    article: str
    conjunctions: frozenset[str]
    plain_prefixes: frozenset[str]
    definite_prefixes: frozenset[str]
    joined_prefixes: tuple[str, ...]
    name_particles: frozenset[str]
    determiners: frozenset[str]
    group_heads: frozenset[str]
    of_words: frozenset[str]
    of_clitics: frozenset[str]
    modifiers_first: bool
    place_before: frozenset[str]
    metonym_place_before: frozenset[str]
    place_clitics: frozenset[str]
    conflict_words: frozenset[str]
    range_from: frozenset[str]
    range_to: frozenset[str]
    unknown: dict[str, Any] = field(default_factory=dict)
    group_anaphora: dict[str, frozenset[str]] = field(default_factory=dict)
    home_state: frozenset[str] = frozenset()
    state_possessives: frozenset[str] = frozenset()
    reach_cues: frozenset[str] = frozenset()
    compound_prefixes: frozenset[str] = frozenset()
    inflections: tuple[tuple[str, tuple[str, ...]], ...] = ()
    max_prefix: int = 0

    def __post_init__(self) -> None:
        longest = max((len(p) for p in self.plain_prefixes | self.definite_prefixes), default=0)
        object.__setattr__(self, "max_prefix", longest)

    def split_prefix(self, word: str) -> tuple[str, str]:
        """(proclitics, rest) of a word: the longest plain prefix leaving a word of ≥2 letters."""
        for size in range(min(len(word) - 2, self.max_prefix), 0, -1):
            if word[:size] in self.plain_prefixes:
                return word[:size], word[size:]
        return "", word

    def inflect(self, form: str) -> set[str]:
        """The regular forms generated from a normalised singular adjective (dual, sound plural): the
        first ``inflections`` ending that every word of the form has is replaced by each of its
        endings (إسباني → إسبانيان, إسبانيين, إسبانيون; الكوري الشمالي → الكوريان الشماليان)."""
        words = form.split()
        for ending, endings in self.inflections:
            if words and all(len(w) > len(ending) + 2 and w.endswith(ending) for w in words):
                stems = [w[: -len(ending)] for w in words]
                return {" ".join(stem + new for stem in stems) for new in endings}
        return set()


def _prefixes(spec: dict[str, Any]) -> tuple[frozenset[str], frozenset[str]]:
    """Plain (conjunction + preposition) and definite (… + article) proclitic strings."""
    conj = [""] + [norm(c) for c in spec.get("conjunctions") or []]
    prep = [""] + [norm(p) for p in spec.get("prepositions") or []]
    article = norm(spec.get("article") or "")
    contractions = {norm(k): norm(v) for k, v in (spec.get("contractions") or {}).items()}
    plain = frozenset(c + p for c, p in product(conj, prep))
    definite: set[str] = set()
    if article:
        for c, p in product(conj, prep):
            joined = p + article
            definite.add(c + contractions.get(joined, joined))
    return plain, frozenset(definite)


def language_rules(lang: str, spec: dict[str, Any]) -> LanguageRules:
    plain, definite = _prefixes(spec)
    place_range = spec.get("place_range") or {}
    unknown = dict(spec.get("unknown") or {})
    unknown["chain_end_not"] = {key: tuple(norm(str(v)) for v in values or ())
                                for key, values in (unknown.get("chain_end_not") or {}).items()}
    for key in ("cues_before", "cues_after", "honorifics", "stop", "connectors", "org_heads", "place_heads",
                "nickname_cues"):
        unknown[key] = _norm_set(unknown.get(key))
    return LanguageRules(
        lang=lang,
        article=norm(spec.get("article") or ""),
        conjunctions=_norm_set(spec.get("conjunctions")),
        plain_prefixes=plain,
        definite_prefixes=definite,
        joined_prefixes=tuple(norm(p) for p in spec.get("joined_prefixes") or []),
        name_particles=_norm_set(spec.get("name_particles")),
        determiners=_norm_set(spec.get("determiners")),
        group_heads=_norm_set(spec.get("group_heads")),
        of_words=_norm_set(spec.get("of")),
        of_clitics=_norm_set(spec.get("of_clitics")),
        modifiers_first=bool(spec.get("modifiers_first")),
        place_before=_norm_set(spec.get("place_before")),
        metonym_place_before=_norm_set(spec.get("place_before")) | _norm_set(spec.get("metonym_place_before")),
        place_clitics=_norm_set(spec.get("place_clitics")),
        conflict_words=_norm_set(spec.get("conflict_words")),
        range_from=_norm_set(place_range.get("from")),
        range_to=_norm_set(place_range.get("to")),
        unknown=unknown,
        home_state=_norm_set(spec.get("home_state")),
        state_possessives=_norm_set(spec.get("state_possessives")),
        reach_cues=_norm_set(spec.get("reach_cues")),
        compound_prefixes=_norm_set(spec.get("compound_prefixes")),
        inflections=tuple((norm(str(item["ending"])), tuple(norm(str(e)) for e in item.get("add") or ()))
                          for item in spec.get("adjective_inflections") or ()),
        group_anaphora={key: _norm_set(value) for key, value in (spec.get("group_anaphora") or {}).items()},
    )


@dataclass(frozen=True)
class MatchingRules:
    """All languages' rules, the dateline characters and the transliteration tables."""

    languages: dict[str, LanguageRules]
    dateline_follow: frozenset[str]
    transliteration: dict[str, dict[str, Any]]
    options: dict[str, Any] = field(default_factory=dict)
    #: after a comma, one of these within ``dateline_window`` characters confirms a dateline
    dateline_after_comma: frozenset[str] = frozenset()

    @classmethod
    def from_spec(cls, spec: dict[str, Any]) -> MatchingRules:
        languages = {lang: language_rules(lang, body or {}) for lang, body in (spec.get("languages") or {}).items()}
        return cls(languages, frozenset(spec.get("dateline_follow") or ""), spec.get("transliteration") or {},
                   dict(spec.get("options") or {}), frozenset(spec.get("dateline_after_comma") or ""))

    def known_words(self, lang: str) -> frozenset[str]:
        """Normalised words of the transliteration word table of a language (common given names)."""
        words = (self.transliteration.get(lang) or {}).get("words") or {}
        return frozenset(norm(str(w)) for w in words)

    def get(self, lang: str) -> LanguageRules:
        return self.languages.get(lang) or language_rules(lang, {})

    def all_words(self, attribute: str) -> frozenset[str]:
        """The union of one word list over every language (cue lists are script-specific anyway)."""
        found: set[str] = set()
        for rules in self.languages.values():
            found |= getattr(rules, attribute)
        return frozenset(found)

    def prefix_union(self) -> tuple[frozenset[str], frozenset[str], int]:
        """Plain and definite proclitics of all languages, and the longest of them."""
        plain = frozenset().union(*(r.plain_prefixes for r in self.languages.values())) or frozenset({""})
        definite = frozenset().union(*(r.definite_prefixes for r in self.languages.values()))
        return plain, definite, max((len(p) for p in plain | definite), default=0)

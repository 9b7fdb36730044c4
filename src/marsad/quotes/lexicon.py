"""Load the quote-stage resources (``resources/quotes/*.yaml``) into compiled matchers.

Every word list is normalised with the shared normaliser, so that matching runs on
``doc.norm.text``; one :class:`LanguageRules` per configured language holds its compiled regexes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.dates import get_day_names

from marsad.quotes.conjugate import expand_entry
from marsad.resources import load_yaml, resource_path
from marsad.text.normalize import default_normalizer

GLUE = "ـ"  # a phrase written with a final tatweel ("لـ") is glued to the next word


def _norm(text: str) -> str:
    return " ".join(default_normalizer().string(text).split())


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first (so that prefixes lose)."""
    unique = sorted({w for w in words if w}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in unique) or r"(?!x)x"


def _trie_pattern(words: Iterable[str]) -> str:
    """The same language as :func:`_alternation`, factored by common prefixes (much faster on
    hundreds of forms); longer continuations are tried first, so the longest form wins."""
    trie: dict = {}
    for word in {w for w in words if w}:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_node(trie) or r"(?!x)x"


def _trie_node(node: dict) -> str:
    branches = [(_char(ch) + _trie_node(child)) for ch, child in sorted(node.items()) if ch]
    branches.sort(key=len, reverse=True)
    if "" in node:
        return f"(?:{'|'.join(branches)})?" if branches else ""
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


def _char(ch: str) -> str:
    return r"\s+" if ch == " " else re.escape(ch)


def _phrase_pattern(phrases: Iterable[str]) -> str:
    """Alternation of phrases; a phrase ending in a glued clitic needs no word boundary."""
    glued = [_norm(p.rstrip(GLUE)) for p in phrases if p.endswith(GLUE)]
    free = [_norm(p) for p in phrases if not p.endswith(GLUE)]
    parts = []
    if glued:
        parts.append(f"(?:{_alternation(glued)})(?=\\w)")
    if free:
        parts.append(f"(?:{_alternation(free)})(?!\\w)")
    return "|".join(parts) or r"(?!x)x"


def _suffixed(phrases: Iterable[str] | None, suffixes: str) -> str:
    """Phrases whose last word may carry a pronoun suffix (لكنها، غير أنه)."""
    return rf"(?:{_alternation(_norm(p) for p in phrases or [])})(?:{suffixes})?(?!\w)"


def _noun_re(nouns: Iterable[str] | None, articles: Iterable[str] | None, suffixes: str) -> re.Pattern[str]:
    """Nouns with an optional article before and pronoun suffix after (المصادر، مصادرها)."""
    article = _alternation(_norm(a) for a in articles or [])
    return re.compile(rf"(?<!\w)(?:{article})?{_suffixed(nouns, suffixes)}")


@dataclass(frozen=True)
class Verb:
    """One speech verb: how its reported content attaches."""

    lemma: str
    frames: frozenset[str]
    preps: tuple[str, ...] = ()
    source_preps: tuple[str, ...] = ()
    transitive: bool = False
    addressee_object: bool = False
    subjectless: bool = False
    needs_proclitic: frozenset[str] = frozenset()

    @classmethod
    def from_entry(cls, entry: Mapping[str, Any]) -> Verb:
        lemma = entry.get("past") or entry.get("base") or (entry.get("forms") or ["?"])[0]
        return cls(
            lemma=_norm(lemma),
            frames=frozenset(entry.get("frames") or ()),
            preps=tuple(_norm(p.rstrip(GLUE)) for p in entry.get("preps") or ()),
            source_preps=tuple(_norm(p) for p in entry.get("source_preps") or ()),
            transitive=bool(entry.get("transitive")),
            addressee_object=bool(entry.get("addressee_object")),
            subjectless=bool(entry.get("subjectless")),
            needs_proclitic=frozenset(_norm(f) for f in entry.get("needs_proclitic") or ()),
        )


@dataclass(frozen=True)
class LanguageRules:
    """Compiled cue data of one language."""

    code: str
    cue_re: re.Pattern[str]
    forms: dict[str, tuple[Verb, str]]
    complementizer_re: re.Pattern[str]
    opener_re: re.Pattern[str]  # a complementiser that may carry a proclitic (فإن) at a clause start
    bare_clause_forms: frozenset[str]
    not_after: frozenset[str]
    prepositions: frozenset[str]
    clitic_preps: tuple[str, ...]
    relatives: frozenset[str]
    subject_gap: frozenset[str]
    connectors: frozenset[str]
    terminator_re: re.Pattern[str]
    continuation_re: re.Pattern[str]
    attribution_re: re.Pattern[str]
    relay_re: re.Pattern[str]
    source_re: re.Pattern[str]
    speech_re: re.Pattern[str]
    role_re: re.Pattern[str]
    honorific_re: re.Pattern[str]
    addressee_re: re.Pattern[str]
    addressees: dict[str, str]
    definite: tuple[str, ...]
    adverbs: frozenset[str]
    addressee_markers: tuple[str, ...]
    impersonal: frozenset[str]
    pronoun_suffixes: tuple[str, ...]
    proclitics: tuple[str, ...]
    nominalizers: frozenset[str]
    pronouns: frozenset[str]
    determiners: frozenset[str]
    inversion_only: bool
    passive_before: frozenset[str]

    @classmethod
    def from_spec(cls, code: str, spec: Mapping[str, Any]) -> LanguageRules:
        sets = {key: _words(spec, key) for key in WORD_SETS}
        lists = {key: tuple(_norm(w) for w in spec.get(source) or ()) for key, source in WORD_TUPLES.items()}
        lists["pronoun_suffixes"] = tuple(sorted(lists["pronoun_suffixes"], key=len, reverse=True))
        addressees = {_norm(p): name for name, phrases in (spec.get("addressees") or {}).items() for p in phrases}
        sets["adverbs"] |= weekday_names(code)
        forms = _verb_forms(spec)
        return cls(code=code, forms=forms, addressees=addressees, inversion_only=bool(spec.get("inversion_only")),
                   **sets, **lists, **_patterns(spec, forms, addressees))


#: word-list keys of a language file kept as sets / as ordered tuples (key → file key)
WORD_SETS = ("bare_clause_forms", "not_after", "prepositions", "relatives", "subject_gap", "connectors",
             "adverbs", "impersonal", "nominalizers", "pronouns", "determiners", "passive_before")
WORD_TUPLES = {"clitic_preps": "clitic_prepositions", "definite": "definite_prefixes",
               "addressee_markers": "addressee_markers", "proclitics": "proclitics",
               "pronoun_suffixes": "pronoun_suffixes"}


def _words(spec: Mapping[str, Any], key: str) -> frozenset[str]:
    return frozenset(_norm(w) for w in spec.get(key) or [])


def _patterns(spec: Mapping[str, Any], forms: Mapping[str, Any], addressees: Mapping[str, str]) -> dict:
    """The compiled regexes of a language file."""
    proclitics = _alternation(_norm(p) for p in spec.get("proclitics") or [])
    suffixes = _alternation(_norm(s) for s in spec.get("object_suffixes") or [])
    comp = _alternation(_norm(c) for c in spec.get("complementizers") or [])
    pron = _alternation(_norm(s) for s in spec.get("pronoun_suffixes") or [])
    attribution = spec.get("attribution") or {}
    relatives = _alternation(_norm(r) for r in attribution.get("relatives") or [])
    articles, honorifics = spec.get("definite_prefixes"), _alternation(_norm(h) for h in spec.get("honorifics") or [])
    return {
        "cue_re": re.compile(rf"(?<!\w)(?P<pre>(?:{proclitics})?)(?P<form>{_trie_pattern(forms)})"
                             rf"(?P<suf>(?:{suffixes})?)(?!\w)"),
        "complementizer_re": re.compile(rf"(?<!\w)(?:{comp})(?:{pron})?(?!\w)"),
        "opener_re": re.compile(rf"(?<!\w)(?:{proclitics})?(?:{comp})(?:{pron})?(?!\w)"),
        "terminator_re": re.compile(rf"[,،;؛]\s*(?P<word>{_suffixed(spec.get('terminators'), pron)})"),
        "continuation_re": re.compile(_suffixed(spec.get("continuations"), pron)),
        "attribution_re": re.compile(rf"(?<!\w)(?:{proclitics})?(?:{_phrase_pattern(attribution.get('phrases') or [])})"
                                     rf"(?:\s*(?P<rel>{relatives})(?!\w))?"),
        "relay_re": re.compile(rf"(?<!\w)(?:{proclitics})?(?:{_phrase_pattern(spec.get('relay') or [])})"),
        "source_re": _noun_re(spec.get("source_nouns"), articles, pron),
        "speech_re": _noun_re(spec.get("speech_nouns"), articles, pron),
        "role_re": _noun_re(spec.get("role_nouns"), articles, pron),
        "honorific_re": re.compile(rf"(?<!\w)(?:{honorifics})(?!\w)"),
        "addressee_re": re.compile(rf"(?<!\w)(?P<phrase>{_alternation(addressees)})(?!\w)"),
    }


def weekday_names(code: str) -> frozenset[str]:
    """Normalised weekday names of a language from CLDR (babel); empty for an unknown locale."""
    try:
        locale = Locale.parse(code)
    except (ValueError, UnknownLocaleError):
        return frozenset()
    names = set()
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            names.update(_norm(n).rstrip(".") for n in get_day_names(width, context, locale).values())
    return frozenset(names)


def _verb_forms(spec: Mapping[str, Any]) -> dict[str, tuple[Verb, str]]:
    """Normalised surface form → (verb, paradigm slot), first entry wins on a clash."""
    forms: dict[str, tuple[Verb, str]] = {}
    conjugation = spec.get("conjugation") or {}
    for entry in spec.get("verbs") or []:
        verb = Verb.from_entry(entry)
        for form, slot in expand_entry(entry, conjugation).items():
            forms.setdefault(_norm(form), (verb, slot))
    return forms


@dataclass(frozen=True)
class MarkPair:
    """One style of quotation marks."""

    open: str
    close: str
    apostrophe: bool = False


@dataclass(frozen=True)
class QuoteLexicon:
    """Everything the quote stage reads from its resource files."""

    languages: tuple[LanguageRules, ...]
    marks: tuple[MarkPair, ...]
    max_chars: int

    @classmethod
    def load(cls, languages: Iterable[str] = ("ar", "en")) -> QuoteLexicon:
        rules = tuple(
            LanguageRules.from_spec(code, load_yaml(f"quotes/{code}.yaml"))
            for code in dict.fromkeys(languages)
            if resource_path(f"quotes/{code}.yaml").is_file()
        )
        spec = load_yaml("quotes/marks.yaml")
        pairs = tuple(MarkPair(p["open"], p["close"], bool(p.get("apostrophe"))) for p in spec["pairs"])
        return cls(rules, pairs, int(spec.get("max_chars", 3000)))


@lru_cache(maxsize=4)
def default_lexicon(languages: tuple[str, ...] = ("ar", "en")) -> QuoteLexicon:
    """The shared lexicon for a language tuple (immutable, so safe to share)."""
    return QuoteLexicon.load(languages)

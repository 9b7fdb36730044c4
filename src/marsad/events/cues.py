"""Argument, clause and modality cues per language (``resources/events/cues.yaml``), compiled.

Single words become sets; phrases become word tuples that :func:`phrase_at` finds in a token
sequence. Speech and denial verbs are conjugated with the language's paradigms.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from marsad.events.lexicon import RESOURCE_DIR, norm
from marsad.events.morphology import Paradigms
from marsad.resources import load_yaml

Phrase = tuple[str, ...]


class Phrases(tuple):
    """Phrases (word tuples, longest first) indexed by their first word for a quick look-up."""

    by_first: dict[str, tuple[Phrase, ...]]

    def __new__(cls, phrases: Iterable[Phrase]) -> Phrases:  # noqa: PYI034
        ordered = sorted(set(phrases), key=len, reverse=True)
        made = super().__new__(cls, ordered)
        index: dict[str, list[Phrase]] = {}
        for phrase in ordered:
            index.setdefault(phrase[0], []).append(phrase)
        made.by_first = {first: tuple(items) for first, items in index.items()}
        return made


@dataclass(frozen=True)
class Cues:
    """The compiled cues of one language."""

    lang: str
    order: tuple[str, ...]
    target_preps: frozenset[str]
    agent_preps: Phrases
    passive_aux: frozenset[str]
    glued_preps: frozenset[str]
    free_preps: frozenset[str]
    conjunctions: frozenset[str]
    boundaries: Phrases
    relatives: frozenset[str]
    reporting: frozenset[str]
    complementizers: frozenset[str]
    complementizer_optional: bool
    attribution: Phrases
    negation: frozenset[str]
    negation_adjacent: frozenset[str]
    numbers: frozenset[str]
    number_passive: bool
    bare_passive: bool
    determiners: frozenset[str]
    denial: frozenset[str]
    conditional: Phrases
    not_negation: Phrases  # set phrases that open with a negation word and negate nothing (لا سيما)
    future: Phrases
    hypothetical: Phrases
    skip_words: frozenset[str]
    between: frozenset[str]
    casualties: frozenset[str]
    legal: frozenset[str]
    generic: frozenset[str]
    background: frozenset[str]
    claims: frozenset[str]  # claim-of-responsibility words (مسؤوليتها عن، claimed responsibility for)
    targeting: frozenset[str]  # verbs of aiming (استهدف، targeted): what an act aims at follows them
    occurrence: frozenset[str]
    question: frozenset[str]
    article: str
    future_verbs: frozenset[str]
    participle_endings: tuple[str, ...]
    progressive_endings: tuple[str, ...] = ()  # "-ing": after an auxiliary, a progressive, not a passive

    #: word → names of the cue lists holding it (phrase lists: their first words)
    word_roles: dict[str, frozenset[str]] = field(default_factory=dict, compare=False, hash=False)


def _word_roles(cues: Cues) -> dict[str, frozenset[str]]:
    roles: dict[str, set[str]] = {}
    for name, value in vars(cues).items():
        if isinstance(value, Phrases):
            words = value.by_first.keys()
        elif isinstance(value, frozenset):
            words = value
        else:
            continue
        for word in words:
            roles.setdefault(word, set()).add(name)
    return {word: frozenset(names) for word, names in roles.items()}


def _phrases(items: Iterable[str]) -> Phrases:
    return Phrases(tuple(norm(item).split()) for item in items if norm(item))


def _words(items: Iterable[str]) -> frozenset[str]:
    return frozenset(norm(item) for item in items if norm(item))


def _verbs(items: Iterable[str], paradigms: Paradigms, extra: Iterable[str] = ()) -> frozenset[str]:
    """Conjugated forms of "past|present" (or English base) lemmas; bare words stay as they are."""
    forms: set[str] = {norm(word) for word in extra}
    for item in items:
        past, bar, present = item.partition("|")
        if "verb_rules" in paradigms.spec:
            forms.update(paradigms.verb_forms({"base": past}))
        elif bar:
            forms.update(paradigms.verb_forms({"past": past, "present": present}))
        else:
            forms.add(norm(item))
    return frozenset(forms)


def _future_verbs(items: Iterable[str], paradigms: Paradigms) -> frozenset[str]:
    """Present forms of auxiliary verbs with a future proclitic glued (ستواصل، سيعمل)."""
    present = {f for f, slot in paradigms.verb_forms_of(items).items() if slot == "present"}
    return frozenset(p + form for p in paradigms.affixes.future_proclitics for form in present)


def build_cues(lang: str, spec: Mapping[str, Any], paradigms: Paradigms) -> Cues:
    cues = _cues(lang, spec, paradigms)
    object.__setattr__(cues, "word_roles", _word_roles(cues))
    return cues


def _cues(lang: str, spec: Mapping[str, Any], paradigms: Paradigms) -> Cues:
    reporting = spec.get("reporting") or {}
    return Cues(
        lang=lang,
        order=tuple(spec.get("order") or ("SVO",)),
        target_preps=_words(spec.get("target_preps") or []),
        agent_preps=_phrases(spec.get("agent_preps") or []),
        passive_aux=_words(spec.get("passive_aux") or []),
        glued_preps=_words(spec.get("glued_preps") or []),
        free_preps=_words(spec.get("free_preps") or []),
        conjunctions=_words(spec.get("conjunctions") or []),
        boundaries=_phrases(spec.get("boundaries") or []),
        relatives=_words(spec.get("relatives") or []),
        reporting=_verbs(reporting.get("verbs") or [], paradigms, reporting.get("irregular") or []),
        complementizers=_words(reporting.get("complementizers") or []),
        complementizer_optional=bool(reporting.get("complementizer_optional")),
        attribution=_phrases(spec.get("attribution") or []),
        negation=_words(spec.get("negation") or []),
        negation_adjacent=_words(spec.get("negation_adjacent") or []),
        numbers=_words(spec.get("numbers") or []),
        number_passive=bool(spec.get("number_passive")),
        bare_passive=bool(spec.get("bare_passive")),
        determiners=_words(spec.get("determiners") or []),
        denial=_verbs(spec.get("denial") or [], paradigms),
        conditional=_phrases(spec.get("conditional") or []),
        not_negation=_phrases(spec.get("not_negation") or []),
        future=_phrases(spec.get("future") or []),
        hypothetical=_phrases(spec.get("hypothetical") or []),
        skip_words=_words(spec.get("skip_words") or []),
        between=_words(spec.get("between") or []),
        casualties=_words(spec.get("casualties") or []),
        legal=_words(spec.get("legal") or []),
        generic=_words(spec.get("generic") or []),
        background=_words(spec.get("background") or []),
        claims=_verbs(spec.get("claims") or [], paradigms),
        targeting=_verbs(spec.get("targeting") or [], paradigms),
        occurrence=_verbs(spec.get("occurrence") or [], paradigms),
        question=_words(spec.get("question") or []),
        article=norm(spec.get("article") or ""),
        future_verbs=_future_verbs(spec.get("future_verbs") or [], paradigms),
        participle_endings=tuple(spec.get("participle_endings") or ()),
        progressive_endings=tuple(spec.get("progressive_endings") or ()),
    )


@lru_cache(maxsize=4)
def load_cues(languages: tuple[str, ...] = ("ar", "en")) -> dict[str, Cues]:
    """Cues of every configured language that has a section in ``cues.yaml``."""
    spec = load_yaml(f"{RESOURCE_DIR}/cues.yaml")
    morphology = load_yaml(f"{RESOURCE_DIR}/morphology.yaml")
    found = {}
    for lang in languages:
        if lang in spec:
            found[lang] = build_cues(lang, spec[lang], Paradigms(morphology.get(lang) or {}, norm))
    return found


def phrase_at(words: Sequence[str], index: int, phrases: Phrases, first: str | None = None) -> int:
    """Length of the longest phrase that starts at ``words[index]`` (0 when none does);
    ``first`` replaces the first word (a variant without its glued conjunction)."""
    head = words[index] if first is None else first
    for phrase in phrases.by_first.get(head, ()):
        size = len(phrase)
        if tuple(words[index + 1 : index + size]) == phrase[1:]:
            return size
    return 0

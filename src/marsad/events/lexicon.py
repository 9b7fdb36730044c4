"""Build the trigger lexicon: resource entries → generated forms → one Aho-Corasick automaton.

Resources (``resources/events/``): ``triggers_<lang>.yaml`` (verbs, nouns, patterns),
``morphology.yaml`` (paradigms) and ``cues.yaml`` (argument and modality cues). Everything is
normalised with the text normaliser so that forms are found in ``doc.norm.text``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import ahocorasick

from marsad.events.morphology import Affixes, Paradigms
from marsad.resources import load_yaml
from marsad.text.normalize import default_normalizer

RESOURCE_DIR = "events"
#: the type of an ``ignore`` phrase: it wins overlaps like a pattern, then is dropped
IGNORE = "IGNORE"


def norm(text: str) -> str:
    """Normalise a resource string like the text (and collapse spaces)."""
    return " ".join(default_normalizer().string(text).split())


@dataclass(frozen=True)
class Entry:
    """One trigger: a verb, a noun or a pattern (head + object words) with its coding."""

    id: int
    lang: str
    kind: str
    type: str
    label: str
    resource: str
    mode: str | None = None
    cameo: str | None = None
    context: str | None = None
    to: tuple[str, ...] | None = None
    about: tuple[str, ...] = ()
    weak: bool = False
    needs_enclitic: bool = False
    no_article: bool = False
    #: a noun naming a wrongdoing (انتهاك، تعنت): its doer is the target, whoever names it the source
    wrongdoing: bool = False
    #: a noun that is also an active participle (مطالب): in the accusative (مطالبين، مطالبا) its
    #: following actor is its object, not its genitive agent
    participle: bool = False
    #: a promise (تعهد، وعد، vow): one whose content is a violent act is a threat (THREATEN, CAMEO 138)
    vow: bool = False
    #: clashes and battles: killings of their sentence without a source are their toll
    toll: bool = False
    #: a pattern whose "with" words name its subject (تدفق آلاف المتظاهرين: the demonstrators)
    object_is_subject: bool = False
    #: (sector, (type, mode, cameo)): the coding when the source has that sector (None: unchanged)
    by_sector: tuple[tuple[str, tuple[str, str | None, str | None]], ...] = ()
    confidence: float = 0.5
    objects: frozenset[tuple[str, ...]] = frozenset()
    single_objects: frozenset[str] = frozenset()
    multi_heads: frozenset[str] = frozenset()
    gap: int = 0
    passive: bool = False
    retype: bool = False
    #: a set phrase that contains a trigger word but reports no act (طلب عدم الكشف عن هويته)
    ignore: bool = False


@dataclass(frozen=True)
class Form:
    """A generated surface form of an entry and its paradigm slot."""

    entry: int
    slot: str


@dataclass
class Lexicon:
    """Entries, their forms in an automaton, and per-language affixes and cues."""

    entries: list[Entry] = field(default_factory=list)
    automaton: Any = None
    affixes: dict[str, Affixes] = field(default_factory=dict)
    nouns: dict[str, dict[str, list[int]]] = field(default_factory=dict)
    general: dict[str, Any] = field(default_factory=dict)
    #: per language: words after which a verb form is a noun ("the attack", "its support")
    noun_markers: dict[str, frozenset[str]] = field(default_factory=dict)
    #: per language: words that may stand glued by a hyphen before a verb ("re-arrested");
    #: after any other word a hyphenated verb form is an adjective ("Syrian-backed")
    hyphen_prefixes: dict[str, frozenset[str]] = field(default_factory=dict)

    def entry(self, index: int) -> Entry:
        return self.entries[index]


class _Builder:
    """Collects entries and forms for every language, then compiles the automaton."""

    def __init__(self, languages: Iterable[str]):
        self.languages = [lang for lang in languages if _has_triggers(lang)]
        morphology = load_yaml(f"{RESOURCE_DIR}/morphology.yaml")
        self.paradigms = {lang: Paradigms(morphology.get(lang) or {}, norm) for lang in self.languages}
        self.general = load_yaml(f"{RESOURCE_DIR}/cues.yaml")["general"]
        self.lexicon = Lexicon(general=self.general)
        self.keys: dict[str, list[Form]] = {}
        self.types = frozenset(load_yaml("plover.yaml")["types"])

    def build(self) -> Lexicon:
        for lang in self.languages:
            name = f"{RESOURCE_DIR}/triggers_{lang}.yaml"
            spec = load_yaml(name)
            self.lexicon.affixes[lang] = self.paradigms[lang].affixes
            self.lexicon.nouns[lang] = {}
            self.lexicon.noun_markers[lang] = frozenset(norm(w) for w in spec.get("noun_markers") or [])
            self.lexicon.hyphen_prefixes[lang] = frozenset(norm(w) for w in spec.get("hyphen_prefixes") or [])
            for item in spec.get("verbs") or []:
                self._verb(lang, name, item)
            for item in spec.get("nouns") or []:
                self._noun(lang, name, item)
            for item in spec.get("patterns") or []:
                self._pattern(lang, name, item)
            for item in spec.get("ignore") or []:
                self._pattern(lang, name, {**item, "type": IGNORE}, ignore=True)
        automaton = ahocorasick.Automaton()
        for key, forms in self.keys.items():
            automaton.add_word(key, (key, tuple(forms)))
        automaton.make_automaton()
        self.lexicon.automaton = automaton
        return self.lexicon

    def _entry(self, lang: str, resource: str, kind: str, item: Mapping[str, Any], label: str,
               **extra: Any) -> Entry:
        base = self.general["base_confidence"]
        if item["type"] not in self.types and not extra.get("ignore"):
            raise ValueError(f"{resource}: {label}: {item['type']!r} is not a PLOVER type of plover.yaml")
        entry = Entry(
            id=len(self.lexicon.entries), lang=lang, kind=kind, type=item["type"], label=label,
            resource=resource, mode=item.get("mode"), cameo=item.get("cameo"), context=item.get("context"),
            to=tuple(norm(p) if p != "-" else "-" for p in item["to"]) if item.get("to") else None,
            about=tuple(norm(p) for p in item.get("about") or []), weak=bool(item.get("weak")),
            needs_enclitic=bool(item.get("needs_enclitic")), no_article=bool(item.get("no_article")),
            wrongdoing=bool(item.get("wrongdoing")), participle=bool(item.get("participle")),
            vow=bool(item.get("vow")), toll=bool(item.get("toll")),
            object_is_subject=bool(item.get("object_is_subject")), by_sector=_by_sector(item.get("by_sector") or {}, self.types, f"{resource}: {label}"),
            confidence=float(item.get("confidence", base[kind])), passive=bool(item.get("passive")),
            retype=bool(item.get("retype_from_with")), **extra,
        )
        self.lexicon.entries.append(entry)
        return entry

    def _add(self, entry: Entry, forms: Mapping[str, str]) -> None:
        for form, slot in forms.items():
            if form:
                self.keys.setdefault(form, []).append(Form(entry.id, slot))

    def _verb(self, lang: str, resource: str, item: Mapping[str, Any]) -> None:
        if item.get("needs_with"):
            self._pattern(lang, resource, {**item, "verbs": [_lemma_key(item)], "with": item["needs_with"],
                                           "gap": item.get("gap", 3)})
            return
        entry = self._entry(lang, resource, "verb", item, _lemma_key(item))
        self._add(entry, self.paradigms[lang].verb_forms(item))

    def _noun(self, lang: str, resource: str, item: Mapping[str, Any]) -> None:
        entry = self._entry(lang, resource, "noun", item, str(item["sg"]))
        forms = self.paradigms[lang].noun_forms(item)
        self._add(entry, forms)
        for form in forms:
            self.lexicon.nouns[lang].setdefault(form, []).append(entry.id)

    def _pattern(self, lang: str, resource: str, item: Mapping[str, Any], ignore: bool = False) -> None:
        paradigms = self.paradigms[lang]
        objects = frozenset(tuple(form.split()) for word in item["with"]
                            for form in paradigms.noun_forms({"sg": word}) if form)
        heads = [*(item.get("verbs") or []), *(item.get("nouns") or [])]
        label = "/".join(_head_label(h) for h in heads) + " + " + "/".join(item["with"][:4])
        entry = self._entry(lang, resource, "pattern", item, label, objects=objects, gap=int(item.get("gap", 3)), ignore=ignore,
                            single_objects=frozenset(o[0] for o in objects if len(o) == 1),
                            multi_heads=frozenset(o[0] for o in objects if len(o) > 1))
        forms: dict[str, str] = {}
        extra = list(item.get("forms") or [])
        for head in item.get("verbs") or []:
            if isinstance(head, Mapping):  # {base: stop, double: true} or {forms: [held]}
                forms.update(paradigms.verb_forms(head) if head.get("base") else {})
                extra += [] if head.get("base") else head.get("forms") or []
                continue
            forms.update(paradigms.verb_forms(_verb_spec(head, paradigms)))
        for head in item.get("nouns") or []:
            forms.update(paradigms.noun_forms({"sg": head}))
        forms.update({norm(f): "verb" for f in extra})
        self._add(entry, forms)


def _by_sector(spec: Mapping[str, Any], types: frozenset[str], where: str
               ) -> tuple[tuple[str, tuple[str, str | None, str | None]], ...]:
    """``{SECTOR: TYPE}`` or ``{SECTOR: {type, mode, cameo}}`` → sorted (sector, (type, mode, cameo))."""
    found = []
    for sector, value in spec.items():
        value = value if isinstance(value, Mapping) else {"type": value}
        if value["type"] not in types:
            raise ValueError(f"{where}: by_sector {sector}: {value['type']!r} is not a PLOVER type")
        found.append((str(sector), (str(value["type"]), value.get("mode"), value.get("cameo"))))
    return tuple(sorted(found))


def _has_triggers(lang: str) -> bool:
    from marsad.resources import resource_path

    return resource_path(f"{RESOURCE_DIR}/triggers_{lang}.yaml").is_file()


def _verb_spec(head: str, paradigms: Paradigms) -> dict[str, Any]:
    """A pattern head "past|present" (template paradigms) or "base" (rule paradigms)."""
    past, _, present = head.partition("|")
    if "verb_rules" in paradigms.spec:
        return {"base": past}
    return {"past": past or None, "present": present or None}


def _lemma_key(item: Mapping[str, Any]) -> str:
    if item.get("base"):
        return str(item["base"])
    return "|".join(p for p in (item.get("past"), item.get("present")) if p)


def _head_label(head: Any) -> str:
    if isinstance(head, Mapping):
        return str(head["base"]) if head.get("base") else "/".join(head.get("forms") or [])
    return str(head)


@lru_cache(maxsize=4)
def load_lexicon(languages: tuple[str, ...] = ("ar", "en")) -> Lexicon:
    """The compiled lexicon for a set of languages (cached: it is read-only)."""
    return _Builder(languages).build()

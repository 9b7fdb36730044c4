"""Generate the surface forms of trigger lemmas from the paradigms in ``events/morphology.yaml``.

Two kinds of paradigm tables exist, told apart by their shape, never by a language code:
template paradigms (a past stem + suffix classes, a present stem + person templates, regex
passive rules: Arabic) and suffix-rule paradigms (English-style ``verb_rules``/``noun_rules``).
Clitics are not multiplied into the forms: :class:`Affixes` lists them and the matcher checks the
letters glued around a found form.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

#: a generated form → its slot: "past", "present", "passive", "noun", "construct" (needs a pronoun)
Forms = dict[str, str]


@dataclass(frozen=True)
class Affixes:
    """Clitics a language glues to verbs and nouns (normalised)."""

    verb_proclitics: frozenset[str]
    future_proclitics: frozenset[str]
    verb_enclitics: frozenset[str]
    noun_proclitics: frozenset[str]
    noun_enclitics: frozenset[str]
    definite: frozenset[str]

    @classmethod
    def from_spec(cls, spec: Mapping[str, Any], norm: Callable[[str], str]) -> Affixes:
        verb, noun = spec.get("verb") or {}, spec.get("noun") or {}
        possessive = spec.get("possessive") or []

        def group(items: Iterable[str]) -> frozenset[str]:
            return frozenset(norm(item) for item in items) | {""}

        return cls(
            verb_proclitics=group(verb.get("proclitics") or []),
            future_proclitics=frozenset(norm(p) for p in verb.get("future") or []),
            verb_enclitics=group(verb.get("enclitics") or possessive),
            noun_proclitics=group(noun.get("proclitics") or []),
            noun_enclitics=group(noun.get("enclitics") or possessive),
            definite=frozenset(norm(p) for p in noun.get("definite") or []),
        )


class Paradigms:
    """Form generation for one language, from its section of ``morphology.yaml``."""

    def __init__(self, spec: Mapping[str, Any], norm: Callable[[str], str]):
        self.spec = spec
        self.norm = norm
        self.affixes = Affixes.from_spec(spec, norm)
        verb = spec.get("verb") or {}
        self.past_classes = _classes(verb.get("past_classes"))
        self.present_classes = _classes(verb.get("present_classes"))
        self.passive = [(r["slot"], re.compile(r["match"]), r["replace"]) for r in verb.get("passive") or []]

    # --- verbs -------------------------------------------------------------------------------

    def verb_forms(self, entry: Mapping[str, Any]) -> Forms:
        """Every form of a verb entry (past/present lemma or English base), less its exclusions."""
        forms: Forms = {}
        if "verb_rules" in self.spec:
            for base in _as_list(entry.get("base")):
                for form in self._rule_forms(self.norm(base), self.spec["verb_rules"], entry.get("double")):
                    forms.setdefault(form, "verb")
        else:
            self._template_verb(entry, forms)
        for form in entry.get("forms") or []:
            forms.setdefault(self.norm(form), "verb")
        for form in entry.get("exclude") or []:
            forms.pop(self.norm(form), None)
        return forms

    def verb_forms_of(self, lemmas: Iterable[str]) -> Forms:
        """Forms of "past|present" lemmas (English: bases)."""
        forms: Forms = {}
        for item in lemmas:
            past, _, present = item.partition("|")
            spec = {"base": past} if "verb_rules" in self.spec else {"past": past or None, "present": present or None}
            for form, slot in self.verb_forms(spec).items():
                forms.setdefault(form, slot)
        return forms

    def _template_verb(self, entry: Mapping[str, Any], forms: Forms) -> None:
        past, present = entry.get("past"), entry.get("present")
        verb = self.spec.get("verb") or {}
        if past:
            stem = self.norm(past)
            self._expand(stem, "past", self.past_classes, verb.get("past") or {}, forms)
            for slot, pattern, replace in self.passive:
                if slot == "past" and pattern.search(stem):
                    self._expand(pattern.sub(replace, stem), "passive", self.past_classes, verb["past"], forms)
        if present:
            stem = self.norm(present)[1:]  # without the person prefix
            self._expand(stem, "present", self.present_classes, verb.get("present") or {}, forms)
            for slot, pattern, replace in self.passive:
                if slot == "present" and pattern.search(stem):
                    self._expand(pattern.sub(replace, stem), "passive", self.present_classes, verb["present"], forms)

    @staticmethod
    def _expand(stem: str, slot: str, classes: list[tuple[re.Pattern[str], str, int]],
                table: Mapping[str, list[str]], forms: Forms) -> None:
        for pattern, name, strip in classes:
            if pattern.search(stem):
                base = stem[: len(stem) - strip] if strip else stem
                for item in table.get(name) or []:
                    form = item.format(s=base) if "{s}" in item else base + item
                    forms.setdefault(form, slot)
                return

    # --- nouns -------------------------------------------------------------------------------

    def noun_forms(self, entry: Mapping[str, Any]) -> Forms:
        """Singular(s), plurals, duals and construct stems of a noun entry."""
        forms: Forms = {}
        singulars = [self.norm(s) for s in _as_list(entry.get("sg"))]
        plurals = [self.norm(p) for p in entry.get("pl") or []]
        if "noun_rules" in self.spec:
            for word in singulars:
                head, _, last = word.rpartition(" ")
                for form in self._rule_forms(last, self.spec["noun_rules"]):
                    forms.setdefault(f"{head} {form}" if head else form, "noun")
        else:
            for word in singulars:
                self._template_noun(word, forms)
        for word in plurals:
            forms.setdefault(word, "noun")
        for form in entry.get("forms") or []:
            forms.setdefault(self.norm(form), "noun")
        for form in entry.get("exclude") or []:
            forms.pop(self.norm(form), None)
        return forms

    def _template_noun(self, word: str, forms: Forms) -> None:
        noun = self.spec.get("noun") or {}
        head, _, tail = word.partition(" ")
        rest = f" {tail}" if tail else ""
        feminine = noun.get("feminine") or {}
        ending = self.norm(feminine.get("ending", "")) if feminine else ""
        if ending and head.endswith(ending):
            stem = head[: -len(ending)]
            forms.setdefault(word, "noun")
            forms.setdefault(stem + self.norm(feminine.get("plural", "")) + rest, "noun")
            for dual in feminine.get("dual") or []:
                forms.setdefault(stem + self.norm(feminine.get("construct", "")) + self.norm(dual) + rest, "noun")
            if not rest:
                forms.setdefault(stem + self.norm(feminine.get("construct", "")), "construct")
            return
        for suffix in noun.get("suffixes") or [""]:
            forms.setdefault(head + self.norm(suffix) + rest, "noun")

    # --- suffix rules (English-style) -------------------------------------------------------

    def _rule_forms(self, lemma: str, rules: list[Mapping[str, Any]], double: bool = False) -> list[str]:
        head, _, tail = lemma.partition(" ")
        rest = f" {tail}" if tail else ""
        templates = self.spec.get("double_forms") if double else None
        if templates is None:
            templates = next((r["forms"] for r in rules if re.search(r["if"], head)), ["{v}"])
        values = {"v": head, "v_e": head.removesuffix("e"),
                  "v_y": head.removesuffix("y"), "v_d": head + head[-1:]}
        return [template.format(**values) + rest for template in templates]


def _classes(items: list[Mapping[str, Any]] | None) -> list[tuple[re.Pattern[str], str, int]]:
    return [(re.compile(item["match"]), item["class"], int(item.get("strip", 0))) for item in items or []]


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)

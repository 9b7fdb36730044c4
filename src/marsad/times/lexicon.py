"""The time stage's vocabulary: resource phrases and CLDR names turned into token readings.

Every phrase of ``resources/times/<lang>.yaml`` (and every babel month and weekday name of the
configured locales) becomes an entry ``normalised phrase -> {code: value}``. The one-letter codes
are the alphabet the grammar (``resources/times/grammar.yaml``) is written in; a phrase with
several readings (English "second": ordinal and unit) keeps them all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from babel import Locale
from babel.dates import get_day_names, get_month_names

from marsad.resources import load_yaml
from marsad.text.normalize import default_normalizer

#: resource section -> token code (sections whose code depends on the value are handled apart)
SECTION_CODES: dict[str, str] = {
    "months": "M", "weekdays": "W", "hijri_months": "H", "relative_days": "R", "now": "N",
    "units": "U", "cardinals": "c", "ordinals": "o", "fractions": "q", "parts_of_day": "Q",
    "ampm": "A", "clock_words": "T", "hour_words": "h", "edges": "E", "seasons": "S",
    "holidays": "V", "periods": "K", "decades": "Y", "sets": "s",
}
CONNECTOR_CODES: dict[str, str] = {
    "article": "k", "at": "j", "dash": "g", "from": "X", "to": "t", "and": "a", "of": "O", "filler": "k", "before": "B", "after": "Z",
    "within": "I", "ago": "G", "later": "L", "span_later": "L", "whole": "r", "for": "r", "every": "x",
    "approx": "m", "era": "e",
}
MODIFIER_CODES = {"past": "P", "next": "F", "next2": "F", "this": "C", "same": "C"}
STOP = "-"


@dataclass
class Lexicon:
    """Phrases of every configured language with their readings, and the compiled word scanner."""

    entries: dict[str, dict[str, Any]] = field(default_factory=dict)
    attached: dict[str, dict[str, Any]] = field(default_factory=dict)
    weak: set[str] = field(default_factory=set)
    clitics: dict[str, tuple[str, ...]] = field(default_factory=dict)
    ordinal_suffixes: list[str] = field(default_factory=list)
    future_cues: dict[str, list[re.Pattern[str]]] = field(default_factory=dict)
    settings: dict[str, dict[str, Any]] = field(default_factory=dict)

    @classmethod
    def load(cls, languages: tuple[str, ...]) -> Lexicon:
        lexicon = cls()
        for language in languages:
            try:
                spec = load_yaml(f"times/{language}.yaml")
            except FileNotFoundError:
                continue
            lexicon._add_language(spec)
        return lexicon

    def add(self, phrase: str, code: str, value: Any, table: dict | None = None) -> None:
        """Add one reading; the first reading of a code for a phrase wins."""
        key = norm(phrase)
        if key:
            (self.entries if table is None else table).setdefault(key, {}).setdefault(code, value)

    def _add_language(self, spec: dict[str, Any]) -> None:
        language = spec["language"]
        self.settings[language] = {
            "end_of_day": spec.get("end_of_day", "23:59:59"),
            "numeric_order": spec.get("numeric_order", ["mdy", "dmy"]),
        }
        for locale in spec.get("locales", []):
            self._add_cldr(locale)
        for section, code in SECTION_CODES.items():
            for phrase, value in _items(spec.get(section)):
                self.add(phrase, code, parse_value(section, value))
        for phrase, value in (spec.get("modifiers") or {}).items():
            self.add(phrase, MODIFIER_CODES[value], value)
        for name, code in CONNECTOR_CODES.items():
            for phrase, value in _items((spec.get("connectors") or {}).get(name)):
                self.add(phrase, code, value if value is not None else name)
        for phrase in spec.get("stop", []):
            self.add(phrase, STOP, None)
        for phrase, target in (spec.get("attached") or {}).items():
            section, _, value = target.partition(":")
            code = CONNECTOR_CODES.get(value) if section == "connectors" else SECTION_CODES[section]
            self.add(phrase, code, parse_value(section, value), self.attached)
        self.weak |= {norm(word) for word in spec.get("weak", [])}
        for prefix, roles in (spec.get("clitics") or {}).items():
            self.clitics[norm(prefix)] = tuple(roles)
        if spec.get("ordinal_suffix"):
            self.ordinal_suffixes.append(spec["ordinal_suffix"])
        self.future_cues[language] = [re.compile(cue) for cue in spec.get("future_cues", [])]

    def _add_cldr(self, locale_code: str) -> None:
        locale = Locale.parse(locale_code)
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, locale).items():
                    self.add(name, "M", number)
                    self.add(name.rstrip("."), "M", number)
                for index, name in get_day_names(width, context, locale).items():
                    self.add(name, "W", index + 1)
                    self.add(name.rstrip("."), "W", index + 1)


def _items(section: Any) -> list[tuple[str, Any]]:
    if not section:
        return []
    if isinstance(section, dict):
        return [(str(k), v) for k, v in section.items()]
    return [(str(item), None) for item in section]


def parse_value(section: str, value: Any) -> Any:
    """Turn the compact resource notation into token values.

    units ``"W*2"`` -> ("W", 2, False), ``"D+"`` (plural) -> ("D", None, True); cardinals ``"10t"`` -> (10, "teen"); ordinals ``"8c"`` -> (8, "clock");
    parts of day ``"NI@0"`` -> ("NI", 0); clock words ``"12"`` -> (12, None, None).
    """
    if section == "units":
        text = str(value)
        plural = text.endswith("+")
        unit, _, count = text.rstrip("+").partition("*")
        return unit, (int(count) if count else None), plural
    if section in ("cardinals", "ordinals"):
        text = str(value)
        flag = text[-1] if text[-1].isalpha() else ""
        number = float(text.rstrip("tca")) if "." in text else int(text.rstrip("tca"))
        return number, {"t": "teen", "c": "clock", "a": "article"}.get(flag)
    if section == "parts_of_day":
        part, _, offset = str(value).partition("@")
        return part, (int(offset) if offset else None)
    if section == "clock_words":
        hour, _, minute = str(value).partition(":")
        return int(hour), (int(minute) if minute else None), None
    return value


def norm(text: str) -> str:
    """A phrase in the matching view: normalised, lower-cased, single-spaced; a hyphen between
    letters counts as a space (semi-annually matches "semi annually" and "semi-annually")."""
    text = _WORD_HYPHEN.sub(" ", default_normalizer().string(text).lower())
    return " ".join(text.split())


_WORD_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")


def trie_pattern(phrases: list[str]) -> str:
    """A regex alternation of ``phrases`` factored as a character trie (fast to scan).

    A space inside a phrase matches any run of whitespace or hyphens.
    """
    trie: dict[str, Any] = {}
    for phrase in phrases:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}
    return _node_pattern(trie)


def _node_pattern(node: dict[str, Any]) -> str:
    branches = []
    optional = "" in node
    for char in sorted(k for k in node if k):
        atom = r"[\s\-]+" if char == " " else re.escape(char)
        branches.append(atom + _node_pattern(node[char]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if optional:
        return "(?:" + body + ")?"
    return body

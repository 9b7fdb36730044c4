"""Find place-name candidates in the normalised text: one Aho-Corasick pass, then transliteration.

Offsets here are into the normalised view (``doc.norm.text``); the component maps them back.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from marsad.places.cues import CueSet
from marsad.places.gazetteer import Gazetteer
from marsad.places.translit import Transliterator
from marsad.resources import load_yaml

#: features whose places all have names in the index's scripts: never reached by transliteration
_ALWAYS_NAMED = frozenset({"country", "capital", "continent"})


@dataclass
class Mention:
    """A stretch of the normalised text that may name a place."""

    start: int
    end: int
    form: str
    ids: tuple[int, ...]
    script: str
    clitic: str = ""
    lead: int = 0  # characters of the clitic before ``start``
    how: str = "name"  # name | translit
    cue_start: int | None = None
    facility: str | None = None
    info: dict = field(default_factory=dict)

    @property
    def span_start(self) -> int:
        return self.start if self.cue_start is None else self.cue_start

    @property
    def word_start(self) -> int:
        """Where the word carrying the name (with its proclitics) or its cue noun begins."""
        return self.start - self.lead if self.cue_start is None else self.cue_start


class ScriptOf:
    """Script name of a form, from ``languages.yaml``."""

    def __init__(self) -> None:
        spec = load_yaml("languages.yaml")["scripts"]
        self.patterns = [(name, re.compile(f"[{ranges}]")) for name, ranges in spec.items()]

    def __call__(self, text: str) -> str | None:
        for name, pattern in self.patterns:
            if pattern.search(text):
                return name
        return None


class Scanner:
    """Gazetteer names and transliterated names in a normalised text."""

    def __init__(self, gazetteer: Gazetteer, cues: dict[str, CueSet], translit: Transliterator):
        self.gazetteer = gazetteer
        self.cues = cues
        self.translit = translit
        self.script_of = ScriptOf()
        self._scripts: dict[str, str] = {}
        self.longest_clitic = max((len(c) for cs in cues.values() for c in cs.proclitics), default=0)
        self.strong = [
            (script, p)
            for script, c in cues.items()
            for p in (c.strong_cue_pattern(), c.facility_after_pattern())
            if p is not None
        ]
        self.weak = [
            (script, p)
            for script, c in cues.items()
            if c.transliterate_weak
            for p in (c.weak_cue_pattern(),)
            if p is not None
        ]

    def names(self, text: str) -> list[Mention]:
        """Every gazetteer form at word boundaries (allowing proclitics), longest first, no overlaps."""
        found: list[Mention] = []
        forms = self.gazetteer.forms
        length = len(text)
        for last, (form, joined, size) in self.gazetteer.automaton.iter(text):
            end = last + 1
            start = end - size
            if end < length and text[end].isalpha():
                continue
            mention = self._bounded(text, start, end, form, joined)
            if mention is not None:
                mention.ids = forms.get(form, ())
                if mention.ids:
                    mention.info["weight"] = self.gazetteer.populations[mention.ids[0]] + (
                        0 if mention.clitic else 1
                    )
                if form in self.gazetteer.demonyms:
                    mention.info["demonym"] = self.gazetteer.demonyms[form]
                found.append(mention)
        return longest(found)

    def _bounded(self, text: str, start: int, end: int, form: str, joined: str) -> Mention | None:
        """A mention if the match starts a word, possibly after proclitics of its script."""
        word_start = start
        while word_start > 0 and text[word_start - 1].isalpha():
            word_start -= 1
            if start - word_start > self.longest_clitic:
                return None
        script = self._scripts.get(form[0])
        if script is None:
            script = self._scripts[form[0]] = self.script_of(form[0]) or ""
        cues = self.cues.get(script)
        prefix = text[word_start:start]
        if joined:
            if cues is None or prefix + joined not in cues.proclitics:
                return None
            return Mention(start, end, form, (), script, clitic=prefix + joined, lead=len(prefix))
        if prefix and (
            cues is None or prefix not in cues.proclitics or f"{prefix}|{form}" in self.gazetteer.blocked
        ):
            return None
        return Mention(start, end, form, (), script, clitic=prefix, lead=len(prefix))

    def transliterated(
        self, text: str, taken: list[Mention], countries: set[str], home: frozenset[str]
    ) -> list[Mention]:
        """Unknown words after place nouns or before facility words ("X airfield"); after plain
        locative words only when a following qualifier names the candidate's country."""
        out: list[Mention] = []
        occupied = bytearray(len(text) + 1)
        for mention in taken:
            occupied[mention.word_start : mention.end] = b"\x01" * (mention.end - mention.word_start)
        for script, pattern in self.strong:
            out.extend(self._after_cues(text, pattern, script, occupied, countries, home, None))
        for script, pattern in self.weak:
            out.extend(self._after_cues(text, pattern, script, occupied, countries, home, taken))
        return longest(out)

    def _after_cues(
        self,
        text: str,
        pattern: re.Pattern[str],
        script: str,
        occupied: bytearray,
        countries: set[str],
        home: frozenset[str],
        weak: list[Mention] | None,
    ) -> Iterable[Mention]:
        cues = self.cues[script]
        for match in pattern.finditer(text):
            first = match.span("w1")
            if weak is not None and text[first[1] : first[1] + 3].lstrip()[:1] not in cues.qualifier_open:
                continue
            if any(occupied[first[0] : first[1]]) or not self._unknown(match.group("w1"), cues):
                continue
            spans = [first]
            second = match.groupdict().get("w2")
            if second and not (cues.article and second.startswith(cues.article)) and weak is None:
                spans.append((first[0], match.end("w2")))
            admin = match.group("cue") in cues.admin_nouns
            for start, end in spans:
                allowed = countries if weak is None else self._qualified(text, end, weak)
                ids = self.lookup(text[start:end], script, allowed, home, weak is None, admin)
                if ids:
                    yield Mention(
                        start,
                        end,
                        text[start:end],
                        ids,
                        script,
                        how="translit",
                        info={"cue": match.group("cue")},
                    )
                    break

    def _unknown(self, word: str, cues: CueSet) -> bool:
        """A word that may be a foreign name: not a cue, not a common word, not a nisba adjective."""
        if cues.is_cue_word(word) or word in self.gazetteer.words:
            return False
        return not any(word.endswith(ending) for ending in cues.not_name_endings)

    def _qualified(self, text: str, end: int, taken: list[Mention]) -> set[str]:
        """Countries of a mention right after ``end`` in brackets or after a comma ("X (جنوب تركيا)")."""
        for mention in taken:
            if end < mention.word_start <= end + 25:
                gap = text[end : mention.word_start]
                if any(ch in gap for ch in "(،,") and len(gap.split()) <= 2 and mention.ids:
                    return {self.gazetteer.countries[mention.ids[0]]}
        return set()

    def lookup(
        self,
        words: str,
        script: str,
        countries: set[str],
        home: frozenset[str],
        strong: bool,
        admin: bool = False,
    ) -> tuple[int, ...]:
        """Gazetteer places whose Latin names match ``words`` by transliteration key and bounded
        score; the score must be higher after a province noun (the index holds towns, and a
        province is not one) and for a town in a country the text does not name."""
        cues = self.cues[script]
        has_article = bool(cues.article) and words.startswith(cues.article)
        if not strong and (has_article or len(words) < 4 or not countries):
            return ()
        translit, gazetteer = self.translit, self.gazetteer
        keys = translit.latin_keys(words) if script == "Latin" else translit.arabic_keys(words)
        ids: list[int] = []
        for key in (k for k in keys if len(k) >= translit.min_key):
            found = list(gazetteer.keys.get(key, ()))
            if not found and strong and len(key) >= translit.fuzzy_min_key:
                for near in translit.nearest(key, gazetteer.key_bucket(key)):
                    found.extend(gazetteer.keys[near])
            if script != "Latin":
                base = max(translit.cutoff(key), translit.admin_score_cutoff if admin else 0.0)
                found = [
                    i
                    for i in found
                    if translit.score(words, gazetteer.names[i])
                    >= (
                        base
                        if gazetteer.countries[i] in countries
                        else max(base, translit.foreign_score_cutoff)
                    )
                ]
            ids.extend(i for i in found if gazetteer.features[i] not in _ALWAYS_NAMED)
        if has_article or not strong:
            ids = [
                i
                for i in ids
                if gazetteer.countries[i] in countries and (not has_article or gazetteer.countries[i] in home)
            ]
        return tuple(dict.fromkeys(ids))


def longest(mentions: list[Mention]) -> list[Mention]:
    """Non-overlapping mentions, longer first (then earlier, then the more populous reading:
    "وجدة" is و + Jeddah before it is Oujda), returned in text order."""
    if not mentions:
        return []
    taken = bytearray(max(m.end for m in mentions) + 1)
    chosen: list[Mention] = []
    for mention in sorted(
        mentions, key=lambda m: (m.word_start - m.end, m.word_start, -m.info.get("weight", 0))
    ):
        start, end = mention.word_start, mention.end
        if not any(taken[start:end]):
            taken[start:end] = b"\x01" * (end - start)
            chosen.append(mention)
    return sorted(chosen, key=lambda m: m.word_start)

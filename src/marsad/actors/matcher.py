"""The compiled surface-form matcher: one Aho-Corasick automaton over the whole knowledge base.

Keys are normalised forms without proclitics; a name written with the article (الولايات المتحدة)
is keyed without it and must then be preceded by an article-bearing proclitic (ال، وال، لل...).
At scan time every hit is checked for word boundaries and for the proclitics in front of it,
then the longest non-overlapping hits are kept.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import NamedTuple

import ahocorasick

from marsad.actors.kb import KnowledgeBase
from marsad.actors.rules import LanguageRules, norm
from marsad.text.normalize import NormText

#: characters after which a word has ended (the normalised view has unified quotes and dashes);
#: these end 99.98% of the words of the SaudiNewsNet corpus that are followed by a non-word
#: character, the rest (rare symbols) do not end a name
WORD_ENDS = " \n\t\r،.,:;!?؟؛\"'()[]-/@…"
_OTHER_ENDS = tuple(c for c in WORD_ENDS if c != " ")


_SPACES = str.maketrans(dict.fromkeys(_OTHER_ENDS, " "))


def spaced_key(key: str) -> str:
    """:func:`spaced` for a short key (``translate`` wins on short strings)."""
    return key.translate(_SPACES)


def spaced(text: str) -> str:
    """The text with every word end made a space, as the automaton scans it (and keys are
    stored): one key per form. ``str.replace`` per character is ~30× faster than ``translate``
    on Arabic text."""
    for char in _OTHER_ENDS:
        text = text.replace(char, " ")
    return text


# what a key names (CUE and HONORIFIC: words before an unknown name, ``ref`` = the cue word;
# BLOCK: a longer phrase in which an entry's form does not name it, e.g. سوق عكاظ; FORENAME: a
# common given name, which may begin a chain of names: سعد بن سعد محمد الكعبي)
NAME, METONYM, ADJECTIVE, TITLE, AGENT, CUE, HONORIFIC, BLOCK, FORENAME = range(9)
_CUE_KINDS = (CUE, HONORIFIC, FORENAME)
# how the original text must be written: any case, initial capital, all capitals, in quotes, or
# right after a group head or a plural title (HEADED: دول الخليج, وزراء خارجية الخليج)
ANY_CASE, INITIAL, CAPITALS, QUOTED, HEADED = range(5)
KIND_ROLE = {NAME: "name", METONYM: "metonym", ADJECTIVE: "adjective", TITLE: "title", AGENT: "agent"}
# which proclitics a key accepts
PLAIN, DEFINITE, ANY = 1, 2, 3
# generated parts of a person's name: the last word(s), or the first word
SURNAME, GIVEN = 1, 2


class Payload(NamedTuple):
    """One reading of a key: what it names (``ref``: entry index, title id or agent index)."""

    kind: int
    ref: int | str
    lang: str
    klass: int
    cased: int  # ANY_CASE, INITIAL, CAPITALS (checked on the original text), QUOTED or HEADED
    partial: int  # a generated part of a person's name, resolved by coreference: SURNAME or GIVEN


class Readings(NamedTuple):
    """The readings of a key after a given proclitic, sorted out once when the matcher is built."""

    payloads: tuple[Payload, ...]
    full: tuple[Payload, ...]  # names and metonyms
    partial: tuple[Payload, ...]  # generated parts of people's names
    entities: tuple[Payload, ...]  # both
    firsts: dict[int, Payload]  # kind → its first reading
    weak: bool  # only demonyms and agents

    @classmethod
    def of(cls, payloads: tuple[Payload, ...]) -> Readings:
        firsts: dict[int, Payload] = {}
        for payload in payloads:
            firsts.setdefault(payload.kind, payload)
        if len(firsts) == 1 and (NAME in firsts or METONYM in firsts):  # the common case: names only
            full = tuple(p for p in payloads if not p.partial)
            partial = tuple(p for p in payloads if p.partial) if len(full) < len(payloads) else ()
            return cls(payloads, full, partial, payloads, firsts, False)
        entities = tuple(p for p in payloads if p.kind in (NAME, METONYM))
        return cls(payloads, tuple(p for p in entities if not p.partial), tuple(p for p in entities if p.partial),
                   entities, firsts, all(p.kind in (ADJECTIVE, AGENT) for p in payloads))


@dataclass(slots=True)
class Hit:
    """A checked match on the normalised text; ``start`` excludes the proclitics, ``word_start`` not."""

    start: int
    end: int
    word_start: int
    prefix: str
    readings: Readings

    @property
    def payloads(self) -> tuple[Payload, ...]:
        return self.readings.payloads


def casing(form: str) -> int:
    """ANY_CASE, INITIAL or CAPITALS: how a form's letters are written."""
    if form == form.lower():  # no capital letter (all Arabic forms)
        return ANY_CASE
    letters = [c for c in form if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return 2
    return 1 if letters and letters[0].isupper() else 0


def variants(form: str, rules: LanguageRules) -> set[str]:
    """A normalised form and its joined/split spellings (عبد الله ↔ عبدالله)."""
    found = {form}
    for prefix in rules.joined_prefixes:
        for current in list(found):  # noqa: PERF101 - the set grows inside the loop
            words = current.split()
            joined, i = [], 0
            while i < len(words):
                if words[i] == prefix and i + 1 < len(words):
                    joined.append(words[i] + words[i + 1])
                    i += 2
                else:
                    joined.append(words[i])
                    i += 1
            found.add(" ".join(joined))
            found.add(" ".join(prefix + " " + w[len(prefix):] if w.startswith(prefix) and len(w) > len(prefix) + 1
                               else w for w in words))
    return found


class KeyTable:
    """Normalised key → readings, filled from the knowledge base."""

    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        self.table: dict[str, set[Payload]] = defaultdict(set)
        self.common: dict[str, frozenset[str]] = {}

    def add(self, form: str, lang: str, kind: int, ref: int | str, partial: int = 0, guard: int = 0) -> None:
        normal = norm(form)
        if len(normal) < 2:
            return
        rules = self.kb.rules.get(lang)
        cased = casing(form) if kind in (NAME, METONYM) else (2 if casing(form) == 2 else 0)
        cased = guard or cased
        optional = kind in (ADJECTIVE, TITLE, AGENT)
        article = rules.article
        spellings = variants(normal, rules) if any(p in normal for p in rules.joined_prefixes) else (normal,)
        for variant in spellings:
            first = variant.split(" ", 1)[0]
            if article and first.startswith(article) and len(first) >= len(article) + 3:
                key, klass = variant[len(article):], ANY if optional else DEFINITE
            else:
                key, klass = variant, ANY if optional and article else PLAIN
            key = key.strip()
            if key:
                self.table[key].add(Payload(kind, ref, lang, klass, cased, partial))

    def fill(self) -> None:
        kb = self.kb
        for index, entry in enumerate(kb.entries):
            for lang, forms in entry.forms().items():
                for form in forms:
                    self.add(form, lang, NAME, index)
            for lang, forms in entry.metonyms.items():
                for form in forms:
                    self.add(form, lang, METONYM, index)
            for lang, forms in entry.adjectives.items():
                inflect = kb.rules.get(lang).inflect
                for form in [*forms, *{f for single in forms for f in inflect(norm(single))}]:
                    self.add(form, lang, ADJECTIVE, index)
            self._guarded(index)
            if entry.type == "PERSON":
                self._partials(index)
        for title in kb.titles.values():
            for lang, forms in title.forms().items():
                for form in forms:
                    self.add(form, lang, TITLE, title.id)
        for index, agent in enumerate(kb.agents):
            for lang, forms in agent.forms().items():
                for form in forms:
                    self.add(form, lang, AGENT, index)
        for lang, rules in kb.rules.languages.items():
            if rules.unknown.get("strategy") == "cues":
                for cue in rules.unknown["cues_before"]:
                    self.add(cue, lang, CUE, cue)
                for cue in rules.unknown["honorifics"]:
                    self.add(cue, lang, HONORIFIC, cue)
                for word in kb.rules.known_words(lang) - rules.name_particles - rules.unknown["stop"]:
                    if not (rules.article and word.startswith(rules.article)):
                        self.add(word, lang, FORENAME, word)

    def _guarded(self, index: int) -> None:
        """Optional entry fields: ``ambiguous`` forms name the entry only in quotes («عكاظ»);
        ``block`` phrases contain a form without naming the entry (سوق عكاظ); ``headed`` forms name
        it only after a group head or a plural title (دول الخليج, وزراء خارجية الخليج)."""
        extra = self.kb.entries[index].model_extra or {}
        for field, kind, guard in (("ambiguous", NAME, QUOTED), ("block", BLOCK, 0), ("headed", NAME, HEADED)):
            spec = extra.get(field)
            for lang, forms in (spec.items() if isinstance(spec, dict) else ()):
                for form in forms or ():
                    self.add(str(form), lang, kind, index, guard=guard)

    def _partials(self, index: int) -> None:
        """Parts of a person's multi-word names that may name them alone: the surname, the last two
        words, and the first word (Korean and Chinese names put the family name first). A part
        that is a common given name (صالح, سلمان, محمد), a function word (على/علي) or a name
        particle is never one: it names too many people; nor is one that starts with "of"
        ("of Morocco" in "Mohammed VI of Morocco")."""
        entry = self.kb.entries[index]
        for lang, forms in entry.forms().items():
            rules = self.kb.rules.get(lang)
            common = self.common.get(lang)
            if common is None:
                common = self.common[lang] = (self.kb.rules.known_words(lang) | rules.unknown.get("stop", frozenset())
                                              | rules.name_particles)
            full = {norm(f) for f in forms}
            for form in forms:
                words = norm(form).split()
                tied = set(rules.joined_prefixes) | rules.name_particles  # a father's name after بن, الله after عبد
                parts = [(words[-1:], SURNAME)] if len(words) >= 2 and words[-2] not in tied else []
                parts += [(words[-2:], SURNAME)] if len(words) >= 3 and words[-3] not in tied else []
                parts += [(words[:1], GIVEN)] if len(words) >= 2 else []
                for part, which in parts:
                    text = " ".join(part)
                    joined = "".join(part)
                    if text in full or len(text) < 3 or any(w in common for w in part) or joined in common \
                            or part[0] in rules.of_words or part[0].startswith(rules.joined_prefixes or ("\0",)):
                        continue
                    self.add(text, lang, NAME, index, partial=which)


class Matcher:
    """Scan a normalised text for every knowledge-base form.

    The automaton scans a copy of the text in which every character that may end a word (space,
    punctuation) is a space, and every key is stored with a space after it: a key then only matches
    where a word ends, and the automaton reports no match inside words (the text is scanned with a
    space appended, so that a name may end it). Offsets are those of the normalised text.
    """

    def __init__(self, kb: KnowledgeBase):
        keys = KeyTable(kb)
        keys.fill()
        plain, definite = set(), set()
        for rules in kb.rules.languages.values():
            plain |= rules.plain_prefixes
            definite |= rules.definite_prefixes
        self.plain, self.definite = frozenset(plain | {""}), frozenset(definite)
        self.max_prefix = max((len(p) for p in self.plain | self.definite), default=0)
        self.articles = frozenset(r.article for r in kb.rules.languages.values() if r.article)
        self.compounds = kb.rules.all_words("compound_prefixes")  # "anti-Syria" does not name Syria
        self.heads = _heads(kb)
        merged: dict[str, set[Payload]] = defaultdict(set)
        written: dict[str, set[str]] = defaultdict(set)  # keys holding punctuation, as written
        for key, payloads in keys.table.items():
            space = spaced_key(key)
            merged[space] |= payloads
            written[space].add(key)
        self.automaton = ahocorasick.Automaton()
        for key, payloads in merged.items():
            ordered = tuple(sorted(payloads))
            after_plain = _readings(p for p in ordered if p.klass in (PLAIN, ANY))
            after_definite = _readings(p for p in ordered if p.klass in (DEFINITE, ANY))
            exact = frozenset(written[key]) if written[key] != {key} else None
            value = (len(key), after_plain, after_definite, any(p.cased for p in ordered), exact)
            self.automaton.add_word(key + " ", value)
        self.automaton.make_automaton()
        self.size = len(keys.table)

    def __contains__(self, key: str) -> bool:
        """Whether a normalised form is a key."""
        return spaced(key) + " " in self.automaton

    def raw_hits(self, norm_text: NormText) -> list[Hit]:
        """Every match that sits on word boundaries with acceptable proclitics and casing."""
        text = norm_text.text
        plain, definite, limit = self.plain, self.definite, self.max_prefix
        hits = []
        scanned = spaced(text) + " "
        for last, (length, after_plain, after_definite, cased, exact) in self.automaton.iter(scanned):
            start = last - length
            if exact is not None and text[start:last] not in exact:
                continue  # a key with punctuation must stand as written (U.S. is not U.S,)
            word_start = start
            while word_start > 0 and text[word_start - 1].isalnum():
                word_start -= 1
                if start - word_start > limit:
                    break
            if start - word_start > limit or (word_start > 0 and text[word_start - 1] == "_"):
                continue
            if word_start > 1 and text[word_start - 1] == "-" and self._compound(text, word_start - 1):
                continue
            prefix = text[word_start:start]
            kept = after_plain if prefix in plain else after_definite if prefix in definite else None
            if kept is not None and cased:
                kept = _check_case(kept, norm_text, start, last, word_start, self.heads)
            if kept is not None:
                hits.append(Hit(start, last, word_start, prefix, kept))
        return hits

    def _compound(self, text: str, hyphen: int) -> bool:
        """Whether the word before a hyphen makes a compound that is not the name ("anti-Syria")."""
        begin = hyphen
        while begin > 0 and text[begin - 1].isalnum():
            begin -= 1
        return text[begin:hyphen] in self.compounds

    def scan_with_cues(self, norm_text: NormText) -> tuple[list[Hit], list[Hit], list[Hit]]:
        """The longest non-overlapping hits in text order, the cue-word hits, and the names lying
        inside a longer name ("داعش" in "التحالف الدولي لمكافحة إرهاب داعش")."""
        hits, cues = [], []
        for hit in self.raw_hits(norm_text):
            if any(kind in hit.readings.firsts for kind in _CUE_KINDS):
                cues.append(hit)
                rest = _readings(p for p in hit.payloads if p.kind not in _CUE_KINDS)
                if rest is None:
                    continue
                hit = Hit(hit.start, hit.end, hit.word_start, hit.prefix, rest)
            hits.append(hit)
        chosen = _named_on(_unblocked(_longest(hits, len(norm_text.text))), norm_text)
        return chosen, cues, _nested(hits, chosen, self.articles)

    def scan(self, norm_text: NormText) -> list[Hit]:
        """The longest non-overlapping hits, in text order."""
        return self.scan_with_cues(norm_text)[0]


def _nested(hits: list[Hit], chosen: list[Hit], articles: frozenset[str]) -> list[Hit]:
    """Full names that lie inside a chosen full name without being chosen themselves."""
    outer = [(h.start, h.end) for h in chosen if h.readings.full]
    kept = {id(h) for h in chosen}
    return [h for h in hits if h.readings.full and id(h) not in kept and (not h.prefix or h.prefix in articles)
            and any(s <= h.start and h.end <= e and (s, e) != (h.start, h.end) for s, e in outer)]


def _named_on(hits: list[Hit], norm_text: NormText) -> list[Hit]:
    """Drop the given-name readings of a first name followed by a capitalised word: it begins
    someone else's full name ("Laurent Gbago" is not Laurent Fabius)."""
    kept = []
    text, original = norm_text.text, norm_text.original
    for hit in hits:
        if any(p.partial == GIVEN for p in hit.payloads) and text[hit.end : hit.end + 1] == " " \
                and hit.end + 1 < len(text):
            following = original[norm_text.to_original(hit.end + 1)]
            if following.isupper():
                hit = _narrowed(hit, lambda p: p.partial != GIVEN)
                if hit is None:
                    continue
        kept.append(hit)
    return kept


def _unblocked(hits: list[Hit]) -> list[Hit]:
    """Drop the block phrases that won (their other readings stay)."""
    kept = []
    for hit in hits:
        if BLOCK in hit.readings.firsts:
            hit = _narrowed(hit, lambda p: p.kind != BLOCK)
            if hit is None:
                continue
        kept.append(hit)
    return kept


def _narrowed(hit: Hit, keep) -> Hit | None:
    """The hit with only the readings ``keep`` accepts (None: no reading left)."""
    rest = _readings(p for p in hit.payloads if keep(p))
    return None if rest is None else Hit(hit.start, hit.end, hit.word_start, hit.prefix, rest)


def _readings(payloads) -> Readings | None:
    payloads = tuple(payloads)
    return Readings.of(payloads) if payloads else None


def _longest(hits: list[Hit], size: int) -> list[Hit]:
    """Longest first, then leftmost; a hit overlapping a kept one is dropped."""
    hits.sort(key=lambda h: (h.start - h.end, h.start))
    taken = bytearray(size + 1)
    chosen = []
    for hit in hits:
        if any(taken[hit.start : hit.end]):
            continue
        taken[hit.start : hit.end] = b"\x01" * (hit.end - hit.start)
        chosen.append(hit)
    chosen.sort(key=lambda h: h.start)
    return chosen


def _heads(kb: KnowledgeBase) -> tuple[str, ...]:
    """Group heads and plural titles (normalised, with the space that follows them): what a
    ``headed`` form must stand right after."""
    heads = set(kb.rules.all_words("group_heads"))
    for title in kb.titles.values():
        if title.plural:
            heads |= {norm(form) for forms in title.forms().values() for form in forms}
    return tuple(sorted(head + " " for head in heads if head))


def _check_case(readings: Readings, norm_text: NormText, start: int, end: int, word_start: int,
                heads: tuple[str, ...] = ()) -> Readings | None:
    """The readings whose casing the original text has (initial capital, all capitals), that
    stand in quotes there or, for a ``headed`` form, right after a group head or plural title."""
    begin, finish = norm_text.span(start, end)
    letters = [c for c in norm_text.original[begin:finish] if c.isalpha()]
    initial = bool(letters) and letters[0].isupper()
    upper = bool(letters) and all(c.isupper() for c in letters)
    text = norm_text.text
    quoted = word_start > 0 and text[word_start - 1] in _QUOTES and text[end : end + 1] in _QUOTES
    headed = bool(heads) and text[max(0, word_start - 40) : word_start].endswith(heads)
    fits = {ANY_CASE: True, INITIAL: initial, CAPITALS: upper, QUOTED: quoted, HEADED: headed}
    kept = tuple(p for p in readings.payloads if fits[p.cased])
    return readings if len(kept) == len(readings.payloads) else _readings(kept)


_QUOTES = frozenset("\"'«»“”")

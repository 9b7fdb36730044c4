"""Linking: turn matcher hits into mentions of knowledge-base entries on the document's date.

Titles with a demonym or a country ("وزير الدفاع الروسي", "Russian Defense Minister") resolve to
the office holder on the date; generic agents with a demonym take its country; states and their
capitals used as places are left out; partial names are resolved by in-document coreference.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date

from marsad.actors.cues import NAME_GAP, PlaceCues, adjacent, words_before
from marsad.actors.kb import KnowledgeBase
from marsad.actors.matcher import ADJECTIVE, AGENT, TITLE, Hit, Matcher, Payload
from marsad.actors.rules import norm
from marsad.actors.schema import Agent

STATE_LIKE = ("GPE",)
BODY_TYPES = ("GPE", "ORG", "IGO", "ARMED_GROUP", "MEDIA")
ORG_LIKE = ("ARMED_GROUP", "ORG")


@dataclass
class Found:
    """A resolved mention on the normalised text (``outer`` includes proclitics)."""

    start: int
    end: int
    outer: int
    key: str | None
    role: str
    country: str | None = None
    sector: str | None = None
    hidden: int = 0  # length of a preposition+article contraction (لل) opening the span
    name: str | None = None  # canonical name of an unlinked actor
    type: str | None = None
    via_hit: int | None = None  # a title naming the person of this hit (linked once that is resolved)
    fallback: str | None = None  # the office holder, should that hit name nobody
    lang: str | None = None


@dataclass
class Context:
    """What linking one document needs."""

    text: str
    hits: list[Hit]
    day: date | None
    paragraphs: list[int]
    used: set[int] = field(default_factory=set)  # hits consumed as parts of titles/agents
    titled: dict[int, str] = field(default_factory=dict)  # person hit right after a title → title id
    found: list[Found] = field(default_factory=list)
    places: list[tuple[int, int, str]] = field(default_factory=list)
    title_ends: list[int] = field(default_factory=list)  # titles followed by no known person
    last_place: int | None = None  # index of the last hit used as a place
    chains: dict[int, tuple[int, str]] = field(default_factory=dict)  # title hit → (chain end, country)
    cues: list[Hit] = field(default_factory=list)  # words after which an unknown name may follow
    starts: dict[int, int] = field(default_factory=dict)  # word start → index of the hit there
    nested: list[Hit] = field(default_factory=list)  # names inside longer names

    def paragraph_of(self, pos: int) -> int | None:
        """Start of the paragraph holding ``pos``."""
        index = bisect_right(self.paragraphs, pos)
        return self.paragraphs[index - 1] if index else None


def state_ids(kb: KnowledgeBase) -> dict[str, str]:
    """Country code → the id of its state entry (when several share a code: the first one with a
    capital and a government sector, e.g. not a de facto state or a constituent country)."""
    states: dict[str, tuple[bool, bool, str]] = {}
    for entry in kb.entries:
        if entry.type != "GPE" or not entry.country:
            continue
        rank = (bool(entry.metonyms), entry.sector in (None, "GOV"), entry.id)
        current = states.get(entry.country)
        if current is None or rank[:2] > current[:2]:
            states[entry.country] = rank
    return {country: rank[2] for country, rank in states.items()}


def entity_payloads(hit: Hit, partial: bool | None = False) -> tuple[Payload, ...]:
    """Name and metonym readings of a hit: full ones (``partial=False``), generated parts of
    names (``True``) or both (``None``)."""
    readings = hit.readings
    return readings.entities if partial is None else readings.partial if partial else readings.full


def first(hit: Hit, kind: int) -> Payload | None:
    return hit.readings.firsts.get(kind)


class Linker:
    """Resolve the hits of one document."""

    def __init__(self, kb: KnowledgeBase, matcher: Matcher):
        self.kb = kb
        self.matcher = matcher
        self.places = PlaceCues(kb.rules)
        self.article = {lang: r.article for lang, r in kb.rules.languages.items()}
        self.of_gap = {lang: _of_gap(r.of_words) for lang, r in kb.rules.languages.items()}
        self.states = state_ids(kb)
        self._name_words: dict[int, frozenset[str]] = {}  # caches of derived, immutable data
        self._holders: dict[tuple, tuple[int, ...]] = {}

    # --- spans -----------------------------------------------------------------------------

    def prefix_drop(self, prefix: str, lang: str) -> tuple[int, int]:
        """How many proclitic characters a mention leaves out (the article stays), and the length
        of a preposition+article contraction (لل) that it must keep, the article being inside."""
        if not prefix:
            return 0, 0
        article = self.article.get(lang, "")
        if article and prefix.endswith(article):
            return len(prefix) - len(article), 0
        if prefix in self.matcher.definite and prefix not in self.matcher.plain:
            conj = "".join(self.kb.rules.get(lang).conjunctions)
            drop = len(prefix) - len(prefix.lstrip(conj))
            return drop, len(prefix) - drop
        if prefix.endswith(" "):  # an English determiner stays
            return 0, 0
        return len(prefix), 0

    def span_start(self, hit: Hit, lang: str) -> tuple[int, int]:
        """Mention start of a hit (see :meth:`prefix_drop`)."""
        drop, hidden = self.prefix_drop(hit.prefix, lang)
        return hit.word_start + drop, hidden

    def found(self, hit: Hit, payload: Payload, key: str | None, role: str, **extra) -> Found:
        start, hidden = self.span_start(hit, payload.lang)
        return Found(start, hit.end, hit.word_start, key, role, hidden=hidden, lang=payload.lang, **extra)

    # --- titles ----------------------------------------------------------------------------

    def complement(self, ctx: Context, hit: Hit) -> tuple[str | None, str | None] | None:
        """(country, organisation id) a hit gives a title or agent next to it, else None."""
        if hit.readings.full:
            for payload in entity_payloads(hit):
                entry = self.kb.entries[payload.ref]
                if entry.type in BODY_TYPES:
                    return entry.country, (None if entry.type in STATE_LIKE else entry.id)
            return None
        adjective = first(hit, ADJECTIVE)
        if adjective is not None:
            entry = self.kb.entries[adjective.ref]
            return entry.country, (None if entry.type in STATE_LIKE else entry.id)
        return None

    def link_titles(self, ctx: Context) -> None:
        hits, index = ctx.hits, 0
        while index < len(hits):
            hit = hits[index]
            title = first(hit, TITLE)
            if title is None or entity_payloads(hit) or index in ctx.used:
                index += 1
                continue
            index = self._title_chain(ctx, index, title)

    def _title_chain(self, ctx: Context, index: int, title: Payload) -> int:
        hits, text = ctx.hits, ctx.text
        gap = self.of_gap.get(title.lang)
        titles, countries, orgs = [str(title.ref)], [], []
        start, _ = self.span_start(hits[index], title.lang)
        start = self._premodifiers(ctx, index, countries, orgs, start, title.lang)
        last, nxt = index, index + 1
        while nxt < len(hits) and self._joins(text, hits[last], hits[nxt], gap, title.lang):
            step = hits[nxt]
            more = first(step, TITLE)
            if more is not None and not entity_payloads(step):
                if " " not in text[step.start : step.end] and not self._followed(ctx, nxt, gap, title.lang):
                    break  # a bare one-word title ending a chain heads something else ("رئيس الاجتماع")
                if countries and self._other_country(ctx, nxt, countries[0], gap, title.lang):
                    break  # "استقبل الرئيس المصري وزير الخارجية الروسي": two people
                titles.append(str(more.ref))
            else:
                found = self.complement(ctx, step)
                if found is None:
                    break
                _collect(found, countries, orgs)
            if not entity_payloads(step):
                ctx.used.add(nxt)
            last, nxt = nxt, nxt + 1
        ctx.used.add(index)
        person = self._person_after(ctx, last, nxt)
        self._emit_title(ctx, hits[index], title, start, hits[last].end, titles, countries, orgs, person)
        if countries:
            ctx.chains[index] = (hits[person].end if person is not None else hits[last].end, countries[0])
        return nxt

    def _followed(self, ctx: Context, index: int, gap: re.Pattern[str] | None, lang: str) -> bool:
        """Is the hit followed by a complement, another title or a person's name?"""
        after = index + 1
        if after >= len(ctx.hits):
            return False
        if self._joins(ctx.text, ctx.hits[index], ctx.hits[after], gap, lang):
            return True
        return adjacent(ctx.text, ctx.hits[index], ctx.hits[after], NAME_GAP) and any(
            self.kb.entries[p.ref].type == "PERSON" for p in entity_payloads(ctx.hits[after], None))

    def _other_country(self, ctx: Context, index: int, country: str, gap: re.Pattern[str] | None, lang: str) -> bool:
        """Does the title at ``index`` take a complement of another country than ``country``?"""
        after = index + 1
        if after >= len(ctx.hits) or not self._joins(ctx.text, ctx.hits[index], ctx.hits[after], gap, lang):
            return False
        found = self.complement(ctx, ctx.hits[after])
        return found is not None and found[0] is not None and found[0] != country

    def _premodifiers(self, ctx: Context, index: int, countries: list, orgs: list, start: int, lang: str) -> int:
        """English order: "the Russian defence minister", "Russia's foreign minister"."""
        hits, text = ctx.hits, ctx.text
        rules = self.kb.rules.get(lang)
        if rules.modifiers_first and index > 0 and index - 1 not in ctx.used \
                and adjacent(text, hits[index - 1], hits[index], _POSSESSIVE_GAP):
            found = self.complement(ctx, hits[index - 1])
            if found is not None:
                _collect(found, countries, orgs)
                if not entity_payloads(hits[index - 1]):
                    ctx.used.add(index - 1)
                start = hits[index - 1].start
        before = words_before(text, start, 1)
        if before and before[-1] in rules.determiners and text[start - len(before[-1]) - 1 : start - 1] == before[-1]:
            start -= len(before[-1]) + 1
        return start

    def _joins(self, text: str, left: Hit, right: Hit, gap: re.Pattern[str] | None, lang: str) -> bool:
        rules = self.kb.rules.get(lang)
        prefix_ok = not right.prefix or right.prefix in rules.of_clitics or right.prefix in self.matcher.definite
        if adjacent(text, left, right):
            return prefix_ok
        return gap is not None and adjacent(text, left, right, gap)

    def _person_after(self, ctx: Context, last: int, nxt: int) -> int | None:
        if nxt >= len(ctx.hits) or not adjacent(ctx.text, ctx.hits[last], ctx.hits[nxt], NAME_GAP):
            return None
        people = [p for p in entity_payloads(ctx.hits[nxt], None) if self.kb.entries[p.ref].type == "PERSON"]
        if not people:
            return None
        ctx.titled[nxt] = str(first(ctx.hits[last], TITLE).ref) if first(ctx.hits[last], TITLE) else ""
        return nxt

    def _emit_title(self, ctx: Context, hit: Hit, title: Payload, start: int, end: int, titles: list[str],
                    countries: list[str], orgs: list[str], person: int | None) -> None:
        country = countries[0] if countries else None
        org = orgs[0] if orgs else None
        office = self.kb.titles.get(titles[0])
        sector = office.sector if office else None
        if office is not None and office.plural:  # a group of office holders: their organisation
            if org is not None or country is not None:
                ctx.found.append(Found(start, end, start, org, "title", None if org else country, sector,
                                       lang=title.lang))
            return
        holder = self.holder(titles, country, org, ctx.day) if (country or org) else None
        if person is not None:
            fallback = self.kb.entries[holder].id if holder is not None else None
            ctx.found.append(Found(start, end, start, None, "title", country, sector, via_hit=person,
                                   fallback=fallback))
            return
        if holder is not None:
            ctx.found.append(Found(start, end, start, self.kb.entries[holder].id, "title", lang=title.lang))
            return
        named = self._named_holder(ctx, titles, end)
        if named is not None:
            index, word_start, word_end = named
            key = self.kb.entries[index].id
            ctx.found.append(Found(start, end, start, key, "title", lang=title.lang))
            ctx.found.append(Found(word_start, word_end, word_start, key, "alias", lang=title.lang))
            return
        ctx.title_ends.append(end)
        if country:
            ctx.found.append(Found(start, end, start, None, "title", country, sector, lang=title.lang))

    def _named_holder(self, ctx: Context, titles: list[str], end: int) -> tuple[int, int, int] | None:
        """A title followed by one word of the name of someone holding it on the date, anywhere
        ("الملك سلمان", "President Hadi"): (entry index, word start, word end)."""
        if ctx.day is None:
            return None
        match = _NEXT_WORD.match(ctx.text, end)
        if match is None or ctx.starts.get(match.start("word")) is not None:
            return None
        word = match.group("word")
        holders = set()
        for title_id in titles:
            holders.update(self.holders(title_id, None, None, ctx.day))
        named = [index for index in holders if word in self.name_words(index)]
        return (named[0], match.start("word"), match.end("word")) if len(named) == 1 else None

    def name_words(self, index: int) -> frozenset[str]:
        """The normalised words of an entry's names in every language (computed once)."""
        if index not in self._name_words:
            entry = self.kb.entries[index]
            self._name_words[index] = frozenset(w for forms in entry.forms().values() for f in forms
                                                for w in norm(f).split())
        return self._name_words[index]

    def holders(self, title_id: str, country: str | None, org: str | None, day: date | None) -> tuple[int, ...]:
        """:meth:`KnowledgeBase.holders` of a title and those it covers, remembered (immutable data)."""
        key = (title_id, country, org, day)
        if key not in self._holders:
            if len(self._holders) > 50_000:
                self._holders.clear()
            self._holders[key] = tuple(self.kb.holders(self.kb.title_ids(title_id), country, org, day))
        return self._holders[key]

    def holder(self, titles: list[str], country: str | None, org: str | None, day: date | None) -> int | None:
        """The one person holding all of ``titles`` (those that have a holder) on ``day``."""
        common: set[int] | None = None
        for title_id in titles:
            found = set(self.holders(title_id, country, org, day))
            if found:
                common = found if common is None else (common & found) or common
        return next(iter(common)) if common and len(common) == 1 else None

    # --- agents ----------------------------------------------------------------------------

    def link_agents(self, ctx: Context) -> None:
        """Generic agents, with the demonym or the body that qualifies them."""
        for index, hit in enumerate(ctx.hits):
            payload = first(hit, AGENT)
            if payload is None or index in ctx.used or entity_payloads(hit) or first(hit, TITLE):
                continue
            ctx.used.add(index)
            agent = self.kb.agents[payload.ref]
            start, _ = self.span_start(hit, payload.lang)
            end, owner = hit.end, None
            qualifier = self._qualifier(ctx, index, payload.lang, agent.state)
            if qualifier is not None:
                start, end, owner = min(start, qualifier[0]), max(end, qualifier[1]), qualifier[2]
            self._emit_agent(ctx, hit, agent, start, end, owner)

    def _qualifier(self, ctx: Context, index: int, lang: str, state: bool) -> tuple[int, int, int] | None:
        """(start, end, entry index) of what qualifies an agent: the demonym after it (before it in
        English), a group or body named right after it ("ميليشيات الحوثي"), or, for a state agent,
        a title of that state ("إدارة الرئيس الأميركي باراك أوباما")."""
        hits, text = ctx.hits, ctx.text
        after = index + 1
        if after < len(hits) and adjacent(text, hits[index], hits[after]):
            adjective = first(hits[after], ADJECTIVE)
            if adjective is not None and not entity_payloads(hits[after]):
                ctx.used.add(after)
                return hits[after].start, hits[after].end, adjective.ref
            for payload in entity_payloads(hits[after]):
                if self.kb.entries[payload.ref].type in ORG_LIKE and not hits[after].prefix:
                    return hits[after].start, hits[after].end, payload.ref
            if state and not hits[index].prefix and after in ctx.chains and ctx.chains[after][1] in self.states:
                end, country = ctx.chains[after]
                return hits[after].start, end, self.kb.by_id[self.states[country]]
        before = index - 1
        if before >= 0 and self.kb.rules.get(lang).modifiers_first and before not in ctx.used \
                and adjacent(text, hits[before], hits[index]):
            adjective = first(hits[before], ADJECTIVE)
            if adjective is not None and not entity_payloads(hits[before]):
                ctx.used.add(before)
                return hits[before].start, hits[before].end, adjective.ref
        return None

    def _emit_agent(self, ctx: Context, hit: Hit, agent: Agent, start: int, end: int, owner: int | None) -> None:
        """A state or group the agent stands for, else a coded mention without an actor."""
        lang = first(hit, AGENT).lang
        hidden = self.span_start(hit, lang)[1]
        entry = self.kb.entries[owner] if owner is not None else None
        country = entry.country if entry is not None else agent.country
        if entry is not None and entry.type != "GPE":
            key = entry.id
        else:
            key = self._state(country) if agent.state and country else None
        if key is not None:
            ctx.found.append(Found(start, end, hit.word_start, key, "agent", hidden=hidden, lang=lang))
        else:
            ctx.found.append(Found(start, end, hit.word_start, None, "agent", country, agent.sector,
                                   hidden=hidden, lang=lang))

    def _state(self, country: str) -> str | None:
        return self.states.get(country)


def _collect(found: tuple[str | None, str | None], countries: list[str], orgs: list[str]) -> None:
    if found[0]:
        countries.append(found[0])
    if found[1]:
        orgs.append(found[1])


_NEXT_WORD = re.compile(r" +(?P<word>[^\W\d_]{3,})(?![\w])")
_POSSESSIVE_GAP = re.compile(r"(?:'s?)?\s+")


def _of_gap(words: frozenset[str]) -> re.Pattern[str] | None:
    if not words:
        return None
    alternatives = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return re.compile(rf"\s+(?:{alternatives})\s+")

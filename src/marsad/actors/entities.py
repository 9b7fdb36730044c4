"""Named entities and in-document coreference: names, metonyms, partial names, head-noun anaphora."""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict

from marsad.actors.anaphora import (
    antecedent,
    armed_group_mentions,
    link_group_anaphora,
    link_state_possessives,
)
from marsad.actors.cues import adjacent, occurrences, strip_conjunction
from marsad.actors.link import BODY_TYPES, Context, Found, Linker, entity_payloads
from marsad.actors.matcher import GIVEN, METONYM, SURNAME, Hit, Payload, variants
from marsad.actors.rules import LanguageRules, norm
from marsad.actors.schema import Entry

ORG_TYPES = tuple(t for t in BODY_TYPES if t != "GPE")


def first_names(entry: Entry, lang: str, rules: LanguageRules) -> set[str]:
    """The normalised first words of an entry's multi-word names in a language (both spellings)."""
    found: set[str] = set()
    for form in entry.forms().get(lang, []):
        found |= {v.split()[0] for v in variants(norm(form), rules) if len(v.split()) >= 2}
    return found


class EntityLinker:
    """Link name and metonym hits, then partial names and definite head nouns."""

    def __init__(self, linker: Linker):
        self.linker = linker
        self.kb = linker.kb
        options = self.kb.rules.options
        self.max_gap_words = int(options.get("name_extension_words", 3))
        self._firsts: dict[tuple[int, str], set[str]] = {}  # a cache of derived, immutable data
        self.given = {lang: self.kb.rules.known_words(lang) for lang in self.kb.rules.languages}

    def __call__(self, ctx: Context) -> None:
        anchors = self._anchors(ctx)
        keys: dict[int, str] = {}
        partial_hits = []
        for index, hit in enumerate(ctx.hits):
            if index in ctx.used:
                continue
            if entity_payloads(hit):
                self._name(ctx, index, hit, anchors, keys)
            elif entity_payloads(hit, True):
                partial_hits.append(index)
        people = {f.key for f in ctx.found if f.key and self._is_person(f.key)}
        for index in partial_hits:
            self._partial(ctx, index, people, keys)
        for found in ctx.found:
            if found.via_hit is not None and found.key is None:
                found.key = keys.get(found.via_hit) or found.fallback
        self._nested(ctx, anchors)
        self._head_anaphora(ctx)
        link_group_anaphora(self.linker, ctx)
        link_state_possessives(self.linker, ctx)
        self._agent_groups(ctx)

    @staticmethod
    def _paragraphs_between(ctx: Context, first: int, second: int) -> int:
        """How many paragraphs lie between two positions (negative when ``second`` comes first)."""
        if second <= first:
            return -1
        return bisect_right(ctx.paragraphs, second) - bisect_right(ctx.paragraphs, first)

    def _agent_groups(self, ctx: Context) -> None:
        """A definite generic agent ("المقاتلون") names the one armed group of its sector the
        document names, in the same or the previous paragraph; one that stands for a group
        (``group_anaphora.agents``: "المتمردون") names the group of its sector named most often
        before it at any distance, else the document's only one of that sector."""
        groups = armed_group_mentions(self.linker, ctx)
        for found in ctx.found:
            if found.key is not None or found.role != "agent" or found.country or not found.sector:
                continue
            rules = self.kb.rules.get(found.lang) if found.lang else None
            surface = ctx.text[found.start : found.end]
            definite = bool(rules and rules.article and surface.startswith(rules.article)) or found.hidden
            if not definite:
                continue
            if rules and self._bare(surface, rules) in rules.group_anaphora.get("agents", ()):
                key = antecedent(groups, found.start, found.sector, salient=True)
            else:
                key = self._near_group(ctx, groups, found)
            if key is not None:
                found.key, found.role = key, "alias"

    @staticmethod
    def _bare(surface: str, rules: LanguageRules) -> str:
        """A word without its proclitics and article (للمتمردين → متمردين)."""
        for prefix in sorted(rules.definite_prefixes | rules.plain_prefixes, key=len, reverse=True):
            if prefix and surface.startswith(prefix) and len(surface) - len(prefix) >= 3:
                return surface[len(prefix):]
        return surface

    def _near_group(self, ctx: Context, groups: list, found: Found) -> str | None:
        """The one armed group of the agent's sector, named in the same or the previous paragraph."""
        owners = {g[2]: g[0] for g in reversed(groups) if g[3] == found.sector}
        if len(owners) == 1 and 0 <= self._paragraphs_between(ctx, next(iter(owners.values())), found.start) <= 1:
            return next(iter(owners))
        return None

    def _nested(self, ctx: Context, anchors: set[int]) -> None:
        """A group or organisation named inside a longer name is named too (داعش in "التحالف الدولي
        لمكافحة إرهاب داعش", الأمم المتحدة in "بعثة الأمم المتحدة")."""
        for hit in ctx.nested:
            payload = self._choose(entity_payloads(hit), anchors)
            entry = self.kb.entries[payload.ref]
            if entry.type in ORG_TYPES:
                ctx.found.append(self.linker.found(hit, payload, entry.id, "name"))

    def _is_person(self, key: str) -> bool:
        entry = self.kb.get(key)
        return entry is not None and entry.type == "PERSON"

    def _anchors(self, ctx: Context) -> set[int]:
        """Entries named unambiguously somewhere in the document."""
        found = set()
        for hit in ctx.hits:
            refs = {p.ref for p in entity_payloads(hit)}
            if len(refs) == 1:
                found |= refs
        return found

    def _choose(self, payloads: list[Payload], anchors: set[int]) -> Payload:
        preferred = [p for p in payloads if p.ref in anchors] or payloads
        return min(preferred, key=lambda p: (p.kind == METONYM, p.ref))

    def _name(self, ctx: Context, index: int, hit: Hit, anchors: set[int], keys: dict[int, str]) -> None:
        payload = self._choose(entity_payloads(hit), anchors)
        entry = self.kb.entries[payload.ref]
        if (entry.type == "GPE" or entry.stands_for) and self._place(ctx, index, payload, bool(entry.stands_for)):
            ctx.places.append((hit.start, hit.end, entry.stands_for or entry.id))
            ctx.last_place = index
            return
        role = "metonym" if payload.kind == METONYM else "name"
        found = self.linker.found(hit, payload, entry.id, role)
        if entry.type == "PERSON":
            found.start = self._extend(ctx, index, payload, found.start)
        elif entry.type == "IGO":
            found.start = self.group_head(ctx.text, found.start, payload.lang)
        ctx.found.append(found)
        keys[index] = entry.id

    def group_head(self, text: str, start: int, lang: str) -> int:
        """Take in the words that name an organisation through its members ("دول مجلس التعاون")."""
        for head in sorted(self.kb.rules.get(lang).group_heads, key=len, reverse=True):
            begin = start - len(head) - 1
            if begin < 0 or text[begin:start] != head + " ":
                continue
            before = text[max(0, begin - 2) : begin]
            if not before[-1:].isalnum() or (before[-1] in self.kb.rules.get(lang).conjunctions
                                             and not before[:-1][-1:].isalnum()):
                return begin
        return start

    def _place(self, ctx: Context, index: int, payload: Payload, seat: bool = False) -> bool:
        """A state, capital or seat used as a place, or joined by a conjunction to one so used."""
        hit = ctx.hits[index]
        rules = self.kb.rules.get(payload.lang)
        last = ctx.last_place
        if last == index - 1 and hit.prefix[:1] in rules.conjunctions and adjacent(ctx.text, ctx.hits[last], hit):
            return True
        paragraph = ctx.paragraph_of(hit.word_start)
        return self.linker.places.is_place(ctx.text, hit, payload.lang, paragraph, seat or payload.kind == METONYM)

    def _partial(self, ctx: Context, index: int, people: set[str], keys: dict[int, str]) -> None:
        hit = ctx.hits[index]
        payloads = entity_payloads(hit, True)
        candidates = {self.kb.entries[p.ref].id: p for p in payloads}
        mentioned = [key for key in candidates if key in people]
        if len(mentioned) > 1:
            mentioned = [self._nearest(ctx, mentioned, hit.start)]
        if not mentioned:
            mentioned = [key for key, p in candidates.items() if self._titled(ctx, index, p.ref, p.partial == GIVEN)]
            if len(mentioned) > 1 and ctx.day is None:
                mentioned = self._latest(mentioned)
        if not mentioned and len(candidates) == 1 and self._distinctive(ctx, hit):
            mentioned = list(candidates)
        if len(mentioned) != 1:
            return
        payload = candidates[mentioned[0]]
        found = self.linker.found(hit, payload, mentioned[0], "alias")
        found.start = self._extend(ctx, index, payload, found.start)
        ctx.found.append(found)
        keys[index] = mentioned[0]

    def first_names(self, index: int, lang: str) -> set[str]:
        """:func:`first_names` of an entry, computed once per engine."""
        key = (index, lang)
        if key not in self._firsts:
            self._firsts[key] = first_names(self.kb.entries[index], lang, self.kb.rules.get(lang))
        return self._firsts[key]

    def _latest(self, keys: list[str]) -> list[str]:
        """Without a date, the holder whose latest role began last ("President Bush": the son)."""
        starts = {}
        for key in keys:
            role = self.kb.get(key).role_on(None)
            starts[key] = role.start if role is not None and role.start else None
        if any(start is None for start in starts.values()):
            return keys
        best = max(starts.values())
        return [key for key, start in starts.items() if start == best]

    @staticmethod
    def _distinctive(ctx: Context, hit: Hit) -> bool:
        """A generated surname of several words ("جونغ أون") may stand alone."""
        payload = entity_payloads(hit, True)[0]
        return payload.partial == SURNAME and " " in ctx.text[hit.start : hit.end]

    def _titled(self, ctx: Context, index: int, ref: int, given: bool = False) -> bool:
        """Right after a title the person held on the date ("الرئيس هادي"); a generic title
        (``many: true``, e.g. الوزير) only asks for some office then. Without a date any title
        fits a surname, while a given name needs the person's latest role to fit ("President
        Laurent" is not the minister Laurent Fabius)."""
        if index not in ctx.titled:
            return False
        entry = self.kb.entries[ref]
        role = entry.role_on(ctx.day)
        if role is None or (ctx.day is None and not given):
            return ctx.day is None and not (given and role is None)
        title = self.kb.titles.get(ctx.titled[index])
        return title is None or title.many or role.title in self.kb.title_ids(title.id)

    @staticmethod
    def _nearest(ctx: Context, keys: list[str], pos: int) -> str:
        before = [(f.start, f.key) for f in ctx.found if f.key in keys and f.start <= pos]
        return max(before)[1] if before else keys[0]

    def _extend(self, ctx: Context, index: int, payload: Payload, start: int) -> int:
        """Take in the given name and middle names before a surname (خالد محفوظ بحاح)."""
        rules = self.kb.rules.get(payload.lang)
        firsts = self.first_names(payload.ref, payload.lang)
        stop = rules.unknown.get("stop", frozenset())
        floor = ctx.hits[index - 1].end if index > 0 else 0
        chunk = ctx.text[max(floor, start - 80) : start]
        words = chunk.split(" ")
        if not words or words[-1]:  # the name must follow a space
            return start
        position = start - 1
        for word in reversed(words[:-1][-(self.max_gap_words + 1):]):
            position -= len(word)
            bare = strip_conjunction(word, rules)
            if word in firsts or bare in firsts:
                return position + len(word) - len(bare) if word not in firsts else position
            if not word.isalpha() or word in stop or bare in stop:
                break
            position -= 1
        return start

    def _head_anaphora(self, ctx: Context) -> None:
        """"الوزارة" after "وزارة الخزانة": a definite head noun names the last body it heads."""
        heads: dict[tuple[str, str], list[tuple[int, str]]] = defaultdict(list)
        for found in ctx.found:
            entry = self.kb.get(found.key) if found.key else None
            if entry is None or entry.type not in ORG_TYPES or found.role != "name" or not found.lang:
                continue
            rules = self.kb.rules.get(found.lang)
            words = ctx.text[found.start : found.end].split()
            while words and words[0] in rules.group_heads:
                words = words[1:]
            if len(words) < 2:
                continue
            head = words[0][len(rules.article):] if rules.article and words[0].startswith(rules.article) else words[0]
            if len(head) >= 3 and head not in self.linker.matcher:
                heads[(head, found.lang)].append((found.start, found.key))
        taken = [(f.start, f.end) for f in ctx.found]
        weak = {h.word_start: h for h in ctx.hits if h.readings.weak}
        for (head, lang), owners in heads.items():
            self._link_head(ctx, head, lang, owners, taken, weak)

    def _link_head(self, ctx: Context, head: str, lang: str, owners: list[tuple[int, str]], taken: list,
                   weak: dict[int, Hit]) -> None:
        rules = self.kb.rules.get(lang)
        hits = list(occurrences(ctx.text, head, rules.definite_prefixes, min(o[0] for o in owners)))
        for determiner in rules.determiners:
            hits += [(s - len(determiner) - 1, e, s - len(determiner) - 1)
                     for s, e, _ in occurrences(ctx.text, head, frozenset({""}), min(o[0] for o in owners))
                     if ctx.text[max(0, s - len(determiner) - 2) : s].split()[-1:] == [determiner]]
        for start, end, outer in hits:
            previous = [o for o in owners if o[0] < outer]
            if not previous or any(s < end and outer < e for s, e in taken):
                continue
            drop, _ = self.linker.prefix_drop(ctx.text[outer:start], lang) if start > outer else (0, 0)
            key = max(previous)[1]
            begin = outer + drop
            if self.kb.get(key).type == "IGO":
                begin = self.group_head(ctx.text, begin, lang)
            modifier = weak.get(end + 1) if ctx.text[end : end + 1] == " " else None
            if modifier is not None and modifier.prefix in ("", self.kb.rules.get(lang).article):  # التنظيم الإرهابي
                end = modifier.end
            ctx.found.append(Found(begin, end, min(outer, begin), key, "alias", lang=lang))

"""The event coders: the :class:`EventCoder` interface and the dictionary/rule coder.

:class:`RuleCoder` codes a document in these steps (docs/coding.md tells them for analysts):
triggers (matcher) → content suppression (what an accusation or a discussion is about is not
itself an event) → arguments → modality → type adjustments (by source sector; future
cooperation as AGREE) → date and place → confidence and explanation → merging.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Protocol, runtime_checkable

from marsad.events.arguments import Arguments, assign
from marsad.events.attach import event_date, event_place
from marsad.events.casualties import names
from marsad.events.clauses import SentenceContext, build_context
from marsad.events.cues import Cues, load_cues
from marsad.events.evidence import Scorer
from marsad.events.frames import continue_frames, speech_frames
from marsad.events.home import home_units
from marsad.events.lexicon import Entry, Lexicon, load_lexicon, norm
from marsad.events.matcher import Hit, find_hits
from marsad.events.merge import merge_events
from marsad.events.modality import Modality, modality
from marsad.events.demonyms import demonym_table
from marsad.events.view import DocView, Unit, build_view, place_unit
from marsad.model import ActorRef, Event, Span
from marsad.pipeline import Doc


@runtime_checkable
class EventCoder(Protocol):
    """Anything that turns a document (with its actors, times, places, quotes) into events."""

    name: str

    def code(self, doc: Doc) -> list[Event]: ...


class RuleCoder:
    """Trigger dictionaries + word-order argument rules + modality cues (no model, no parser)."""

    name = "rules"

    def __init__(self, languages: Iterable[str] = ("ar", "en")):
        languages = tuple(languages)
        self.lexicon: Lexicon = load_lexicon(languages)
        self.cues: dict[str, Cues] = load_cues(languages)
        general = self.lexicon.general
        self.sectors = frozenset(general.get("sectors") or [])
        self.state_sectors = frozenset(general.get("place_country_sectors") or [])
        self.demonyms = demonym_table(languages)
        self.place_targets = frozenset(general.get("place_target_types") or [])
        self.verbal = frozenset(general.get("verbal_types") or [])
        self.governing = frozenset(general.get("governing_types") or [])
        self.objecting = {kind: frozenset(acts) for kind, acts in (general.get("objecting_types") or {}).items()}
        self.future_as: dict[str, str] = dict(general.get("future_as") or {})
        self.planned = frozenset(general.get("planned_types") or [])
        self.armed = frozenset(general.get("armed_sectors") or [])
        self.armed_as: dict[str, list[str]] = dict(general.get("armed_as") or {})
        self.window = int(general.get("modality_window", 5))
        self.demonstrator_acts: dict[str, list[str]] = dict(general.get("demonstrator_acts") or {})
        self.reciprocal = frozenset(general.get("reciprocal_types") or [])
        self.demonstrators = tuple(norm(w) for words in (general.get("demonstrators") or {}).values() for w in words)
        self.expressed_in = {act: frozenset(hosts) for act, hosts in (general.get("expressed_in") or {}).items()}
        self.tolls = frozenset(str(code) for code in general.get("tolls") or [])
        self.scorer = Scorer.from_general(general)
        self.min_confidence = float(general.get("min_confidence", 0.0))
        self.anaphoric = {lang: frozenset(norm(w) for w in words)
                          for lang, words in (general.get("anaphoric") or {}).items()}

    def code(self, doc: Doc) -> list[Event]:
        """Every event of a document, duplicates merged, each with its explanation."""
        view = build_view(doc, self.sectors, self.state_sectors, self.demonyms)
        view.persons = frozenset(a.name for a in doc.result.actors if a.type == "PERSON")
        homes = home_units(view, view.persons)  # بلاده
        if homes:
            view.units = sorted(view.units + homes, key=lambda u: u.first)
        hits = find_hits(view, self.lexicon)
        if not hits:
            return []
        speakers = _speakers(view)
        time_tokens = frozenset(i for first, last, _ in view.times for i in range(first, last))
        events: list[Event] = []
        anaphoric: set[int] = set()
        clashes: set[int] = set()  # ids of clash events that take the killings of their sentence
        state = _Paragraph()
        for sentence in view.sentences:
            if sentence.parent != state.paragraph:
                state = _Paragraph(paragraph=sentence.parent)
            inside = [h for h in hits if sentence.first <= h.first < sentence.last]
            cues = self.cues.get(inside[0].entry.lang) if inside else None
            if cues is None:
                continue
            ctx = build_context(view, sentence, cues, time_tokens, self.verbal, self.scorer.violent)
            ctx.topic = state.topic
            ctx.noun_ends = frozenset(h.span_last - 1 for h in inside if h.entry.kind == "noun")
            ctx.frames = speech_frames(ctx, speakers)
            earlier: list[Arguments] = []
            kept = _not_content(ctx, inside, self.governing, self.objecting)
            threats = _violent_vows(ctx, inside, kept, self.scorer.violent)  # vow id → promised act
            for hit in kept:
                args = self._arguments(ctx, hit, homes, earlier, threats, state)
                event = self._event(doc, view, ctx, hit, args, id(hit) in threats)
                if event is None:
                    continue
                earlier.append(args)
                events.append(event)
                if self._refers_back(ctx, hit):
                    anaphoric.add(id(event))
                if hit.entry.toll and event.type == hit.coding.type:
                    clashes.add(id(event))
                state.remember(ctx, event, args)
        return merge_events(events, anaphoric, self.expressed_in, self.verbal, (self.tolls, clashes))

    def _arguments(self, ctx: SentenceContext, hit: Hit, homes: list[Unit], earlier: list[Arguments],
                   threats: dict[int, Hit], state: _Paragraph) -> Arguments:
        """The arguments of one trigger, with the adjustments that need the rest of the sentence or
        paragraph: "his country", "a price for this", a threat's target, "the demonstrators"."""
        args = assign(ctx, hit)
        if homes and args.source:  # "warned that his country …": not its own target
            own = {u.ref.country for u in args.source}
            args.target = [u for u in args.target if u not in homes or u.ref.country not in own]
        if earlier and self._this_after(ctx, hit):
            _this_is_earlier(args, earlier)
        if id(hit) in threats:
            _threat_target(ctx, args, threats[id(hit)])
        if state.protesters and _definite_crowd(ctx, args.source, self.demonstrators):
            args.source = state.protesters  # تظاهر طلبة المدارس العراقية… وهتف المتظاهرون
            args.notes.append(f"source {names(args.source)}: the demonstrators named before in the paragraph")
        return args

    def _this_after(self, ctx: SentenceContext, hit: Hit) -> bool:
        """A demonstrative right after the trigger, alone or after a glued preposition (ثمنا لهذا،
        a price for this): the act is about what the sentence reported before it."""
        words = self.anaphoric.get(hit.entry.lang)
        after = hit.span_last
        if not words or after >= ctx.sentence.last:
            return False
        if ctx.word(after) in ctx.cues.free_preps and after + 1 < ctx.sentence.last:
            after += 1
        glued = ctx.cues.glued_preps
        return any(w in words or (len(w) > 3 and w[0] in glued and w[1:] in words) for w in ctx.variants(after))

    def _refers_back(self, ctx: SentenceContext, hit: Hit) -> bool:
        """A verbal noun right after a demonstrative (في هذه الغارات، لهذا الاجتماع) refers back."""
        words = self.anaphoric.get(hit.entry.lang)
        if not words or hit.entry.kind != "noun" or hit.first <= ctx.sentence.first:
            return False
        before = ctx.variants(hit.first - 1)
        glued = ctx.cues.glued_preps
        return any(w in words or (len(w) > 3 and w[0] in glued and w[1:] in words) for w in before)

    def _event(self, doc: Doc, view: DocView, ctx: SentenceContext, hit: Hit, args: Arguments,
               threat: bool = False) -> Event | None:
        entry = hit.entry
        if entry.weak and not (args.source or args.target):
            return None
        after = hit.span_last
        while after < ctx.sentence.last - 1 and ctx.skippable(after):
            after += 1
        if entry.participle and entry.about and after < ctx.sentence.last and _opens(ctx, after, set(entry.about)):
            return None  # متهم بولائه: "accused of", the passive participle, names no one accusing
        flags = modality(ctx, hit, self.lexicon.affixes[entry.lang], self.window)
        kind, mode, cameo, notes = self._coding(hit, args, flags, view.persons)
        if threat:
            notes.append(f"type THREATEN instead of {kind}: what is promised is a violent act (a threat to use force)")
            kind, mode, cameo = "THREATEN", None, "138"
        if kind in self.place_targets and not any(u.ref.country for u in args.target):
            _place_target(view, ctx, args)
        when = event_date(view, ctx, hit, doc.document.published)
        evidence = self.scorer.score(ctx, hit, kind, args, flags, when, doc.document.published)
        if evidence.value < self.min_confidence:
            return None
        where = event_place(view, ctx, hit)
        start, end = view.norm.span(hit.start, view.ends[hit.span_last - 1])
        sentence = ctx.sentence
        explanation = [_trigger_note(hit, view), *notes, *args.notes, *_country_notes(args), when.note]
        if where.note:
            explanation.append(where.note)
        explanation += flags.notes + evidence.notes
        flags.flags["historical"] = evidence.historical
        event = Event(
            type=kind, mode=mode, context=hit.coding.context or entry.context, cameo=cameo,
            source=_refs(args.source), target=_refs(args.target), trigger=doc.text[start:end],
            date=when.value, place=where.name, start=start, end=end,
            evidence=[Span(start=sentence.start, end=sentence.end, text=doc.text[sentence.start:sentence.end])],
            modality=dict(flags.flags), confidence=evidence.value,
        )
        event.date_precision = when.precision
        event.coder = self.name
        event.explanation = explanation
        return event

    def _coding(self, hit: Hit, args: Arguments, flags: Modality,
                persons: frozenset[str] = frozenset()) -> tuple[str, str | None, str | None, list[str]]:
        """Type, mode and CAMEO after the source-sector, demonstrator, armed-parties and
        future-intent adjustments."""
        coding: Entry = hit.coding
        kind, mode, cameo, notes = coding.type, coding.mode, coding.cameo, []
        if hit.retyped is not None:
            notes.append(f"type {kind} from the object «{hit.retyped.label}» of the light verb")
        sectors = {u.ref.sector for u in args.source if u.ref.sector}
        if args.source and all(u.ref.name in persons for u in args.source):
            sectors.add("person")  # a named person, not a body or a force
        for sector, (retype, new_mode, new_cameo) in coding.by_sector:
            if sector in sectors:
                why = "a named person" if sector == "person" else f"the source's sector is {sector}"
                notes.append(f"type {retype} instead of {kind}: {why}")
                kind, mode, cameo = retype, new_mode or mode, new_cameo or cameo
        if kind in self.demonstrator_acts and kind in self.reciprocal and not _demonstrators(
                args.source, self.demonstrators) and _demonstrators(args.target, self.demonstrators):
            args.source, args.target = args.target, args.source  # clashes between police and protesters
            notes.append("the demonstrators, named second, are the source of their clash")
        if kind in self.demonstrator_acts and _demonstrators(args.source, self.demonstrators):
            retype, new_mode, new_cameo = self.demonstrator_acts[kind]
            notes.append(f"type {retype} instead of {kind}: done by demonstrators (part of their protest)")
            kind, mode, cameo = retype, new_mode, new_cameo
        if cameo in self.armed_as and _armed(args.source, self.armed) and _armed(args.target, self.armed):
            notes.append(f"type {self.armed_as[cameo][0]} instead of {kind}: an unspecified attack with armed "
                         "actors on both sides (conventional force between armed parties)")
            kind, cameo = self.armed_as[cameo]
        intended = flags.flags["future"] or (flags.flags["hypothetical"] and not flags.conditional)
        if intended and kind in self.future_as:
            notes.append(f"type AGREE instead of {kind}: announced, intended or possible, not yet done")
            kind, mode, cameo = "AGREE", None, self.future_as[kind]
            flags.flags["hypothetical"] = False
        elif flags.flags["future"] and kind in self.planned and not flags.flags["hypothetical"]:
            notes.append(f"hypothetical: a {kind} that is announced or expected has not happened (not counted)")
            flags.flags["hypothetical"] = True
        return kind, mode, cameo, notes


@dataclass
class _Paragraph:
    """What later sentences of a paragraph take from earlier ones: the subject that continues and
    the demonstrators a protest named."""

    paragraph: int | None = None
    topic: list[Unit] = field(default_factory=list)
    protesters: list[Unit] = field(default_factory=list)

    def remember(self, ctx: SentenceContext, event: Event, args: Arguments) -> None:
        named = any(u.ref.country or u.ref.name for u in args.source)
        if event.type == "PROTEST" and any(u.ref.country for u in args.source):
            self.protesters = args.source
        if named and args.source != self.topic:
            self.topic = ctx.topic = args.source
            continue_frames(ctx)  # a later "وقال:" without a subject continues it


def _definite_crowd(ctx: SentenceContext, side: list[Unit], stems: tuple[str, ...]) -> bool:
    """A side that is only a definite crowd of demonstrators of no country (المتظاهرون, the
    protesters): the crowd a protest named before."""
    article = ctx.cues.article
    return bool(article) and _demonstrators(side, stems) and not any(u.ref.country for u in side) and all(
        norm(u.ref.text or "").startswith(article) for u in side)


def _this_is_earlier(args: Arguments, earlier: list[Arguments]) -> None:
    """"هناك ثمنا لهذا", "a price for this": the target is that of the act the demonstrative points
    to, the last earlier act of the sentence by the same source (else the last one) with a target."""
    with_target = [a for a in earlier if a.target]
    same = [a for a in with_target if a.source == args.source]
    if not (same or with_target):
        return
    antecedent = (same or with_target)[-1]
    args.target = [u for u in antecedent.target if u not in args.source]
    args.notes.append(f"target {names(args.target)}: what the demonstrative after the trigger refers to, "
                      "the target of the earlier act of the sentence")


def _place_target(view: DocView, ctx: SentenceContext, args: Arguments) -> None:
    """Unnamed opponents (none, or fighters of no country: "جماعات مسلحة") take the country of the
    place of the sentence (CAMEO practice for an unnamed opponent)."""
    place = place_unit(view, ctx.sentence)
    if place is None:
        return
    if not args.target:
        args.target = [place]
        args.notes.append(f"target: unnamed victims, coded by the place «{place.ref.text}» "
                          f"({place.ref.country}) of the sentence")
        return
    where = f"the place «{place.ref.text}» of the sentence"
    args.target = [replace(u, ref=u.ref.model_copy(update={"country": place.ref.country}), country_from=where)
                   for u in args.target]


def _demonstrators(side: list[Unit], stems: tuple[str, ...]) -> bool:
    """Is every actor of a non-empty side a crowd of demonstrators (its words hold a stem)?"""
    return bool(side) and bool(stems) and all(
        any(stem in norm(u.ref.text or "") for stem in stems) for u in side)


def _armed(side: list[Unit], armed: frozenset[str]) -> bool:
    """Is every actor of a non-empty side armed (military, rebels, militias)?"""
    return bool(side) and all(u.ref.sector in armed for u in side)


def _not_content(ctx: SentenceContext, hits: list[Hit], governing: frozenset[str],
                 objecting: dict[str, frozenset[str]] | None = None) -> list[Hit]:
    """Drop triggers inside what another trigger is about (اتهمه بقتل…: the killing is alleged;
    "refused to deploy troops": the deployment is what was refused; "احتجاجا على مقتل الفتى":
    the killing is what was protested, an act reported before)."""
    kept = []
    for hit in hits:
        governed = False
        for other in hits:
            if other is hit or other.first >= hit.first or ctx.clause(other.first) != ctx.clause(hit.first):
                continue
            if other.entry.kind != "noun" and other.coding.type in governing:
                governed = True
                break
            about = set(other.entry.about)
            if about and ("-" in about or any(_opens(ctx, i, about) for i in range(other.span_last, hit.first + 1))):
                governed = True
                break
            if objecting and _protested(ctx, other, hit, objecting):
                governed = True
                break
        if not governed:
            kept.append(hit)
    return kept


def _violent_vows(ctx: SentenceContext, hits: list[Hit], kept: list[Hit], violent: frozenset[str]) -> dict[int, Hit]:
    """Promises (entries marked ``vow``, by id) whose content, a later trigger of their clause that
    is not an event of its own, is a violent act ("تعهدت بتصعيد هجماتها", "vowed to attack")."""
    found = {}
    for vow in kept:
        if not vow.entry.vow:
            continue
        clause = ctx.clause(vow.first)
        act = next((h for h in hits if h not in kept and h.first > vow.first and ctx.clause(h.first) == clause
                    and h.coding.type in violent), None)
        if act is not None:
            found[id(vow)] = act
    return found


def _threat_target(ctx: SentenceContext, args: Arguments, act: Hit) -> None:
    """The target of a threat is the target of the violent act it promises."""
    promised = assign(ctx, act)
    side = [u for u in promised.target if u not in args.source]
    if side:
        args.target = side
        args.notes.append(f"target {names(side)}: the target of the promised act «{ctx.word(act.first)}»")


def _protested(ctx: SentenceContext, other: Hit, hit: Hit, objecting: dict[str, frozenset[str]]) -> bool:
    """A verbal noun that a protest or a condemnation is about, introduced by one of its target
    prepositions right after it (احتجاجا على مقتل، للتنديد بإعدام, protesting the killing of)."""
    if hit.coding.type not in objecting.get(other.coding.type, ()) or hit.entry.kind == "verb":
        return False
    if not 0 <= hit.first - other.span_last <= 1:
        return False
    preps = set(other.entry.to or ctx.cues.target_preps) - {"-"}
    before = ctx.word(hit.first - 1) if hit.first - 1 >= other.span_last else ""
    return before in preps or any(c in preps for c in hit.prefix if c in ctx.cues.glued_preps)


def _opens(ctx: SentenceContext, index: int, about: set[str]) -> bool:
    variants = ctx.variants(index)
    if any(v in about for v in variants):
        return True
    word = variants[-1]
    return len(word) > 3 and word[0] in about and word[0] in ctx.cues.glued_preps


def _country_notes(args: Arguments) -> list[str]:
    return [f"country {u.ref.country} of «{u.ref.text}» (a generic agent) from {u.country_from}"
            for u in args.source + args.target if u.country_from]


def _speakers(view: DocView) -> dict[str, Unit]:
    found: dict[str, Unit] = {}
    for unit in view.units:
        if unit.ref.name:
            found.setdefault(unit.ref.name.casefold(), unit)
    return found


def _refs(side: list[Unit]) -> list[ActorRef]:
    return [unit.ref.model_copy() for unit in side]


def _trigger_note(hit: Hit, view: DocView) -> str:
    entry, coding = hit.entry, hit.coding
    words = " ".join(view.words[hit.first:hit.last])
    what = f"{coding.type}" + (f" ({coding.mode})" if coding.mode else "") + (f", CAMEO {coding.cameo}" if coding.cameo else "")
    if entry.kind == "pattern":
        obj = " ".join(view.words[hit.object_first:hit.object_last]) if hit.object_first is not None else ""
        return (f"trigger «{words}» + «{obj}» matched pattern {entry.label} "
                f"({entry.resource}, within {entry.gap} words) → {what}")
    clitics = f" with clitics «{hit.prefix}-…-{hit.suffix}»" if hit.prefix or hit.suffix else ""
    return f"trigger «{words}» matched {entry.kind} {entry.label} ({hit.slot} form{clitics}, {entry.resource}) → {what}"

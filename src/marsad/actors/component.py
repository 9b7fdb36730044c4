"""The ``actors`` pipeline component: one Actor per entity, every mention with offsets."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from marsad.actors.engine import ActorEngine, load_engine
from marsad.actors.kb import KnowledgeBase
from marsad.actors.link import Context, Found
from marsad.model import Actor, Mention, Span
from marsad.pipeline import Component, Config, Doc
from marsad.text.normalize import NormText

UNLINKED = "unlinked:"


def entry_code(kb: KnowledgeBase, key: str, day: date | None) -> tuple[str | None, str | None, str | None]:
    """(country, sector, code) of an entry on a date: a person's by the role then in force."""
    entry = kb.get(key)
    if entry is None:
        return None, None, None
    country, sector = entry.country, entry.sector
    role = entry.role_on(day) if entry.roles else None
    if role is not None:
        title = kb.titles.get(role.title)
        country = role.country or country
        sector = role.sector or (title.sector if title else None) or sector
    return country, sector, " ".join(p for p in (country, sector) if p) or None


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "name"


class ActorOutput:
    """Turn a linking context into output actors, mentions and the scratch lookup."""

    def __init__(self, kb: KnowledgeBase):
        self.kb = kb

    def __call__(self, ctx: Context, norm_text: NormText) -> tuple[list[Actor], list[Mention], list[tuple]]:
        original = norm_text.original
        actors: dict[str, Actor] = {}
        mentions: list[Mention] = []
        scratch: list[tuple] = []
        seen: set[tuple[int, int, str | None]] = set()
        for found in sorted(ctx.found, key=lambda f: (f.start, -f.end)):
            start, end = norm_text.span(found.start, found.end)
            actor = self._actor(found, ctx.day, actors) if found.key else None
            key = (start, end, actor.id if actor else None)
            if key in seen or end <= start:
                continue
            seen.add(key)
            surface = original[start:end]
            code = self._mention_code(found, actor)
            actor_id = actor.id if actor else None
            # built without validation: offsets and strings made here (≈10% of the stage's time)
            mentions.append(Mention.model_construct(start=start, end=end, text=surface, actor=actor_id,
                                                    role=found.role, code=code))
            scratch.append((start, end, actor_id, found.role, code))
            if actor is not None:
                actor.mentions.append(Span.model_construct(start=start, end=end, text=surface))
                self._forms(actor, found, norm_text, surface)
        self._seats(actors, ctx.day)
        return list(actors.values()), mentions, scratch

    def _seats(self, actors: dict[str, Actor], day: date | None) -> None:
        """A seat named as a body (the Kremlin) names its state too: the state is listed with
        the seat's forms and mentions."""
        for key, seat in list(actors.items()):
            entry = self.kb.get(key)
            if entry is None or not entry.stands_for or self.kb.get(entry.stands_for) is None:
                continue
            state = self._actor(Found(0, 0, 0, entry.stands_for, "metonym"), day, actors)
            state.mentions.extend(span for span in seat.mentions if span not in state.mentions)
            state.mentions.sort(key=lambda span: span.start)
            state.forms.extend(form for form in seat.forms if form not in state.forms)

    def _actor(self, found: Found, day: date | None, actors: dict[str, Actor]) -> Actor:
        if found.key in actors:
            return actors[found.key]
        if found.key.startswith(UNLINKED):
            actor = Actor(id="unlinked-" + _slug(found.name or found.key[len(UNLINKED):]),
                          name=found.name or found.key[len(UNLINKED):], type=found.type, linked=False)
        else:
            entry = self.kb.get(found.key)
            country, sector, code = entry_code(self.kb, found.key, day)
            actor = Actor(id=entry.id, name=entry.name, type=entry.type, country=country, sector=sector, code=code)
        actors[found.key] = actor
        return actor

    def _mention_code(self, found: Found, actor: Actor | None) -> str | None:
        if actor is None:
            return " ".join(p for p in (found.country, found.sector) if p) or None
        if found.role in ("metonym", "agent") and actor.type == "GPE" and actor.country:
            return f"{actor.country} GOV"
        return actor.code

    def _forms(self, actor: Actor, found: Found, norm_text: NormText, surface: str) -> None:
        """The span as written, with its proclitics, and with the article a contraction hides."""
        original = norm_text.original
        forms = [surface]
        if found.outer < found.start:
            outer_start, end = norm_text.span(found.outer, found.end)
            forms.append(original[outer_start:end])
        if found.hidden and found.lang:
            article = self.kb.rules.get(found.lang).article
            rest_start, end = norm_text.span(found.start + found.hidden, found.end)
            forms.append(article + original[rest_start:end])
        for form in forms:
            form = " ".join(form.split())
            if form and form not in actor.forms:
                actor.forms.append(form)


class ActorComponent(Component):
    """People, organisations and states named in the text, linked to the knowledge base."""

    name = "actors"
    reads = ("text", "segments")
    writes = ("actors", "mentions")

    def __init__(self, folder: Path | str | None = None, engine: ActorEngine | None = None):
        self.engine = engine or load_engine(folder)
        self.output = ActorOutput(self.engine.kb)

    @classmethod
    def from_config(cls, config: Config) -> ActorComponent:
        return cls()

    def __call__(self, doc: Doc) -> None:
        document = doc.document
        address = document.url or (document.id if "://" in (document.id or "") else None)
        ctx = self.engine.analyse(doc.norm, document.published, doc.result.segments, address)
        actors, mentions, scratch = self.output(ctx, doc.norm)
        doc.result.actors = actors
        doc.result.mentions = mentions
        doc.scratch["actors"] = scratch
        doc.scratch["actor_places"] = [(*doc.norm.span(s, e), key) for s, e, key in ctx.places]

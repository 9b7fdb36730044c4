"""The ``events`` pipeline component: runs an :class:`~marsad.events.coder.EventCoder`."""

from __future__ import annotations

from marsad.events.coder import EventCoder, RuleCoder
from marsad.pipeline import Component, Config, Doc


class EventComponent(Component):
    """Who did what to whom, when and where: PLOVER events with CAMEO codes and explanations."""

    name = "events"
    reads = ("text", "segments", "actors", "mentions", "times", "places", "quotes")
    writes = ("events",)

    def __init__(self, coder: EventCoder | None = None, languages: tuple[str, ...] = ("ar", "en")):
        self.coder = coder or RuleCoder(languages)

    @classmethod
    def from_config(cls, config: Config) -> EventComponent:
        return cls(languages=config.languages)

    def __call__(self, doc: Doc) -> None:
        doc.result.events = self.coder.code(doc)

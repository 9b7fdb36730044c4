"""Acceptance on the reference article (read at run time from ../shared): the issue's list.

The pipeline is built with every stage that exists (segmenter, language, actors, times, places,
quotes) and the event component; a stage that cannot be built leaves its layers empty.
"""

from __future__ import annotations

import importlib
from datetime import date

import pytest

from marsad.events import EventComponent
from marsad.model import Document
from marsad.pipeline import Component, Config, Pipeline

STAGES = [("marsad.actors.component", "ActorComponent"), ("marsad.times.component", "TimeComponent"),
          ("marsad.places.component", "PlaceComponent"), ("marsad.quotes.component", "QuoteComponent")]


class _Empty(Component):
    """Stands in for a stage that cannot be built yet: its layers stay empty."""

    def __init__(self, name: str, writes: tuple[str, ...]):
        self.name, self.writes = f"{name}-missing", writes

    def __call__(self, doc) -> None:
        pass


LAYERS = {"ActorComponent": ("actors", "mentions"), "TimeComponent": ("times",),
          "PlaceComponent": ("places",), "QuoteComponent": ("quotes",)}
MISSING: list[str] = []


@pytest.fixture(scope="module")
def seed_events(seed_text):
    components: list[Component] = [*Pipeline.default().components]
    for module, name in STAGES:
        try:
            components.append(getattr(importlib.import_module(module), name).from_config(Config()))
        except Exception:  # noqa: BLE001 - a stage still being written: its layers stay empty
            MISSING.append(name)
            components.append(_Empty(name, LAYERS[name]))
    components.append(EventComponent.from_config(Config()))
    result = Pipeline(components).process(Document(id="seed", text=seed_text, published=date(2023, 9, 16)))
    return [e for e in result.events if not (e.modality.get("negated") or e.modality.get("hypothetical"))], result


def _countries(refs):
    return {r.country for r in refs if r.country}


def _find(events, kind, **checks):
    return [e for e in events if e.type == kind and all(check(e) for check in checks.values())]


def test_accusation_of_violating_sanctions(seed_events):
    events, _ = seed_events
    found = _find(events, "DISAPPROVE", src=lambda e: _countries(e.source) == {"KOR", "USA"},
                  tgt=lambda e: "PRK" in _countries(e.target), day=lambda e: e.date == "2023-09-15")
    assert found, [(e.type, e.trigger, _countries(e.source), _countries(e.target), e.date) for e in events]


def test_warning_of_a_price(seed_events):
    events, _ = seed_events
    assert _find(events, "THREATEN", src=lambda e: _countries(e.source) == {"KOR", "USA"},
                 day=lambda e: e.date == "2023-09-15")


def test_washington_accuses_north_korea(seed_events):
    events, _ = seed_events
    assert _find(events, "DISAPPROVE", src=lambda e: _countries(e.source) == {"USA"},
                 tgt=lambda e: _countries(e.target) == {"PRK"})


def test_consultations_and_their_dates(seed_events):
    events, _ = seed_events
    days = {e.date for e in events if e.type == "CONSULT"}
    assert {"2023-09-16", "2023-09-15", "2023-09-13"} <= days
    host = _find(events, "CONSULT", mode=lambda e: e.mode == "host")
    assert host and host[0].date == "2023-09-16"


def test_host_event_near_vladivostok(seed_events):
    events, _ = seed_events
    if "PlaceComponent" in MISSING:
        pytest.skip("the place stage cannot be built in this tree")
    host = _find(events, "CONSULT", mode=lambda e: e.mode == "host")
    assert host and "Vladivostok" in (host[0].place or "")


def test_readiness_and_praise(seed_events):
    events, _ = seed_events
    assert _find(events, "AGREE", trig=lambda e: "استعداد" in e.trigger)
    assert _find(events, "SUPPORT", trig=lambda e: "أشاد" in e.trigger)


def test_no_agreement_from_the_negated_plan(seed_events):
    events, result = seed_events
    assert not [e for e in events if e.type == "AGREE" and "توقيع" in e.trigger]
    negated = [e for e in result.events if e.modality.get("negated") and "توقيع" in e.trigger]
    assert negated and negated[0].type == "AGREE"


def test_explanations(seed_events):
    events, _ = seed_events
    assert all(e.explanation and e.explanation[0].startswith("trigger ") for e in events)
    assert all(seed_events[1].text[e.start:e.end] == e.trigger for e in events)


def test_person_level_dyads(seed_events):
    """Shoigu (RUS GOV) receives Kim (PRK GOV); Kim meets Putin; Putin praises; Kim's readiness."""
    events, _ = seed_events
    assert _find(events, "CONSULT", mode=lambda e: e.mode == "host",
                 src=lambda e: _countries(e.source) == {"RUS"}, tgt=lambda e: _countries(e.target) == {"PRK"})
    assert _find(events, "CONSULT", day=lambda e: e.date == "2023-09-13", src=lambda e: _countries(e.source) == {"PRK"})
    assert _find(events, "SUPPORT", src=lambda e: _countries(e.source) == {"RUS"}, tgt=lambda e: "PRK" in _countries(e.target))
    assert _find(events, "AGREE", trig=lambda e: "استعداد" in e.trigger, src=lambda e: _countries(e.source) == {"PRK"})

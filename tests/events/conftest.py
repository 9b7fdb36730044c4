"""Helpers for event-coder tests: documents with hand-made actor mentions, times and places.

The coder is tested on its own: the layers it reads are written here by hand (our own example
sentences), so that these tests do not depend on how the actor, time or place stages evolve.
"""

from __future__ import annotations

from datetime import date

import pytest

from marsad.events import RuleCoder
from marsad.model import Document, Mention, TimeExpression
from marsad.pipeline import Doc
from marsad.text.components import LanguageTagger, SegmentComponent


def _find(text: str, surface: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return start, start + len(surface)


def make_doc(text: str, mentions=(), times=(), places=(), published: str | None = "2024-03-10") -> Doc:
    """A segmented document with mentions (surface, code, role[, nth]), times (surface, timex) and
    places (surface, name, alpha-2 country)."""
    doc = Doc.start(Document(id="t", text=text, published=date.fromisoformat(published) if published else None))
    SegmentComponent()(doc)
    LanguageTagger()(doc)
    found = []
    for item in mentions:
        surface, code, role, *nth = item
        start, end = _find(text, surface, nth[0] if nth else 0)
        found.append(Mention(start=start, end=end, text=surface, role=role, code=code))
    doc.result.mentions = found
    doc.result.times = []
    for surface, timex in times:
        start, end = _find(text, surface)
        doc.result.times.append(TimeExpression(start=start, end=end, text=surface, type="date", timex=timex,
                                               values=[timex]))
    doc.scratch["places"] = []
    for surface, name, country in places:
        start, end = _find(text, surface)
        doc.scratch["places"].append({"start": start, "end": end, "text": surface, "name": name,
                                      "country": country, "role": "place"})
    return doc


@pytest.fixture(scope="session")
def coder() -> RuleCoder:
    return RuleCoder(("ar", "en"))


def counted(events):
    """Events that count (not negated, not hypothetical)."""
    return [e for e in events if not (e.modality.get("negated") or e.modality.get("hypothetical"))]


def countries(refs) -> set[str]:
    return {r.country for r in refs if r.country}

"""Fixtures of the quote-stage tests: a small fake actor stage and a pipeline builder.

The fake actor stage links a few names that our own example sentences use (facts: people and
bodies with their canonical English names), so the quote stage can be tested on its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from marsad.model import Actor, Document, Mention, Result
from marsad.pipeline import Component, Config, Doc, Pipeline
from marsad.quotes.component import QuoteComponent

#: surface form → (actor id, canonical name, type, role)
NAMES: dict[str, tuple[str, str, str, str]] = {
    "فلاديمير بوتين": ("putin", "Vladimir Putin", "PERSON", "name"),
    "بوتين": ("putin", "Vladimir Putin", "PERSON", "alias"),
    "كيم جونغ أون": ("kim", "Kim Jong Un", "PERSON", "name"),
    "كيم": ("kim", "Kim Jong Un", "PERSON", "alias"),
    "سيرغي شويغو": ("shoigu", "Sergei Shoigu", "PERSON", "name"),
    "شويغو": ("shoigu", "Sergei Shoigu", "PERSON", "alias"),
    "دميتري بيسكوف": ("peskov", "Dmitry Peskov", "PERSON", "name"),
    "سيرغي لافروف": ("lavrov", "Sergei Lavrov", "PERSON", "name"),
    "لافروف": ("lavrov", "Sergei Lavrov", "PERSON", "alias"),
    "وزارة الدفاع الروسية": ("mod", "Russian Ministry of Defence", "ORG", "name"),
    "وزارة الخارجية الروسية": ("mfa", "Russian Ministry of Foreign Affairs", "ORG", "name"),
    "الوكالة الكورية الشمالية للأنباء": ("kcna", "Korean Central News Agency", "MEDIA", "name"),
    "وكالة الأنباء الفرنسية": ("afp", "Agence France-Presse", "MEDIA", "name"),
    "الكرملين": ("russia", "Russia", "GPE", "metonym"),
    "روسيا": ("russia", "Russia", "GPE", "name"),
    "موسكو": ("russia", "Russia", "GPE", "metonym"),
    "واشنطن": ("usa", "United States", "GPE", "metonym"),
    "الولايات المتحدة": ("usa", "United States", "GPE", "name"),
    "كوريا الجنوبية": ("kor", "South Korea", "GPE", "name"),
    "كوريا الشمالية": ("prk", "North Korea", "GPE", "name"),
    "أنقرة": ("tur", "Turkey", "GPE", "metonym"),
    "الرئيس الروسي": ("", "", "", "title"),
    "وزير الخارجية الروسي": ("", "", "", "title"),
    "المتحدث باسم الكرملين": ("", "", "", "title"),
    "المسؤول": ("", "", "", "agent"),
    "المتظاهرون": ("", "", "", "agent"),
    "للصحفيين": ("", "", "", "agent"),
    "Vladimir Putin": ("putin", "Vladimir Putin", "PERSON", "name"),
    "Putin": ("putin", "Vladimir Putin", "PERSON", "alias"),
    "Sergei Lavrov": ("lavrov", "Sergei Lavrov", "PERSON", "name"),
    "Lavrov": ("lavrov", "Sergei Lavrov", "PERSON", "alias"),
    "Reuters": ("reuters", "Reuters", "MEDIA", "name"),
    "Human Rights Watch": ("hrw", "Human Rights Watch", "NGO", "name"),
    "Russian President": ("", "", "", "title"),
    "RT": ("rt", "RT", "MEDIA", "name"),
}
_PATTERN = re.compile(
    r"(?<!\w)(?:[وفلب]|لل)?(" + "|".join(sorted((re.escape(n) for n in NAMES), key=len, reverse=True)) + r")(?!\w)"
)


class FakeActors(Component):
    """Test double of the actor stage: mentions for the names above, longest first."""

    name = "actors"
    reads = ("text", "segments")
    writes = ("actors", "mentions")

    def __call__(self, doc: Doc) -> None:
        actors: dict[str, Actor] = {}
        mentions = []
        for match in _PATTERN.finditer(doc.text):
            surface = match.group(1)
            key, name, kind, role = NAMES[surface]
            start = match.start(1) if role != "agent" else match.start()
            if key and key not in actors:
                actors[key] = Actor(id=key, name=name, type=kind)
            mentions.append(Mention(start=start, end=match.end(1), text=doc.text[start : match.end(1)],
                                    actor=key or None, role=role))
        doc.result.actors = list(actors.values())
        doc.result.mentions = mentions


@pytest.fixture(scope="session")
def quote_pipeline() -> Pipeline:
    """Segmenter + language tagger + fake actors + quotes."""
    return Pipeline([*Pipeline.default().components, FakeActors(), QuoteComponent.from_config(Config())])


@pytest.fixture(scope="session")
def quotes_of(quote_pipeline: Pipeline) -> Callable[[str], Result]:
    def run(text: str) -> Result:
        return quote_pipeline.process(Document(id="t", text=text))

    return run

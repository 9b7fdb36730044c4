"""The document model: what goes into the pipeline and what comes out.

Every extracted item carries ``start``/``end`` character offsets into
``Document.text`` (Python string indices, end exclusive), so that
``text[item.start:item.end]`` is the exact supporting span.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

#: Version of the output schema; bump the minor on additions, the major on breaking changes.
SCHEMA_VERSION = "1.0"


class _Model(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)


class Span(_Model):
    """A stretch of the document text."""

    start: int = Field(ge=0, description="offset of the first character")
    end: int = Field(ge=0, description="offset one past the last character")
    text: str | None = Field(None, description="document.text[start:end]")


class Document(_Model):
    """One article as ingested."""

    id: str
    text: str
    url: str | None = None
    source: str | None = None
    title: str | None = None
    published: date | None = Field(None, description="publication date; null when unknown")
    reference: datetime | None = Field(None, description="anchor for relative dates, if finer than published")
    published_from: str | None = Field(None, description="where the publication date came from")
    language: str | None = None
    origin: str | None = Field(None, description="the input (file, archive member, line) it was read from")
    meta: dict[str, Any] = Field(default_factory=dict)

    def anchor(self) -> datetime | None:
        """The datetime relative expressions are resolved against."""
        if self.reference is not None:
            return self.reference
        if self.published is not None:
            return datetime(self.published.year, self.published.month, self.published.day)
        return None


SegmentKind = Literal["paragraph", "sentence", "post"]


class Segment(Span):
    """A paragraph, a sentence, or an embedded social-media post."""

    kind: SegmentKind
    lang: str | None = None
    parent: int | None = Field(None, description="index of the enclosing paragraph/post in segments")
    author: str | None = None
    handle: str | None = None
    date: str | None = None


class Mention(Span):
    """A stretch of text that names an actor."""

    actor: str | None = Field(None, description="id of the linked actor")
    role: str | None = Field(None, description="how it names the actor: name, alias, metonym, title, pronoun")


class Actor(_Model):
    """A distinct person, organisation or state named in the document."""

    id: str
    name: str = Field(description="canonical English name")
    type: str | None = Field(None, description="PERSON, GPE, ORG, MEDIA, ...")
    country: str | None = Field(None, description="CAMEO/ISO alpha-3 country or international code")
    sector: str | None = None
    code: str | None = Field(None, description="CAMEO-style code valid on the document date, e.g. RUS GOV")
    forms: list[str] = Field(default_factory=list, description="every surface form naming it")
    mentions: list[Span] = Field(default_factory=list)
    linked: bool = Field(True, description="false for names not found in the knowledge base")


class TimeExpression(Span):
    type: str = Field(description="date, daterange, datetime, time, duration, set")
    timex: str | None = Field(None, description="TIMEX3-style value")
    values: list[str] = Field(default_factory=list)
    resolved: bool = True


class Place(Span):
    name: str | None = None
    country: str | None = Field(None, description="ISO 3166 alpha-2")
    lat: float | None = None
    lon: float | None = None
    feature: str | None = None
    geonames_id: int | None = None


class Quote(Span):
    speaker: str | None = None
    direct: bool = True
    cue: Span | None = None
    addressee: str | None = None
    via: str | None = None


class ActorRef(_Model):
    text: str | None = None
    country: str | None = None
    sector: str | None = None
    name: str | None = None
    start: int | None = None
    end: int | None = None


class Event(_Model):
    type: str
    mode: str | None = None
    context: str | None = None
    cameo: str | None = None
    source: list[ActorRef] = Field(default_factory=list)
    target: list[ActorRef] = Field(default_factory=list)
    trigger: str | None = None
    date: str | None = None
    place: str | None = None
    start: int = Field(ge=0, description="trigger start")
    end: int = Field(ge=0, description="trigger end")
    evidence: list[Span] = Field(default_factory=list)
    modality: dict[str, bool] = Field(default_factory=dict)
    confidence: float | None = None


LAYERS = ("segments", "actors", "mentions", "times", "places", "quotes", "events")


class Result(_Model):
    """What the pipeline makes of one document: the output contract."""

    schema_version: str = SCHEMA_VERSION
    id: str
    url: str | None = None
    source: str | None = None
    title: str | None = None
    published: date | None = None
    lang: str | None = None
    text: str
    segments: list[Segment] = Field(default_factory=list)
    actors: list[Actor] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    times: list[TimeExpression] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)

    def to_output(self, include_text: bool = True) -> dict[str, Any]:
        """The JSON-ready dict written by ``marsad extract``."""
        data = self.model_dump(mode="json", exclude_none=False)
        if not include_text:
            data.pop("text")
        return data


def output_schema() -> dict[str, Any]:
    """JSON Schema of one output record."""
    schema = Result.model_json_schema()
    schema["$id"] = f"https://marsad.dev/schema/{SCHEMA_VERSION}/document.json"
    schema["title"] = "marsad document output"
    return schema

"""Validated shapes of the actor knowledge base files (see resources/actors/FORMAT.md)."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
COUNTRY_RE = re.compile(r"^[A-Z]{3}$")
SECTOR_RE = re.compile(r"^[A-Z]{3}[A-Za-z]{0,3}$")
LANG_RE = re.compile(r"^[a-z]{2,3}$")
ENTRY_TYPES = ("GPE", "PERSON", "ORG", "IGO", "MEDIA", "ARMED_GROUP")


def parse_bound(value: Any, end: bool = False) -> date | None:
    """A role bound: ISO date, ``YYYY-MM`` or ``YYYY`` (start or end of the period when ``end``)."""
    if value is None or isinstance(value, date):
        return value
    text = str(value).strip()
    parts = text.split("-")
    if not all(p.isdigit() for p in parts) or not 1 <= len(parts) <= 3 or len(parts[0]) != 4:
        raise ValueError(f"malformed date {text!r} (want YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month = int(parts[0]), int(parts[1]) if len(parts) > 1 else (12 if end else 1)
    if len(parts) == 3:
        return date(year, month, int(parts[2]))
    if not end:
        return date(year, month, 1)
    following = date(year + (month == 12), month % 12 + 1, 1)
    return date.fromordinal(following.toordinal() - 1)


def _check_code(value: str | None, pattern: re.Pattern[str], what: str) -> str | None:
    if value is not None and not pattern.match(value):
        raise ValueError(f"malformed {what} {value!r}")
    return value


class _Strict(BaseModel):
    model_config = ConfigDict(extra="allow", frozen=False)

    def forms(self) -> dict[str, list[str]]:
        """Language code → forms, for every ``xx: [..]`` field (ar, en, fr, ...)."""
        out: dict[str, list[str]] = {}
        for key, value in (self.model_extra or {}).items():
            if LANG_RE.match(key) and isinstance(value, list):
                out[key] = [str(v) for v in value if str(v).strip()]
        return out


class Role(BaseModel):
    """A date-bounded office held by a person."""

    model_config = ConfigDict(extra="allow", populate_by_name=True)

    title: str
    country: str | None = None
    sector: str | None = None
    of: str | None = Field(None, description="id of the organisation the office belongs to (optional)")
    start: date | None = Field(None, alias="from")
    end: date | None = Field(None, alias="to")

    @field_validator("start", mode="before")
    @classmethod
    def _start(cls, value: Any) -> date | None:
        return parse_bound(value)

    @field_validator("end", mode="before")
    @classmethod
    def _end(cls, value: Any) -> date | None:
        return parse_bound(value, end=True)

    @field_validator("country")
    @classmethod
    def _country(cls, value: str | None) -> str | None:
        return _check_code(value, COUNTRY_RE, "country code")

    @field_validator("sector")
    @classmethod
    def _sector(cls, value: str | None) -> str | None:
        return _check_code(value, SECTOR_RE, "sector code")

    @model_validator(mode="after")
    def _ordered(self) -> Role:
        if self.start and self.end and self.end < self.start:
            raise ValueError(f"role {self.title}: 'to' {self.end} before 'from' {self.start}")
        return self

    def covers(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


class Entry(_Strict):
    """A state, person, organisation, armed group or media outlet."""

    id: str
    name: str
    type: str
    country: str | None = None
    sector: str | None = None
    wikidata: str | None = None
    parent: str | None = None
    metonyms: dict[str, list[str]] = Field(default_factory=dict)
    adjectives: dict[str, list[str]] = Field(default_factory=dict)
    roles: list[Role] = Field(default_factory=list)
    domains: list[str] = Field(default_factory=list)  # MEDIA: web domains of the outlet
    stands_for: str | None = None  # a seat named as a body (the Kremlin): the state it also names
    paired: dict[str, list[str]] = Field(default_factory=dict)  # forms valid next to a partner (`with`)
    main_state: dict[str, list[str]] = Field(default_factory=dict)  # forms valid about its country

    @field_validator("id")
    @classmethod
    def _id(cls, value: str) -> str:
        if not ID_RE.match(value):
            raise ValueError(f"malformed id {value!r} (want [a-z0-9-]+)")
        return value

    @field_validator("type")
    @classmethod
    def _type(cls, value: str) -> str:
        if value not in ENTRY_TYPES:
            raise ValueError(f"unknown type {value!r} (want one of {', '.join(ENTRY_TYPES)})")
        return value

    @field_validator("country")
    @classmethod
    def _country(cls, value: str | None) -> str | None:
        return _check_code(value, COUNTRY_RE, "country code")

    @field_validator("sector")
    @classmethod
    def _sector(cls, value: str | None) -> str | None:
        return _check_code(value, SECTOR_RE, "sector code")

    @field_validator("metonyms", "adjectives", mode="before")
    @classmethod
    def _by_language(cls, value: Any) -> Any:
        if value is None:
            return {}
        if isinstance(value, list):  # a bare list is taken as language-neutral
            raise ValueError("metonyms/adjectives must be keyed by language: {ar: [...], en: [...]}")  # noqa: TRY004
        return {lang: [str(v) for v in (forms or [])] for lang, forms in value.items()}

    def role_on(self, day: date | None) -> Role | None:
        """The role in force on ``day``; with no date, the latest role."""
        if not self.roles:
            return None
        if day is None:
            return max(self.roles, key=lambda r: (r.start or date.min, r.end or date.max))
        current = [r for r in self.roles if r.covers(day)]
        return max(current, key=lambda r: r.start or date.min) if current else None


class Title(_Strict):
    """An office title (titles.yaml)."""

    id: str
    sector: str | None = None
    covers: list[str] = Field(default_factory=list)
    many: bool = False
    plural: bool = False  # the plural (وزراء الخارجية): a group of holders, never one person

    @field_validator("sector")
    @classmethod
    def _sector(cls, value: str | None) -> str | None:
        return _check_code(value, SECTOR_RE, "sector code")


class Agent(_Strict):
    """A generic agent (agents.yaml)."""

    id: str
    sector: str
    state: bool = False
    country: str | None = None  # the state such a group always belongs to (settlers in Arabic news)

    @field_validator("sector")
    @classmethod
    def _sector(cls, value: str) -> str:
        return _check_code(value, SECTOR_RE, "sector code") or value

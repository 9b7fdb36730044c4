"""SQL for the query commands, built from filters with bound parameters (never string-pasted values)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Query:
    """A SELECT with WHERE clauses and their parameters."""

    select: str
    where: list[str] = field(default_factory=list)
    params: list = field(default_factory=list)
    group: str = ""
    order: str = ""
    limit: int | None = None

    def add(self, clause: str, *params) -> Query:
        self.where.append(clause)
        self.params.extend(params)
        return self

    def sql(self) -> str:
        text = self.select
        if self.where:
            text += " WHERE " + " AND ".join(self.where)
        if self.group:
            text += f" GROUP BY {self.group}"
        if self.order:
            text += f" ORDER BY {self.order}"
        if self.limit is not None:
            text += f" LIMIT {int(self.limit)}"
        return text


@dataclass
class EventFilter:
    """Filters of ``marsad events`` and ``marsad timeline``."""

    type: str | None = None
    since: str | None = None
    until: str | None = None
    actor: str | None = None
    country: str | None = None
    place: str | None = None
    source: str | None = None
    text: str | None = None
    include_negated: bool = False


def _like(value: str) -> str:
    return f"%{value}%"


def event_query(flt: EventFilter, limit: int | None = 100) -> Query:
    """Events joined with their document, filtered."""
    query = Query(
        "SELECT e.date, e.type, e.cameo, e.source_countries AS src, e.target_countries AS tgt, "
        "json_extract_string(e.source, '$[0].name') AS source_actor, "
        "json_extract_string(e.target, '$[0].name') AS target_actor, e.trigger, e.place, e.doc_id, "
        "d.source AS outlet FROM events e JOIN documents d ON d.id = e.doc_id",
        order="e.date, e.doc_id, e.idx",
        limit=limit,
    )
    _apply(query, flt)
    return query


def _apply(query: Query, flt: EventFilter) -> None:
    if not flt.include_negated:
        query.add("NOT coalesce(e.negated, false)")
    if flt.type:
        query.add("e.type = ?", flt.type.upper())
    if flt.since:
        query.add("e.date >= ?", flt.since)
    if flt.until:
        query.add("e.date <= ?", flt.until)
    if flt.country:
        code = flt.country.upper()
        query.add("(e.source_countries LIKE ? OR e.target_countries LIKE ?)", _like(code), _like(code))
    if flt.actor:
        query.add("(CAST(e.source AS VARCHAR) ILIKE ? OR CAST(e.target AS VARCHAR) ILIKE ?)",
                  _like(flt.actor), _like(flt.actor))
    if flt.place:
        query.add("e.place ILIKE ?", _like(flt.place))
    if flt.source:
        query.add("d.source ILIKE ?", _like(flt.source))
    if flt.text:
        query.add("(e.trigger ILIKE ? OR d.title ILIKE ?)", _like(flt.text), _like(flt.text))


def cluster_query(flt: EventFilter, limit: int | None = 100) -> Query:
    """Distinct happenings (events grouped across articles, syndicated copies left out)."""
    query = Query(
        "SELECT c.date, c.type, c.source_countries AS src, c.target_countries AS tgt, c.place, c.reports, "
        "c.documents, c.trigger FROM event_clusters c",
        order="c.date, c.type", limit=limit,
    )
    renamed = EventFilter(type=flt.type, since=flt.since, until=flt.until, country=flt.country, place=flt.place)
    inner = Query("")
    _apply(inner, renamed)
    for clause in inner.where[1:]:  # negated events are already out of the view
        query.where.append(clause.replace("e.", "c."))
    query.params.extend(inner.params)
    return query


def actor_query(name: str | None, limit: int = 100) -> Query:
    """Actors across documents with the number of documents naming them."""
    query = Query(
        "SELECT a.name, a.type, a.code, count(DISTINCT a.doc_id) AS documents FROM actors a",
        group="a.name, a.type, a.code", order="documents DESC, a.name", limit=limit,
    )
    if name:
        query.add("(a.name ILIKE ? OR CAST(a.forms AS VARCHAR) ILIKE ?)", _like(name), _like(name))
    return query


def quote_query(speaker: str | None, text: str | None, limit: int = 100) -> Query:
    """Quotes with their speaker and document date."""
    query = Query(
        "SELECT d.published, q.speaker, q.direct, q.text, q.doc_id FROM quotes q JOIN documents d ON d.id = q.doc_id",
        order="d.published, q.doc_id, q.start", limit=limit,
    )
    if speaker:
        query.add("q.speaker ILIKE ?", _like(speaker))
    if text:
        query.add("q.text ILIKE ?", _like(text))
    return query


def timeline_query(flt: EventFilter) -> Query:
    """Events per day and type for the filtered events (one actor, usually)."""
    query = Query("SELECT e.date, e.type, count(*) AS n FROM events e JOIN documents d ON d.id = e.doc_id",
                  group="e.date, e.type", order="e.date, e.type")
    _apply(query, flt)
    return query.add("e.date IS NOT NULL")

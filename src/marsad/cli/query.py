"""Query commands over the store: events, actors, quotes, timeline."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.table import Table

from marsad.cli.common import console, parse_date
from marsad.cli.store import DB, QueryFormat, open_store, print_rows
from marsad.export.plover import plover_types
from marsad.store.queries import (
    EventFilter, actor_query, cluster_query, event_query, quote_query, timeline_query,
)

QUAD_STYLE = {1: "green", 2: "bright_green", 3: "yellow", 4: "red"}
Opt = Optional[str]


def register(app: typer.Typer) -> None:
    from marsad.cli.actors import check, lookup

    app.command()(events)
    app.command("quotes")(quotes)
    app.command()(timeline)
    actors_app.command("lookup")(lookup)
    actors_app.command("check")(check)
    app.add_typer(actors_app, name="actors")


actors_app = typer.Typer(help="Actors: list those in the store, look up the knowledge base, check it.",
                         invoke_without_command=True)


def events(
    db: Annotated[Path, DB] = Path("marsad.duckdb"),
    type_: Annotated[Opt, typer.Option("--type", help="PLOVER event type, e.g. ASSAULT.")] = None,
    since: Annotated[Opt, typer.Option(help="Earliest event date YYYY-MM-DD.")] = None,
    until: Annotated[Opt, typer.Option(help="Latest event date YYYY-MM-DD.")] = None,
    actor: Annotated[Opt, typer.Option(help="Actor name or surface form on either side.")] = None,
    country: Annotated[Opt, typer.Option(help="Country code on either side, e.g. RUS.")] = None,
    place: Annotated[Opt, typer.Option(help="Place name.")] = None,
    source: Annotated[Opt, typer.Option(help="Outlet that published the article.")] = None,
    text: Annotated[Opt, typer.Option(help="Substring of the trigger or the headline.")] = None,
    unique: Annotated[bool, typer.Option(help="One row per happening: events grouped across articles.")] = False,
    negated: Annotated[bool, typer.Option(help="Include negated events (excluded by default).")] = False,
    limit: Annotated[int, typer.Option(help="At most this many rows.")] = 100,
    fmt: Annotated[QueryFormat, typer.Option("--format", "-f")] = QueryFormat.table,
) -> None:
    """List coded events with filters (or distinct happenings with --unique)."""
    flt = EventFilter(type=type_, since=_date(since), until=_date(until), actor=actor, country=country,
                      place=place, source=source, text=text, include_negated=negated)
    query = cluster_query(flt, limit) if unique else event_query(flt, limit)
    with open_store(db) as store:
        columns, rows = store.query(query.sql(), query.params)
    print_rows(columns, rows, fmt, title="happenings" if unique else "events", path=_parquet_target(fmt, "events"))


def _date(value: str | None) -> str | None:
    parsed = parse_date(value)
    return parsed.isoformat() if parsed else None


def _parquet_target(fmt: QueryFormat, name: str) -> Path | None:
    return Path(f"{name}.parquet") if fmt is QueryFormat.parquet else None


@actors_app.callback()
def actors(
    ctx: typer.Context,
    db: Annotated[Path, DB] = Path("marsad.duckdb"),
    name: Annotated[Opt, typer.Option(help="Part of a name or surface form.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many rows.")] = 50,
    fmt: Annotated[QueryFormat, typer.Option("--format", "-f")] = QueryFormat.table,
) -> None:
    """Actors in the store, most widely reported first (subcommands: lookup, check)."""
    if ctx.invoked_subcommand is not None:
        return
    query = actor_query(name, limit)
    with open_store(db) as store:
        columns, rows = store.query(query.sql(), query.params)
    print_rows(columns, rows, fmt, title="actors", path=_parquet_target(fmt, "actors"))


def quotes(
    db: Annotated[Path, DB] = Path("marsad.duckdb"),
    speaker: Annotated[Opt, typer.Option(help="Speaker name.")] = None,
    text: Annotated[Opt, typer.Option(help="Words in the quote.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many rows.")] = 50,
    fmt: Annotated[QueryFormat, typer.Option("--format", "-f")] = QueryFormat.table,
) -> None:
    """Who said what: quotes with their speaker and date."""
    query = quote_query(speaker, text, limit)
    with open_store(db) as store:
        columns, rows = store.query(query.sql(), query.params)
    print_rows(columns, rows, fmt, title="quotes", path=_parquet_target(fmt, "quotes"))


def timeline(
    actor: Annotated[str, typer.Argument(help="Actor name or surface form, e.g. Putin or بوتين.")],
    db: Annotated[Path, DB] = Path("marsad.duckdb"),
    since: Annotated[Opt, typer.Option(help="Earliest date YYYY-MM-DD.")] = None,
    until: Annotated[Opt, typer.Option(help="Latest date YYYY-MM-DD.")] = None,
) -> None:
    """A day-by-day chart of the events an actor took part in, coloured by quad class."""
    query = timeline_query(EventFilter(actor=actor, since=_date(since), until=_date(until)))
    with open_store(db) as store:
        _, rows = store.query(query.sql(), query.params)
    if not rows:
        console.print(f"No dated events involve {actor!r}.")
        raise typer.Exit(0)
    console.print(_timeline_table(actor, rows))


def _timeline_table(actor: str, rows: list[tuple]) -> Table:
    per_day: dict[str, dict[str, int]] = defaultdict(dict)
    for day, kind, count in rows:
        per_day[day][kind] = count
    widest = max(sum(kinds.values()) for kinds in per_day.values())
    scale = max(1, widest // 40 + (widest % 40 > 0))
    table = Table(title=f"Timeline of {actor} (one block = {scale} event(s))", show_header=True)
    table.add_column("date", no_wrap=True)
    table.add_column("events", no_wrap=True)
    table.add_column("types")
    quads = {name: spec["quad"] for name, spec in plover_types().items()}
    for day in sorted(per_day):
        kinds = per_day[day]
        bar = "".join(
            f"[{QUAD_STYLE.get(quads.get(kind), 'white')}]{'█' * max(1, count // scale)}[/]"
            for kind, count in sorted(kinds.items(), key=lambda item: quads.get(item[0], 9))
        )
        table.add_row(day, bar, ", ".join(f"{kind} {count}" for kind, count in sorted(kinds.items())))
    return table

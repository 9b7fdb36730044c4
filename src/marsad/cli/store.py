"""Store commands: ingest, events, db stats, export."""

from __future__ import annotations

import csv
import json
import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.table import Table

from marsad.cli.common import console, err_console, parse_date, progress, report_failures
from marsad.errors import Failure
from marsad.store import Store, StoreError

DB = typer.Option("--db", help="DuckDB database file.")
db_app = typer.Typer(help="Inspect the database.", no_args_is_help=True)


class QueryFormat(str, Enum):
    table = "table"
    csv = "csv"
    jsonl = "jsonl"


class ExportFormat(str, Enum):
    parquet = "parquet"
    csv = "csv"
    jsonl = "jsonl"


def register(app: typer.Typer) -> None:
    app.command()(ingest)
    app.command()(events)
    app.command()(export)
    app.add_typer(db_app, name="db")


def _open(db: Path, read_only: bool = False) -> Store:
    try:
        return Store(db, read_only=read_only)
    except StoreError as error:
        err_console.print(f"[red]{error}[/]")
        raise typer.Exit(2) from error


def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, archives, feeds, WARCs; '-' for stdin.")],
    db: Annotated[Path, DB] = Path("marsad.duckdb"),
    published: Annotated[Optional[str], typer.Option(help="Publication date for inputs without one.")] = None,
    workers: Annotated[int, typer.Option(help="Worker processes (default: all cores).")] = 0,
    batch: Annotated[int, typer.Option(help="Documents per transaction.")] = 500,
    count: Annotated[bool, typer.Option(help="Count the inputs first, for an ETA.")] = True,
) -> None:
    """Process articles into the store: parallel, resumable, idempotent (stored content is skipped)."""
    from marsad.ingest import read_inputs
    from marsad.store.ingest import ingest as run_ingest

    date = parse_date(published)
    total = sum(1 for item in read_inputs(paths, published=date) if not isinstance(item, Failure)) if count else None
    workers = workers or os.cpu_count() or 1
    with _open(db) as store, progress(transient=False) as bar:
        task = bar.add_task("ingesting", total=total, rate="")

        def update(stats) -> None:
            elapsed = bar.tasks[0].elapsed or 0.0
            rate = f"{stats.read / elapsed:,.0f} articles/s" if elapsed > 0 else ""
            bar.update(task, completed=stats.read, rate=rate)

        stats = run_ingest(read_inputs(paths, published=date), store, workers=workers, batch_size=batch,
                           on_batch=update)
    verb = "interrupted" if stats.interrupted else "done"
    console.print(
        f"{verb}: {stats.read} document(s) read, {stats.added} new stored in {db}, "
        f"{stats.skipped} already stored, {len(stats.failures)} failed."
    )
    if stats.interrupted:
        console.print("Everything committed so far is kept; run the same command again to resume.")
    report_failures(stats.failures)
    if stats.failures or stats.interrupted:
        raise typer.Exit(1)


def events(
    db: Annotated[Path, DB] = Path("marsad.duckdb"),
    type_: Annotated[Optional[str], typer.Option("--type", help="PLOVER event type, e.g. ASSAULT.")] = None,
    since: Annotated[Optional[str], typer.Option(help="Earliest event date YYYY-MM-DD.")] = None,
    until: Annotated[Optional[str], typer.Option(help="Latest event date YYYY-MM-DD.")] = None,
    text: Annotated[Optional[str], typer.Option(help="Substring of the trigger or actors.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many rows.")] = 100,
    fmt: Annotated[QueryFormat, typer.Option("--format", "-f")] = QueryFormat.table,
) -> None:
    """List coded events with filters."""
    where, params = [], []
    if type_:
        where.append("type = ?"), params.append(type_.upper())
    if since:
        where.append("date >= ?"), params.append(str(parse_date(since)))
    if until:
        where.append("date <= ?"), params.append(str(parse_date(until)))
    if text:
        where.append("(trigger ILIKE ? OR CAST(source AS VARCHAR) ILIKE ? OR CAST(target AS VARCHAR) ILIKE ?)")
        params += [f"%{text}%"] * 3
    sql = "SELECT doc_id, date, type, cameo, source, target, trigger, place FROM events"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += f" ORDER BY date, doc_id LIMIT {int(limit)}"
    with _open(db, read_only=True) as store:
        columns, rows = store.query(sql, params)
    _print_rows(columns, rows, fmt, title="events")


def _print_rows(columns: list[str], rows: list[tuple], fmt: QueryFormat, title: str) -> None:
    if fmt is QueryFormat.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows(rows)
    elif fmt is QueryFormat.jsonl:
        for row in rows:
            sys.stdout.write(json.dumps(dict(zip(columns, row)), ensure_ascii=False, default=str) + "\n")
    else:
        table = Table(title=f"{title} ({len(rows)})")
        for column in columns:
            table.add_column(column, overflow="fold")
        for row in rows:
            table.add_row(*("" if v is None else str(v) for v in row))
        console.print(table)


@db_app.command("stats")
def stats(db: Annotated[Path, DB] = Path("marsad.duckdb")) -> None:
    """Row counts of every table and the latest failures."""
    with _open(db, read_only=True) as store:
        counts = store.counts()
        _, failures = store.query("SELECT origin, reason FROM failures ORDER BY failed_at DESC LIMIT 10")
    table = Table(title=f"{db}")
    table.add_column("table")
    table.add_column("rows", justify="right")
    for name, count in counts.items():
        table.add_row(name, f"{count:,}")
    console.print(table)
    for origin, reason in failures:
        console.print(f"  [red]✗[/] {origin}: {reason}", highlight=False)


def export(
    out: Annotated[Path, typer.Argument(help="Folder to write one file per table into.")],
    db: Annotated[Path, DB] = Path("marsad.duckdb"),
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f")] = ExportFormat.parquet,
) -> None:
    """Export every table of the store (Parquet, CSV or JSONL)."""
    out.mkdir(parents=True, exist_ok=True)
    options = {"parquet": "(FORMAT PARQUET)", "csv": "(FORMAT CSV, HEADER)", "jsonl": "(FORMAT JSON)"}[fmt.value]
    with _open(db, read_only=True) as store:
        for name in store.counts():
            target = out / f"{name}.{fmt.value}"
            store.con.execute(f"COPY {name} TO '{target}' {options}")
            console.print(f"wrote {target}")

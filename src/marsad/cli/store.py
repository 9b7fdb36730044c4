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
    parquet = "parquet"


class ExportFormat(str, Enum):
    plover = "plover"
    cameo = "cameo"
    parquet = "parquet"
    csv = "csv"
    jsonl = "jsonl"


def register(app: typer.Typer) -> None:
    app.command()(ingest)
    app.command()(export)
    app.add_typer(db_app, name="db")


def open_store(db: Path, read_only: bool = True) -> Store:
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
    with open_store(db, read_only=False) as store, progress(transient=False) as bar:
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


def print_rows(columns: list[str], rows: list[tuple], fmt: QueryFormat, title: str,
               path: Path | None = None) -> None:
    """Show query results as a table, or write them as CSV/JSONL (stdout) or Parquet (``path``)."""
    if fmt is QueryFormat.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows(rows)
    elif fmt is QueryFormat.jsonl:
        for row in rows:
            sys.stdout.write(json.dumps(dict(zip(columns, row)), ensure_ascii=False, default=str) + "\n")
    elif fmt is QueryFormat.parquet:
        import pyarrow as pa
        import pyarrow.parquet as pq

        target = path or Path(f"{title}.parquet")
        pq.write_table(pa.table({c: [row[i] for row in rows] for i, c in enumerate(columns)}), target)
        console.print(f"wrote {len(rows)} row(s) to {target}")
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
    with open_store(db) as store:
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
    out: Annotated[Path, typer.Argument(help="Folder to write into.")],
    db: Annotated[Path, DB] = Path("marsad.duckdb"),
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f")] = ExportFormat.parquet,
) -> None:
    """Export the store: PLOVER JSON records, a CAMEO/GDELT-style TSV, or every table as Parquet/CSV/JSONL."""
    from marsad.export import export_store

    with open_store(db) as store:
        for path in export_store(store, out, fmt.value):
            console.print(f"wrote {path}")

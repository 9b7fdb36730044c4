"""Core commands: extract, demo, schema, serve; store commands are in cli/store.py."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from marsad.cli import query as query_commands
from marsad.cli import store as store_commands
from marsad.cli.common import (
    build_pipeline, console, err_console, parse_date, report_failures, track_rate,
)
from marsad.cli.render import events_table, print_result, summary_table
from marsad.errors import Failure
from marsad.model import Result, output_schema

LANGUAGES = typer.Option("ar,en", "--languages", help="Comma-separated ISO 639-1 codes to tag segments with.")


class Format(str, Enum):
    json = "json"
    jsonl = "jsonl"
    table = "table"


def register(app: typer.Typer) -> None:
    app.command()(extract)
    app.command()(demo)
    app.command()(schema)
    app.command()(serve)
    store_commands.register(app)
    query_commands.register(app)


def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, archives, feeds or WARCs; '-' reads stdin.")],
    published: Annotated[Optional[str], typer.Option(help="Publication date YYYY-MM-DD for inputs without one.")] = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="json (pretty), jsonl (one line per document) or table.")] = Format.jsonl,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
    no_text: Annotated[bool, typer.Option("--no-text", help="Leave the article text out of JSON output.")] = False,
    explain: Annotated[bool, typer.Option("--explain", help="Show how each event was coded, step by step.")] = False,
    encoding: Annotated[Optional[str], typer.Option(help="Encoding of inputs that are not UTF-8.")] = None,
    max_bytes: Annotated[int, typer.Option(help="Refuse inputs larger than this many bytes.")] = 20_000_000,
    languages: str = LANGUAGES,
) -> None:
    """Run the pipeline over articles and print what was found, with character offsets."""
    from marsad.ingest import read_inputs

    pipeline = build_pipeline(languages)
    items = read_inputs(paths, published=parse_date(published), encoding=encoding, max_bytes=max_bytes)
    failures: list[Failure] = []
    sink = output.open("w", encoding="utf-8") if output else sys.stdout
    try:
        stream = pipeline.pipe(items)
        if output or fmt is Format.table:
            stream = track_rate(stream, "extracting")
        for item in stream:
            if isinstance(item, Failure):
                failures.append(item)
            else:
                _emit(item, fmt, sink, not no_text, explain)
    finally:
        if output:
            sink.close()
    report_failures(failures)
    if failures:
        raise typer.Exit(1)


def _emit(result: Result, fmt: Format, sink, include_text: bool, explain: bool) -> None:
    if fmt is Format.table:
        print_result(console, result, explain=explain)
        return
    data = result.to_output(include_text=include_text)
    if not explain:
        for event in data["events"]:
            event.pop("explanation", None)
    indent = 2 if fmt is Format.json else None
    sink.write(json.dumps(data, ensure_ascii=False, indent=indent) + "\n")


def examples_dir() -> Path:
    """The bundled example articles (in a source checkout: ./examples)."""
    return Path(__file__).resolve().parents[3] / "examples"


def demo(
    db: Annotated[Path, typer.Option(help="Database file to store the examples in.")] = Path("marsad-demo.duckdb"),
    examples: Annotated[Optional[Path], typer.Option(help="Folder of example articles.")] = None,
) -> None:
    """Process the bundled example articles end to end, store them, and summarise what was found."""
    from marsad.ingest import read_inputs
    from marsad.store import Store

    folder = examples or examples_dir()
    if not folder.is_dir():
        err_console.print(f"[red]No examples folder at {folder}[/]; pass --examples DIR")
        raise typer.Exit(2)
    pipeline = build_pipeline("ar,en")
    results: list[Result] = []
    failures: list[Failure] = []
    for item in track_rate(pipeline.pipe(read_inputs([str(folder)])), "processing examples"):
        (failures if isinstance(item, Failure) else results).append(item)
    with Store(db) as store:
        added = store.add((r, r.id) for r in results)
        store.add_failures(failures)
    console.print(summary_table(results, title=f"marsad demo — {len(results)} example articles"))
    console.print(events_table(results))
    console.print(f"Stored {added} new document(s) in [bold]{db}[/] ({len(results) - added} already there).")
    _print_next_steps(folder, db)
    report_failures(failures)


def _print_next_steps(folder: Path, db: Path) -> None:
    sample = next(iter(sorted(folder.glob("*.txt"))), folder)
    console.print("\n[bold]Look further:[/]")
    console.print(f"  marsad extract {sample} --format table   [dim]# segments and layers of one article[/]", soft_wrap=True)
    console.print(f"  marsad extract {sample} --format json    [dim]# the full output record, with offsets[/]", soft_wrap=True)
    console.print(f"  marsad db stats --db {db}                [dim]# what the store holds[/]")
    console.print(f"  marsad events --db {db}                  [dim]# query coded events[/]")
    console.print("  marsad evaluate ../shared/eval/*.jsonl     [dim]# scores against gold records[/]")
    console.print("  marsad --help")


def schema(
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the schema to this file.")] = None,
) -> None:
    """Print the JSON Schema of one output record (see docs/output.md)."""
    text = json.dumps(output_schema(), ensure_ascii=False, indent=2)
    if output:
        output.write_text(text + "\n", encoding="utf-8")
    else:
        console.print_json(text)


def serve(
    db: Annotated[Path, typer.Option(help="Database to serve.")] = Path("marsad.duckdb"),
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
) -> None:
    """Serve the REST API (extraction and store queries) with uvicorn."""
    try:
        import uvicorn

        from marsad.api import create_app
    except ImportError as error:
        err_console.print(f"[red]The API needs the 'serve' extra:[/] pip install 'marsad[serve]' ({error})")
        raise typer.Exit(2) from error
    uvicorn.run(create_app(db), host=host, port=port)

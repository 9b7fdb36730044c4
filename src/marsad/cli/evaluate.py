"""``marsad evaluate``: score the pipeline against gold files (shared/eval/FORMAT.md)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.text import Text

from marsad.evaluate.gold import LAYERS, GoldError, read_gold, select
from marsad.evaluate.report import misses_table, scores_json, scores_table
from marsad.evaluate.runner import FileResult, check_layers, evaluate_gold

MAX_WARNINGS = 20


def register(app: typer.Typer) -> None:
    """Add the ``evaluate`` command to ``app``."""
    app.command("evaluate", no_args_is_help=True)(evaluate)


def evaluate(
    gold: Annotated[list[Path], typer.Argument(
        help="Gold .jsonl files in the FORMAT.md format.", show_default=False)],
    json_out: Annotated[Optional[Path], typer.Option(
        "--json", help="Also write the scores as JSON: {file: {layer: {metric: value}}}.")] = None,
    layer: Annotated[Optional[list[str]], typer.Option(
        "--layer", "-l",
        help=f"Score only these layers (repeat or comma-separate): {', '.join(LAYERS)}.")] = None,
    misses: Annotated[int, typer.Option(
        "--misses", min=0, help="Show up to N missed gold items per layer and file (0: none).")] = 5,
    limit: Annotated[Optional[int], typer.Option(
        "--limit", min=1, help="Score only the first N records of each file.")] = None,
    sample: Annotated[Optional[int], typer.Option(
        "--sample", min=1,
        help="Score a seeded random sample of N records of each file (kept in file order).")] = None,
    seed: Annotated[int, typer.Option("--seed", help="Seed of --sample.")] = 0,
    languages: Annotated[str, typer.Option(
        "--languages", help="Comma-separated ISO 639-1 codes the pipeline is built for.")] = "ar,en",
) -> None:
    """Run the pipeline on gold records and print precision, recall and F1 per file and layer.

    Each record is processed with its published/reference date as the anchor. Layers: detect (per
    PLOVER type), events (type, dyad, sectors), times, actors (names, form recall), places, quotes
    (span, speaker). Only the layers a record lists in "layers" are scored on it. Below each table,
    the worst misses show gold items the system missed and what it produced there.

    Example: marsad evaluate ../shared/eval/*.jsonl --json scores.json --layer times,events
    """
    from marsad.cli.common import build_pipeline, console, err_console

    try:
        wanted = check_layers(part for item in layer or [] for part in item.split(",")) if layer else None
        golds = [read_gold(path) for path in gold]
    except (ValueError, GoldError) as error:
        raise typer.BadParameter(str(error)) from error
    pipeline = build_pipeline(languages)
    chosen = [select(g.records, limit, sample, seed) for g in golds]
    results: list[FileResult] = []
    with _progress(err_console) as bar:
        task = bar.add_task("evaluating", total=sum(len(records) for records in chosen))
        for g, records in zip(golds, chosen):
            bar.update(task, description=f"evaluating {g.name}")
            results.append(evaluate_gold(g, records, pipeline, wanted, lambda: bar.advance(task)))
    for result in results:
        _print_result(console, err_console, result, misses)
    if json_out is not None:
        data = json.dumps(scores_json(results), indent=2, ensure_ascii=False)
        json_out.write_text(data + "\n", encoding="utf-8")
        err_console.print(f"scores written to {json_out}")


def _progress(console: Console) -> Progress:
    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    )


def _print_result(console: Console, err_console: Console, result: FileResult, misses: int) -> None:
    shown = result.warnings[:MAX_WARNINGS]
    if len(result.warnings) > MAX_WARNINGS:
        shown.append(f"… and {len(result.warnings) - MAX_WARNINGS} more in {result.name}")
    for warning in shown:
        err_console.print(Text.assemble(("warning: ", "yellow"), warning), highlight=False)
    console.print(scores_table(result))
    table = misses_table(result, misses)
    if table is not None:
        console.print(table)

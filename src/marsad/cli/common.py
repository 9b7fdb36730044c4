"""Helpers shared by CLI commands: inputs, progress, failures."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from marsad.errors import Failure
from marsad.pipeline import Config, Pipeline

console = Console()
err_console = Console(stderr=True, soft_wrap=True)


def parse_date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise typer.BadParameter(f"{value!r} is not a YYYY-MM-DD date") from error


def build_pipeline(languages: str) -> Pipeline:
    codes = tuple(code.strip() for code in languages.split(",") if code.strip())
    try:
        return Pipeline.default(Config(languages=codes))
    except ValueError as error:
        raise typer.BadParameter(str(error)) from error


def progress(transient: bool = True) -> Progress:
    """A progress display on stderr: spinner, count, rate and elapsed time."""
    return Progress(
        SpinnerColumn(),
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        console=err_console,
        transient=transient,
    )


def track_rate(items: Iterable, description: str, total: int | None = None) -> Iterator:
    """Iterate with a progress bar that shows documents per second."""
    with progress() as bar:
        task = bar.add_task(description, total=total, rate="")
        for count, item in enumerate(items, start=1):
            yield item
            elapsed = bar.tasks[0].elapsed or 0.0
            rate = f"{count / elapsed:,.0f}/s" if elapsed > 0.5 else ""
            bar.update(task, advance=1, rate=rate)


def report_failures(failures: list[Failure], examples: int = 3) -> None:
    """List failed inputs at the end of a batch, grouped by reason."""
    if not failures:
        return
    by_reason: dict[str, list[str]] = {}
    for failure in failures:
        by_reason.setdefault(failure.reason, []).append(failure.origin)
    err_console.print(f"[bold red]{len(failures)} input(s) failed:[/]")
    for reason, origins in sorted(by_reason.items(), key=lambda item: -len(item[1])):
        err_console.print(f"  [red]✗[/] {reason} ({len(origins)}):", highlight=False)
        for origin in origins[:examples]:
            err_console.print(f"      {origin}", highlight=False, markup=False)
        if len(origins) > examples:
            err_console.print(f"      … and {len(origins) - examples} more")


def existing_paths(paths: list[str]) -> list[str]:
    """Keep '-' and real paths as given; missing paths become failures downstream."""
    return [p if p == "-" else str(Path(p)) for p in paths]

"""``marsad actors``: look names up in the actor knowledge base and validate its files."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from marsad.cli.common import console, err_console, parse_date

FOLDER = typer.Option("--folder", help="Knowledge-base folder (default: the bundled resources/actors).")


def register(app: typer.Typer) -> None:
    """Add the ``actors`` command group (lookup, check) to ``app``."""
    group = typer.Typer(name="actors", help="The actor knowledge base: look names up, check the files.",
                        no_args_is_help=True)
    group.command("lookup")(lookup)
    group.command("check")(check)
    app.add_typer(group, name="actors")


def lookup(
    name: Annotated[str, typer.Argument(help="A name, alias, capital, demonym or title, in any language.")],
    date: Annotated[str | None, typer.Option("--date", help="Show the role and code on this YYYY-MM-DD date.")] = None,
    folder: Annotated[Path | None, FOLDER] = None,
) -> None:
    """Show the entries a name can stand for, with the role and code valid on a date."""
    from marsad.actors.component import entry_code
    from marsad.actors.engine import load_engine
    from marsad.actors.kb import KnowledgeBaseError

    day = parse_date(date)
    try:
        engine = load_engine(folder)
    except KnowledgeBaseError as error:
        err_console.print(f"[red]knowledge base does not load:[/red] {error}")
        raise typer.Exit(2) from error
    indexes = engine.lookup(name, day)
    if not indexes:
        err_console.print(f"no entry for {name!r}")
        raise typer.Exit(1)
    kb = engine.kb
    for index in indexes:
        entry = kb.entries[index]
        _, _, code = entry_code(kb, entry.id, day)
        console.print(f"[bold]{entry.name}[/bold]  {entry.type}  {code or ''}  (id {entry.id}, {kb.sources[index]})")
        for lang, forms in entry.forms().items():
            console.print(f"  {lang}: {', '.join(forms)}", markup=False)
        role = entry.role_on(day) if entry.roles else None
        if role is not None:
            console.print(f"  role{' on ' + str(day) if day else ''}: {role.title} {role.country or ''} "
                          f"({role.start or '…'} – {role.end or 'ongoing'})", markup=False)
        elif entry.roles:
            console.print(f"  no role on {day}", markup=False)


def check(folder: Annotated[Path | None, FOLDER] = None) -> None:
    """Validate the knowledge-base files: schema, duplicate ids, shared forms, overlapping roles."""
    from marsad.actors.check import check_folder

    issues = check_folder(folder)
    for issue in issues:
        (err_console if issue.level == "error" else console).print(str(issue), markup=False)
    errors = sum(issue.level == "error" for issue in issues)
    warnings = len(issues) - errors
    console.print(f"{errors} error(s), {warnings} warning(s)")
    if errors:
        raise typer.Exit(1)

"""Typer application; each command group lives in its own module and registers itself here."""

from __future__ import annotations

from importlib import import_module

import typer

app = typer.Typer(
    name="marsad",
    help="marsad (مرصد): who did what to whom, when, where, and who said what, from Arabic and English news.",
    no_args_is_help=True,
    rich_markup_mode="rich",
    pretty_exceptions_show_locals=False,
)


def _register() -> None:
    """Attach every command module to the app (once)."""
    from marsad.cli import commands

    if app.registered_commands:
        return

    commands.register(app)
    for name in ("places",):
        import_module(f"marsad.cli.{name}").register(app)
    try:
        from marsad.cli import evaluate
    except ImportError:  # evaluation module not present in a trimmed install
        return
    evaluate.register(app)


def main() -> None:
    """Console-script entry point."""
    _register()
    app()

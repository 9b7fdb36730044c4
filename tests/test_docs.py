"""Keep the documentation complete: every command, option, output field and resource file."""

from __future__ import annotations

import re
from pathlib import Path

import typer.main

from marsad import model
from marsad.cli.app import _register, app
from marsad.resources import resource_path

DOCS = Path(__file__).resolve().parents[1] / "docs"


def _commands():
    _register()
    root = typer.main.get_command(app)
    stack = [((), root)]
    while stack:
        path, command = stack.pop()
        if hasattr(command, "commands"):
            stack.extend(((*path, name), sub) for name, sub in command.commands.items())
        else:
            yield " ".join(path), command


def test_every_command_and_option_is_in_cli_md():
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    for name, command in _commands():
        assert f"`marsad {name}" in text, f"docs/cli.md lacks `marsad {name}`"
        for param in command.params:
            for opt in param.opts:
                if opt.startswith("--") and opt != "--help":
                    assert f"`{opt}`" in text or f"{opt} " in text, f"docs/cli.md lacks {opt} of {name}"


def test_every_output_field_is_in_output_md():
    text = (DOCS / "output.md").read_text(encoding="utf-8")
    for cls in (model.Result, model.Segment, model.Actor, model.Mention, model.TimeExpression,
                model.Place, model.Quote, model.Event, model.ActorRef):
        for field in cls.model_fields:
            assert re.search(rf"`{field}`", text), f"docs/output.md lacks {cls.__name__}.{field}"


def test_every_resource_file_is_documented():
    text = "\n".join(p.read_text(encoding="utf-8") for p in DOCS.glob("*.md"))
    folder = resource_path("")
    for path in sorted(folder.rglob("*")):
        if path.suffix in (".yaml", ".tsv"):
            name = path.relative_to(folder).as_posix()
            assert f"`{name}`" in text, f"docs/resources.md lacks {name}"

"""`marsad actors lookup` and `marsad actors check`."""

from __future__ import annotations

import typer
from typer.testing import CliRunner

from marsad.cli.actors import register

runner = CliRunner()


def _app() -> typer.Typer:
    app = typer.Typer()

    @app.callback()
    def main() -> None:
        """test root"""

    register(app)
    return app


def test_lookup_shows_the_office_holder_on_a_date(fixture_kb):
    result = runner.invoke(_app(), ["actors", "lookup", "وزير الدفاع الروسي", "--date", "2024-06-01",
                                    "--folder", str(fixture_kb)])
    assert result.exit_code == 0, result.output
    assert "Andrei Belousov" in result.output and "defence-minister" in result.output


def test_lookup_in_english_and_by_capital(fixture_kb):
    result = runner.invoke(_app(), ["actors", "lookup", "Kremlin", "--folder", str(fixture_kb)])
    assert result.exit_code == 0 and "Russia" in result.output


def test_lookup_of_an_unknown_name_fails(fixture_kb):
    result = runner.invoke(_app(), ["actors", "lookup", "Zzyzx", "--folder", str(fixture_kb)])
    assert result.exit_code == 1


def test_check_passes_on_a_sound_folder_and_fails_on_a_broken_one(fixture_kb, tmp_path):
    assert runner.invoke(_app(), ["actors", "check", "--folder", str(fixture_kb)]).exit_code == 0
    (tmp_path / "states.yaml").write_text("- {id: x, name: X, type: GPE, country: xx, ar: [اكس]}\n", encoding="utf-8")
    result = runner.invoke(_app(), ["actors", "check", "--folder", str(tmp_path)])
    assert result.exit_code == 1 and "country code" in result.output

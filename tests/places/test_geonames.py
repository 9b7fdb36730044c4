"""Importing a user-downloaded GeoNames dump (fixtures written for these tests)."""

from __future__ import annotations

import pytest
import typer
from typer.testing import CliRunner

from marsad.cli import places as places_cli
from marsad.places.geonames import GeoNamesError, feature_of, read_alternate_names, read_geonames


def test_alternate_names_keep_wanted_languages_and_skip_historic(fixtures):
    names = read_alternate_names(fixtures / "alternate_names_sample.txt")
    assert names == {9990002: ["جبل تجربة"], 9990004: ["بيغ تستاون", "Big Testtown"]}


def test_main_table_keeps_large_or_arabic_named_places(fixtures):
    alternates = read_alternate_names(fixtures / "alternate_names_sample.txt")
    records = {
        r.geonames_id: r for r in read_geonames(fixtures / "geonames_sample.txt", alternates=alternates)
    }
    assert sorted(records) == [9990001, 9990002, 9990004]  # the hamlet (20 people) and the stream go
    assert records[9990001].forms == ["Wadi Testa", "وادي تستا"] and records[9990001].feature == "city"
    assert records[9990002].feature == "region" and "جبل تجربة" in records[9990002].forms
    assert records[9990004].population == 52000 and records[9990004].lat == 24.0


def test_feature_codes_map_to_place_features():
    assert feature_of("P", "PPLC") == "capital" and feature_of("S", "AIRP") == "airport"
    assert feature_of("H", "SEA") == "water" and feature_of("V", "FRST") is None


def test_a_malformed_row_is_reported(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("1\tonly three\tcolumns\n", encoding="utf-8")
    with pytest.raises(GeoNamesError, match="bad.txt:1"):
        list(read_geonames(bad))


@pytest.fixture(scope="module")
def cli_app():
    app = typer.Typer()
    places_cli.register(app)

    @app.command()
    def version() -> None:  # a second command keeps "places" a sub-command group
        """Unused."""

    return app


def test_build_command_writes_an_index_with_the_dump(cli_app, fixtures, tmp_path):
    from marsad.places.gazetteer import Gazetteer
    from marsad.places.lookup import lookup_name

    target = tmp_path / "custom.pkl"
    result = CliRunner().invoke(
        cli_app,
        [
            "places",
            "build",
            "--geonames",
            str(fixtures / "geonames_sample.txt"),
            "--alternate-names",
            str(fixtures / "alternate_names_sample.txt"),
            "--output",
            str(target),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "3 GeoNames places imported" in result.output
    index = Gazetteer.load(target)
    assert lookup_name("جبل تجربة", index)[0]["geonames_id"] == 9990002
    assert lookup_name("وادي تستا", index)[0]["name"] == "Wadi Testa"
    assert lookup_name("موسكو", index)[0]["name"] == "Moscow"  # the embedded default is kept


def test_build_command_rejects_a_bad_dump(cli_app, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("x\ty\n", encoding="utf-8")
    result = CliRunner().invoke(
        cli_app, ["places", "build", "--geonames", str(bad), "--output", str(tmp_path / "o")]
    )
    assert result.exit_code == 1 and "cannot read" in result.output


def test_lookup_command(cli_app):
    result = CliRunner().invoke(cli_app, ["places", "lookup", "واشنطن", "--limit", "1"])
    assert result.exit_code == 0 and "Washington [US] capital" in result.output
    missing = CliRunner().invoke(cli_app, ["places", "lookup", "qqqqq"])
    assert missing.exit_code == 1

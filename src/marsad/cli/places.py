"""``marsad places``: build a larger place index from a GeoNames dump, and look names up."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

places_app = typer.Typer(
    name="places",
    help="The offline place gazetteer: import a GeoNames dump, look a name up.",
    no_args_is_help=True,
)


def register(app: typer.Typer) -> None:
    """Add the ``places`` command group to ``app``."""
    app.add_typer(places_app, name="places")


@places_app.command("build", no_args_is_help=True)
def build(
    geonames: Annotated[
        Path,
        typer.Option(
            "--geonames",
            help="GeoNames main table you downloaded (allCountries.txt, cities500.txt...).",
            exists=True,
            dir_okay=False,
            show_default=False,
        ),
    ],
    alternate_names: Annotated[
        Path | None,
        typer.Option(
            "--alternate-names",
            help="GeoNames alternateNamesV2.txt: adds Arabic and English names.",
            exists=True,
            dir_okay=False,
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", help="Where to write the index (default: the user cache, used automatically)."
        ),
    ] = None,
    min_population: Annotated[
        int,
        typer.Option(
            "--min-population",
            min=0,
            help="Keep populated places at least this large (others only with an Arabic name).",
        ),
    ] = 1000,
) -> None:
    """Import a GeoNames dump into the place index (the embedded default plus the dump).

    Example: marsad places build --geonames cities500.txt --alternate-names alternateNamesV2.txt
    """
    _import_dump(geonames, alternate_names, output, min_population)


def _import_dump(
    geonames: Path, alternate_names: Path | None, output: Path | None, min_population: int
) -> None:
    from marsad.cli.common import console, err_console
    from marsad.places.build import build_gazetteer
    from marsad.places.gazetteer import custom_index_path, fingerprint
    from marsad.places.geonames import GeoNamesError, read_alternate_names, read_geonames

    try:
        alternates = read_alternate_names(alternate_names) if alternate_names else None
        records = list(read_geonames(geonames, min_population=min_population, alternates=alternates))
    except (GeoNamesError, UnicodeDecodeError) as error:
        err_console.print(f"[red]cannot read the GeoNames dump:[/red] {error}")
        raise typer.Exit(1) from error
    index = build_gazetteer(extra=records, base=fingerprint())
    target = output or custom_index_path()
    index.save(target)
    console.print(
        f"{len(records):,} GeoNames places imported; index of {len(index):,} places, "
        f"{len(index.forms):,} names written to {target}"
    )
    if output is not None:
        console.print(f"load it with marsad.places.load_gazetteer(path) or copy it to {custom_index_path()}")


@places_app.command("lookup", no_args_is_help=True)
def lookup(
    name: Annotated[str, typer.Argument(help="A place name, in Arabic or English.", show_default=False)],
    limit: Annotated[int, typer.Option("--limit", min=1, help="Show at most N candidates.")] = 10,
    json_out: Annotated[bool, typer.Option("--json", help="Print the candidates as JSON.")] = False,
) -> None:
    """Show the gazetteer places a name may refer to, best first (by name, else by transliteration).

    Example: marsad places lookup "موسكو"
    """
    from marsad.cli.common import console
    from marsad.places.lookup import lookup_name

    found = lookup_name(name)[:limit]
    if json_out:
        typer.echo(json.dumps(found, ensure_ascii=False, indent=2))
        return
    if not found:
        console.print(f"no place named {name!r}")
        raise typer.Exit(1)
    for place in found:
        where = f"{place['lat']:.4f}, {place['lon']:.4f}" if place["lat"] is not None else "no coordinates"
        console.print(
            f"{place['name']} [{place['country'] or '-'}] {place['feature']} ({where}) "
            f"population {place['population']:,} via {place['match']}"
        )

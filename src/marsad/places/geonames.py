"""Import a GeoNames dump the user downloaded (``allCountries.txt``, ``cities500.txt``... and
optionally ``alternateNamesV2.txt``) as extra place records for a larger gazetteer.

Formats (tab-separated, UTF-8, no header), as documented by GeoNames:
  main table: geonameid, name, asciiname, alternatenames (comma-separated), latitude, longitude,
    feature class, feature code, country code, cc2, admin1..admin4, population, elevation, dem,
    timezone, modification date;
  alternateNamesV2: alternateNameId, geonameid, isolanguage, alternate name, isPreferredName,
    isShortName, isColloquial, isHistoric, from, to.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from marsad.places.scripts import Scripts, default_scripts
from marsad.places.sources import PlaceRecord

#: GeoNames feature class / code → marsad feature
_CLASS_FEATURE = {"P": "city", "A": "admin", "H": "water", "L": "region", "T": "region", "S": "landmark"}
_CODE_FEATURE = {
    "PPLC": "capital",
    "PCLI": "country",
    "PCLS": "country",
    "PCLIX": "admin",
    "AIRP": "airport",
    "AIRB": "base",
    "INSM": "base",
    "PSTB": "crossing",
    "PRT": "port",
    "CONT": "continent",
}


class GeoNamesError(ValueError):
    """A line of a GeoNames file that does not have the documented columns."""


def feature_of(feature_class: str, feature_code: str) -> str | None:
    """marsad feature of a GeoNames class/code, None for kinds the place stage does not use."""
    return _CODE_FEATURE.get(feature_code) or _CLASS_FEATURE.get(feature_class)


def read_geonames(
    path: Path,
    min_population: int = 1000,
    alternates: dict[int, list[str]] | None = None,
) -> Iterator[PlaceRecord]:
    """Records of a GeoNames main table: populated places of ``min_population`` or more, and any
    place (of a used feature class) that has a name in a script whose alternates are indexed
    (Arabic)."""
    scripts = default_scripts()
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip() or line.startswith("#"):
                continue
            columns = line.rstrip("\n").split("\t")
            if len(columns) < 19:
                raise GeoNamesError(f"{path}:{number}: {len(columns)} columns, expected 19")
            record = _record(columns, alternates or {}, scripts)
            if record is None:
                continue
            named = any(scripts.indexed_alternate(form) for form in record.forms)
            if record.population >= min_population or named:
                yield record


def _record(columns: list[str], alternates: dict[int, list[str]], scripts: Scripts) -> PlaceRecord | None:
    feature = feature_of(columns[6], columns[7])
    if feature is None:
        return None
    gid = int(columns[0])
    names = [name for name in columns[3].split(",") if scripts.indexed_alternate(name)]
    names.extend(alternates.get(gid, []))
    try:
        lat, lon, population = float(columns[4]), float(columns[5]), int(columns[14] or 0)
    except ValueError as error:
        raise GeoNamesError(f"geonameid {gid}: bad number ({error})") from error
    return PlaceRecord(
        name=columns[1],
        feature=feature,
        country=columns[8],
        lat=lat,
        lon=lon,
        geonames_id=gid,
        population=population,
        forms=[columns[1], *dict.fromkeys(names)],
        latin=list(dict.fromkeys(n for n in (columns[1], columns[2]) if n)),
        timezone=columns[17],
    )


def read_alternate_names(path: Path, languages: Iterable[str] = ("ar", "en")) -> dict[int, list[str]]:
    """geonameid → alternate names in ``languages`` (historic names skipped)."""
    wanted = set(languages)
    names: dict[int, list[str]] = {}
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            columns = line.rstrip("\n").split("\t")
            if len(columns) < 4:
                raise GeoNamesError(f"{path}:{number}: {len(columns)} columns, expected at least 4")
            historic = len(columns) > 7 and columns[7] == "1"
            if columns[2] in wanted and not historic:
                names.setdefault(int(columns[1]), []).append(columns[3])
    return names

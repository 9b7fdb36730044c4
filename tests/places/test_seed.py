"""Acceptance on the reference article (read at run time from ../shared)."""

from __future__ import annotations

import math

import pytest


@pytest.fixture(scope="module")
def seed_doc(run_places, seed_text):
    return run_places(seed_text)


def _by_name(doc):
    return {place.name: place for place in doc.result.places}


def _km(lat1, lon1, lat2, lon2):
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    h = (
        math.sin((phi2 - phi1) / 2) ** 2
        + math.cos(phi1) * math.cos(phi2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def test_knevichi_airport_is_resolved_near_its_coordinates(seed_doc):
    airports = [p for p in seed_doc.result.places if p.feature == "airport"]
    assert airports, "the Knevichi airport mention is not resolved"
    assert any("كنيفيتشي" in p.text for p in airports)
    assert all(_km(p.lat, p.lon, 43.40, 132.15) < 25 for p in airports)
    assert {p.country for p in airports} == {"RU"}


def test_named_places_of_the_issue_are_resolved(seed_doc):
    places = _by_name(seed_doc)
    expected = {
        "Vladivostok": "RU",
        "Pacific Ocean": None,
        "Moscow": "RU",
        "Japan": "JP",
        "Ukraine": "UA",
        "Russia": "RU",
    }
    for name, country in expected.items():
        assert name in places, f"{name} missing from {sorted(places)}"
        assert places[name].country == country
    assert _km(places["Vladivostok"].lat, places["Vladivostok"].lon, 43.12, 131.89) < 25


def test_capitals_used_as_actors_are_not_places(seed_doc, seed_text):
    places = _by_name(seed_doc)
    assert "Pyongyang" not in places and "Washington" not in places
    moscow = [r for r in seed_doc.scratch["places"] if r["name"] == "Moscow"]
    assert {r["role"] for r in moscow} == {"place", "actor"}
    for record in moscow:
        if record["role"] == "place":
            assert seed_text[record["end"] : record["end"] + 5].strip().startswith("إلى")


def test_every_place_is_grounded(seed_doc, seed_text):
    for place in seed_doc.result.places:
        assert seed_text[place.start : place.end] == place.text

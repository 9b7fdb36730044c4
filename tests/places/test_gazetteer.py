"""The compact index: built from records, saved, loaded, looked up."""

from __future__ import annotations

import math

from marsad.places.build import index_records, load_priors
from marsad.places.gazetteer import Gazetteer, fingerprint
from marsad.places.lookup import lookup_name
from marsad.places.sources import PlaceRecord


def _records():
    return [
        PlaceRecord(
            name="Testville",
            feature="city",
            country="SA",
            lat=24.0,
            lon=46.0,
            geonames_id=1,
            population=250000,
            forms=["Testville", "تستفيل"],
            latin=["Testville"],
        ),
        PlaceRecord(
            name="Testville",
            feature="city",
            country="US",
            lat=40.0,
            lon=-90.0,
            geonames_id=2,
            population=3000,
            forms=["Testville", "تستفيل"],
            latin=["Testville"],
        ),
        PlaceRecord(
            name="Test Airport",
            feature="airport",
            country="SA",
            lat=24.1,
            lon=46.1,
            forms=["Test Airport"],
            latin=["Testville"],
        ),
    ]


def test_index_ranks_homonyms_and_round_trips(tmp_path):
    index = index_records(_records(), {"ar": ["مجلس تستفيل"]}, load_priors())
    assert [index.countries[i] for i in index.forms["تستفيل"]] == ["SA", "US"]
    assert index.forms["مجلس تستفيل"] == ()
    assert index.nearest_airport(0, 40) == 2 and index.nearest_airport(1, 40) is None
    path = tmp_path / "index.pkl"
    index.save(path)
    loaded = Gazetteer.load(path)
    assert loaded.forms == index.forms and list(loaded.lats) == list(index.lats)
    assert loaded.fingerprint == fingerprint()
    found = [value for _, value in loaded.automaton.iter("زار تستفيل")]
    assert ("تستفيل", "", len("تستفيل")) in found


def test_default_gazetteer_has_the_curated_spellings(gazetteer):
    def first(form):
        index = gazetteer.forms[form][0]
        return gazetteer.names[index], gazetteer.countries[index], gazetteer.features[index]

    assert first("واشنطن") == ("Washington", "US", "capital")
    assert first("بيونغ يانغ") == first("بيونغيانغ") == ("Pyongyang", "KP", "capital")
    assert first("فلاديفوستك") == first("فلاديفوستوك") == ("Vladivostok", "RU", "city")
    assert (
        first("المحيط الهادي") == first("المحيط الهادئ".replace("ئ", "ي")) == ("Pacific Ocean", "", "water")
    )
    assert first("موسكو")[:2] == ("Moscow", "RU")
    assert gazetteer.demonyms["التركيه"] == "TR"
    assert len(gazetteer) > 150_000


def test_place_fields(gazetteer):
    index = gazetteer.forms["عدن"][0]
    place = gazetteer.place(index)
    assert place["name"] == "Aden" and place["country"] == "YE" and place["geonames_id"]
    assert math.isclose(place["lat"], 12.78, abs_tol=0.1)


def test_lookup_by_name_and_by_transliteration(gazetteer):
    assert lookup_name("موسكو", gazetteer)[0]["name"] == "Moscow"
    knevichi = lookup_name("كنيفيتشي", gazetteer)
    assert knevichi[0]["name"] == "Knevichi" and knevichi[0]["match"] == "transliteration"
    assert lookup_name("zzzz", gazetteer) == []


def test_index_builds_without_the_optional_wordfreq(monkeypatch):
    import sys

    import pytest

    monkeypatch.setitem(sys.modules, "wordfreq", None)  # import now fails
    with pytest.warns(UserWarning, match="wordfreq"):
        index = index_records(_records(), {}, load_priors())
    assert index.common == {} and index.words == frozenset() and index.blocked == frozenset()
    assert index.forms["تستفيل"]


def test_common_words_are_flagged_with_wordfreq():
    import pytest

    pytest.importorskip("wordfreq")
    records = [
        PlaceRecord(
            name="Al Hukumah",
            feature="city",
            country="YE",
            lat=15.0,
            lon=44.0,
            population=2000,
            forms=["الحكومة"],
            latin=["Al Hukumah"],
        ),
        PlaceRecord(
            name="Testville",
            feature="city",
            country="SA",
            lat=24.0,
            lon=46.0,
            population=250000,
            forms=["تستفيل"],
            latin=["Testville"],
        ),
    ]
    index = index_records(records, {}, load_priors())
    assert index.common.get("الحكومه") == 2 and "تستفيل" not in index.common

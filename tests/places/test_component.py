"""The place stage on sentences written for these tests."""

from __future__ import annotations

import pytest


def names(doc) -> list[str]:
    return [place.name for place in doc.result.places]


def roles(doc) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for record in doc.scratch["places"]:
        out.setdefault(record["name"], set()).add(record["role"])
    return out


def test_offsets_point_at_the_place_text(run_places):
    text = "وصل الوفد أمس إلى بغداد، ثم توجه بالسيارة إلى مدينة الموصل."
    doc = run_places(text)
    assert names(doc) == ["Baghdad", "Mosul"]
    for place in doc.result.places:
        assert text[place.start : place.end] == place.text
        assert place.country == "IQ" and place.lat is not None and place.geonames_id


def test_capital_as_government_is_an_actor_not_a_place(run_places):
    doc = run_places("قالت موسكو إنها سترد على العقوبات، بينما تتواصل المحادثات بين موسكو وبيونغ يانغ.")
    assert doc.result.places == []
    assert roles(doc) == {"Moscow": {"actor"}, "Pyongyang": {"actor"}}
    assert all(record["as_actor"] for record in doc.scratch["places"])


def test_both_views_are_kept_for_one_name(run_places):
    doc = run_places("رحبت موسكو بالاتفاق. وسيعقد الاجتماع المقبل في موسكو.")
    assert names(doc) == ["Moscow"]
    assert roles(doc)["Moscow"] == {"actor", "place"}


def test_moscow_russia_beats_moscow_idaho_by_default_and_idaho_wins_when_named(run_places):
    russia = run_places("التقى الرئيس بوتين ضيوفه في موسكو.")
    assert [(p.name, p.country) for p in russia.result.places] == [("Moscow", "RU")]
    idaho = run_places("The professor lives in Moscow, Idaho, near the university.")
    assert ("Moscow", "US") in [(p.name, p.country) for p in idaho.result.places]


def test_list_after_a_locative_word_is_all_places(run_places):
    doc = run_places("نفذت الجماعة هجمات في سوريا وباكستان والسودان.")
    assert names(doc) == ["Syria", "Pakistan", "Sudan"]


def test_range_from_to_makes_both_ends_places(run_places):
    doc = run_places("تستغرق الرحلة من القاهرة إلى بيروت ساعتين.")
    assert names(doc) == ["Cairo", "Beirut"]


def test_clitic_preposition_is_locative_and_kept_out_of_the_span(run_places):
    doc = run_places("عقد الاجتماع بالقاهرة يوم الأربعاء.")
    assert [(p.name, p.text) for p in doc.result.places] == [("Cairo", "القاهرة")]


def test_dateline_capital_is_a_place(run_places):
    doc = run_places("الرياض - أعلنت الوزارة اليوم عن خطة جديدة.")
    assert names(doc) == ["Riyadh"]


def test_sea_and_ocean_are_places_without_cue(run_places):
    doc = run_places("أبحرت السفينة عبر البحر الأحمر ثم المحيط الهادئ.")
    assert names(doc) == ["Red Sea", "Pacific Ocean"]
    assert {p.feature for p in doc.result.places} == {"water"}


def test_common_words_that_are_town_names_are_not_places(run_places):
    doc = run_places("ارتفعت الأسعار بنسبة 5 في المائة، وقالت الحكومة إن الخبر غير صحيح.")
    assert doc.result.places == []


def test_quoted_name_is_a_title_not_a_place(run_places):
    doc = run_places("وقال المسؤول لـ«الشرق الأوسط» إن الوضع هادئ.")
    assert doc.result.places == []


def test_airport_of_a_transliterated_village_resolves_to_the_airport(run_places):
    doc = run_places("هبطت الطائرة في مطار كنيفيتشي قرب فلاديفوستوك.")
    airport = doc.result.places[0]
    assert airport.text == "مطار كنيفيتشي" and airport.feature == "airport" and airport.country == "RU"
    assert airport.lat == pytest.approx(43.40, abs=0.1) and airport.lon == pytest.approx(132.15, abs=0.1)
    assert names(doc)[1:] == ["Vladivostok"]


def test_unknown_town_after_a_place_noun_is_found_by_transliteration(run_places):
    doc = run_places("قتل ثلاثة أشخاص في هجوم على بلدة سوروتش التركية.")
    assert [(p.name, p.country) for p in doc.result.places] == [("Suruç", "TR")]
    assert doc.scratch["places"][0]["how"] == "translit"


def test_distance_cue_makes_the_reference_a_place(run_places):
    doc = run_places("تقع البلدة على بعد 20 كيلومترا من حلب.")
    assert names(doc) == ["Aleppo"]


def test_country_after_place_preposition_is_a_place_but_not_after_with(run_places):
    doc = run_places("تعهدت الحكومة بتعزيز العلاقات مع تركيا. وسقطت قذائف جنوب تركيا.")
    assert names(doc) == ["Turkey"]
    assert roles(doc)["Turkey"] == {"actor", "place"}


def test_english_places_need_capitals(run_places):
    doc = run_places("Officials met in Geneva on Monday. the reading of the text was slow.")
    assert names(doc) == ["Geneva"]


def test_results_are_json_ready(run_places):
    doc = run_places("وصل الوفد إلى عمان.")
    record = doc.result.to_output()["places"][0]
    assert set(record) >= {"start", "end", "text", "name", "country", "lat", "lon", "feature", "geonames_id"}

"""Names that are not in the knowledge base: detection, transliteration, coreference."""

from __future__ import annotations

from datetime import date

from marsad.actors.engine import load_engine
from marsad.actors.unknown import Transliterator
from tests.actors.conftest import actor, names

DAY = date(2020, 1, 1)


def test_arabic_name_after_a_speech_verb_with_a_known_given_name(run_actors):
    result = run_actors("وقال منير ابراهيم إن الوضع صعب.", DAY)
    munir = actor(result, "Munir Ibrahim")
    assert munir.linked is False and munir.type == "PERSON" and munir.forms == ["منير ابراهيم"]


def test_unknown_given_name_after_a_verb_is_not_taken(run_actors):
    assert run_actors("وقال شخص آخر إن الوضع صعب.", DAY).actors == []
    assert run_actors("قال ترازيم بوكاف إن الوضع صعب.", DAY).actors == []


def test_honorific_introduces_any_name(run_actors):
    result = run_actors("وأوضح الدكتور ترازيم بوكاف أن الوضع صعب.", DAY)
    assert [a.linked for a in result.actors] == [False]
    assert result.actors[0].forms == ["ترازيم بوكاف"]


def test_a_name_stops_at_function_words_and_prefixed_words(run_actors):
    result = run_actors("أكد سعيد الهاشمي وجهوده كبيرة بالتقصير", DAY)
    assert actor(result, "Said al-Hashmi").forms == ["سعيد الهاشمي"]


def test_a_later_surname_is_the_same_unlinked_actor(run_actors):
    result = run_actors("قال خالد الكعبي إن الشركة رابحة. وأضاف الكعبي أن الأرباح زادت.", DAY)
    assert len(result.actors) == 1
    assert set(result.actors[0].forms) >= {"خالد الكعبي", "الكعبي"}


def test_english_capitalised_run_not_in_the_base(run_actors):
    result = run_actors("Jets of the Russian Aerospace Forces flew over Syria.", DAY)
    forces = actor(result, "Russian Aerospace Forces")
    assert forces.type == "ORG" and forces.linked is False
    assert "Syria" in names(result)


def test_english_runs_of_known_words_or_places_are_not_names(run_actors):
    assert run_actors("The North Korean delegation arrived.", DAY).actors == []
    assert run_actors("They met in New Harbour City yesterday.", DAY).actors == []


def test_transliteration_uses_known_words_then_letters(fixture_kb):
    table = load_engine(fixture_kb).kb.rules.transliteration["ar"]
    translit = Transliterator(table, ("عبد",))
    assert translit("محمد عبد الله") == "Muhammad Abdullah"
    assert translit("الكعبي").startswith("al-")
    assert translit("زوبين") == "Zubin"


def test_a_chain_of_given_names_is_a_name_without_a_cue(run_actors):
    result = run_actors("وفرضت الوزارة قيودا على سعيد بن حسن محمد الراشد الدوسري في العام الماضي.", DAY)
    assert [(a.linked, a.forms) for a in result.actors if a.type == "PERSON"] == [
        (False, ["سعيد بن حسن محمد الراشد الدوسري"])]
    assert result.actors[-1].name.startswith("Said bin Hassan Muhammad al-")


def test_a_chain_with_a_particle_and_an_unknown_fathers_name(run_actors):
    result = run_actors("وحضر اللقاء خالد بن مساعد الزهراني وعدد من المسؤولين.", DAY)
    assert [a.forms for a in result.actors if not a.linked] == [["خالد بن مساعد الزهراني"]]


def test_a_chain_ends_at_its_family_name_and_needs_two_given_names(run_actors):
    result = run_actors("وكان يوسف أحمد قنديل رئيسا للجنة.", DAY)
    assert [a.forms for a in result.actors] == [["يوسف أحمد قنديل"]]
    assert run_actors("ويقع محمد بن شارع في وسط المدينة.", DAY).actors == []
    assert run_actors("وزار وفد محمد الكعبي المدينة.", DAY).actors == []


def test_an_unknown_given_name_before_a_known_one_after_a_speech_verb(run_actors):
    result = run_actors("وقال ترازيم صالح الذي وصل أمس إن الوضع صعب.", DAY)
    assert [a.forms for a in result.actors] == [["ترازيم صالح"]]


def test_a_nickname_after_an_unknown_name_is_the_same_person(run_actors):
    result = run_actors("وتعامل مع يوسف حسن محمد العمري، المعروف بلقب أبو سمرة والمنتمي إلى الشبكة.", DAY)
    assert len(result.actors) == 1
    assert set(result.actors[0].forms) == {"يوسف حسن محمد العمري", "أبو سمرة"}


def test_a_verb_or_an_accusative_does_not_end_a_chain(run_actors):
    assert run_actors("وكان محمد محمود يقيم في المدينة.", DAY).actors == []
    result = run_actors("وعين يوسف أحمد سعيد مديرا للشركة.", DAY)
    assert [a.forms for a in result.actors] == [["يوسف أحمد سعيد"]]

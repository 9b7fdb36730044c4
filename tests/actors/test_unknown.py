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

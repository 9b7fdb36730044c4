"""Form generation from lemmas (events/morphology.yaml): Arabic paradigms and English inflection."""

from __future__ import annotations

from marsad.events.lexicon import norm
from marsad.events.morphology import Paradigms
from marsad.resources import load_yaml


def paradigms(lang: str) -> Paradigms:
    return Paradigms(load_yaml("events/morphology.yaml")[lang], norm)


def test_sound_verb_past_present_and_person_forms():
    forms = paradigms("ar").verb_forms({"past": "اتهم", "present": "يتهم"})
    for form in ("اتهم", "اتهمت", "اتهموا", "اتهما", "يتهم", "تتهم", "يتهمون", "تتهمان", "نتهم"):
        assert form in forms
    assert forms["اتهمت"] == "past" and forms["يتهمون"] == "present"


def test_form_three_passive_is_generated():
    forms = paradigms("ar").verb_forms({"past": "هاجم", "present": "يهاجم"})
    assert forms["هوجم"] == "passive" and forms["هوجمت"] == "passive"


def test_hollow_and_defective_verbs():
    hollow = paradigms("ar").verb_forms({"past": "قال", "present": "يقول"})
    assert hollow["قيل"] == "passive" and hollow["يقال"] == "passive" and "قالت" in hollow
    defective = paradigms("ar").verb_forms({"past": "دعا", "present": "يدعو"})
    assert {"دعا", "دعت", "دعوا", "يدعو", "تدعو", "يدعون"} <= set(defective)
    assert "دعات" not in defective


def test_exclusions_remove_forms_that_are_other_words():
    forms = paradigms("ar").verb_forms({"past": "صادر", "present": "يصادر", "exclude": ["صادر"]})
    assert "صادر" not in forms and "صادرت" in forms


def test_feminine_noun_plural_dual_and_construct():
    forms = paradigms("ar").noun_forms({"sg": "مظاهرة"})
    assert forms["مظاهره"] == "noun" and forms["مظاهرات"] == "noun" and forms["مظاهرتين"] == "noun"
    assert forms["مظاهرت"] == "construct"  # only counts with a pronoun glued (مظاهرتهم)


def test_english_inflection_rules_and_doubling():
    en = paradigms("en")
    assert set(en.verb_forms({"base": "accuse"})) == {"accuse", "accuses", "accused", "accusing"}
    assert {"banned", "banning"} <= set(en.verb_forms({"base": "ban", "double": True}))
    assert "carried out" in en.verb_forms({"base": "carry out"})
    assert "air strikes" in en.noun_forms({"sg": "air strike"})
    assert "met" in en.verb_forms({"base": "meet", "forms": ["met"]})

"""Trigger matching: clitics, patterns with objects, overlaps."""

from __future__ import annotations

from marsad.events.lexicon import load_lexicon
from marsad.events.matcher import find_hits
from marsad.events.view import build_view

from .conftest import make_doc


def hits(text: str):
    doc = make_doc(text)
    return find_hits(build_view(doc, frozenset()), load_lexicon(("ar", "en")))


def types(text: str) -> list[str]:
    return [h.coding.type for h in hits(text)]


def test_proclitics_and_enclitics_on_verbs():
    found = hits("وسيهاجمونها غدا.")
    assert [h.coding.type for h in found] == ["ASSAULT"]
    assert found[0].prefix == "وس" and found[0].suffix == "ها"


def test_glued_letters_that_are_not_clitics_do_not_match():
    assert types("القوة الهجومية للجيش كبيرة.") == []  # adjective هجومية, not the noun هجوم
    assert types("ادعى المتحدث ذلك.") == []  # ادعى is not دعا with a clitic


def test_article_excludes_a_possessive():
    assert types("بالهجوم") == ["ASSAULT"]
    assert types("الهجومه") == []


def test_pattern_needs_its_object_within_the_gap():
    assert "SANCTION" in types("فرضت الولايات المتحدة عقوبات جديدة على الشركة.")
    assert "SANCTION" not in types("فرضت الحكومة ضريبة جديدة على السجائر.")


def test_light_verb_takes_the_type_of_its_object():
    found = hits("شنت الطائرات غارات على المدينة.")
    assert [h.coding.type for h in found] == ["FIGHT"]
    assert found[0].retyped is not None and found[0].entry.kind == "pattern"


def test_pattern_object_is_not_read_again_as_a_trigger():
    assert types("أطلق الجيش سراح الأسرى.") == ["RETREAT"]


def test_english_forms_and_patterns():
    assert types("Egypt condemned the bombing.") == ["DISAPPROVE", "ASSAULT"]
    assert types("Washington imposed sanctions on the company.") == ["SANCTION"]
    assert types("Police opened fire on the crowd.") == ["FIGHT"]


def test_every_trigger_codes_a_plover_type_and_all_nineteen_have_triggers():
    from marsad.resources import load_yaml

    types = set(load_yaml("plover.yaml")["types"])
    lexicon = load_lexicon(("ar", "en"))
    coded = {entry.type for entry in lexicon.entries if not entry.ignore}
    assert coded == types


def test_ignored_set_phrase_takes_its_words_and_reports_nothing():
    assert types("وقال مسؤول طلب عدم الكشف عن هويته إن الوضع هادئ.") == []
    assert types("وقال ضابط رفض الكشف عن اسمه ذلك.") == []
    assert types("وطلبت الحكومة من جارتها تسليم المطلوبين.") == ["DEMAND"]  # a real request


def test_excluded_form_that_is_another_word():
    assert types("ووفقا للبيان فإن الوضع هادئ.") == []  # و + وفقا (according to), not passive ووفق
    assert types("ووافقت الحكومة على الخطة.") == ["AGREE"]


def test_noun_without_the_article_only():
    assert types("وأسهم الجيش في تحرير المدينة من المسلحين.") == ["FIGHT"]
    assert types("وقال رئيس التحرير إن الصحيفة ستصدر غدا.") == []
    assert "AID" not in types("وناقش المؤتمر خطط التمويل.")
    assert "AID" in types("وقدمت الحكومة تمويلا للمشروع.")


def test_investigation_is_into_something_not_achieving_something():
    assert types("وبدأت الشرطة تحقيقا في الحادث.") == ["INVESTIGATE"]
    assert types("ودعا الوزير إلى العمل لتحقيق السلام.") == ["DEMAND"]


def test_stance_and_intent_phrases():
    assert types("وأعلنت الجماعة ولاءها للتنظيم.") == ["SUPPORT"]
    assert types("وأكد الوزير سعي بلاده للعمل مع الحكومة.") == ["AGREE"]
    assert types("وقال الرئيس، مشددا في الوقت ذاته على ضرورة تطبيق القرار.") == ["DEMAND"]
    assert types("وقال الوزير إن المسلحين أدخلوا البلاد في الفوضى.") == ["DISAPPROVE"]
    assert types("وقال إن الحركة تمارس سياسة التعنت.") == ["DISAPPROVE"]
    assert types("واستعرض الزعيم السفينة الحربية في الميناء.") == ["MOBILIZE"]


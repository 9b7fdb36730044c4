"""Arabic expressions, anchored on Wednesday 6 March 2024 (examples written for these tests)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "timex"), [
    ("وصل الوفد يوم الأحد 3 مارس/آذار 2024", "2024-03-03"),
    ("انعقد المؤتمر في 15 تشرين الأول 2023", "2023-10-15"),
    ("وقعت الاتفاقية في 12 جانفي 2022", "2022-01-12"),
    ("افتتح المعرض في 7 شتنبر 2021", "2021-09-07"),
    ("صدر القرار بتاريخ ١٦/٩/٢٠٢٣", "2023-09-16"),
    ("صدر القرار بتاريخ 2023-09-16", "2023-09-16"),
    ("قال أمس الثلاثاء إن المفاوضات مستمرة", "2024-03-05"),
    ("وصل الوفد أول أمس", "2024-03-04"),
    ("التقيا يوم الاثنين الماضي", "2024-03-04"),
    ("يعود الوفد غداً", "2024-03-07"),
    ("أعلن ذلك منذ ثلاثة أيام", "2024-03-03"),
    ("حدث ذلك قبل شهر", "2024-02-06"),
    ("الرياض 5 رمضان 1445 هـ", "2024-03-15"),
    ("سيعقد الاجتماع الأسبوع المقبل", "2024-W11"),
    ("ارتفعت الأسعار الشهر الماضي", "2024-02"),
    ("انتهى العمل العام الماضي", "2023"),
    ("بدأ البرنامج عام 2009", "2009"),
    ("في الثاني من أغسطس", "XXXX-08-02"),
    ("استمر القتال لمدة 100 عام", "P100Y"),
    ("خطة للأعوام الخمسة المقبلة", "P5Y"),
    ("بقي هناك يومين", "P2D"),
    ("تجري الرحلات يوميا", "P1D"),
    ("يفتح الساعة السابعة والنصف مساء", "T19:30"),
    ("في السبعينيات", "(XX70-01-01,XX80-01-01,P10Y)"),
])
def test_timex(one, text, timex):
    assert one(text).timex == timex


def test_offsets_point_into_the_original_text(times):
    text = "قال الوزير أمسِ الجمعةَ، 15 سبتمبر/أيلول 2023، إن المحادثات ستستأنف."
    found = times(text, "2023-09-16T00:00:00")
    assert [(t.text, t.timex) for t in found] == [("أمسِ الجمعةَ، 15 سبتمبر/أيلول 2023", "2023-09-15")]
    assert all(text[t.start : t.end] == t.text for t in found)


def test_range_of_days(one):
    found = one("يقام المهرجان من 15 إلى 17 سبتمبر")
    assert found.type == "daterange"
    assert found.timex == "(XXXX-09-15,XXXX-09-17,P2D)"
    assert found.values[0] == "2023-09-15/2023-09-17"


def test_the_coming_period_is_a_range_and_for_it_a_duration(one):
    assert one("الأعوام الخمسة المقبلة").type == "daterange"
    assert one("للأعوام الخمسة المقبلة").type == "duration"


def test_beginning_of_next_month(one):
    found = one("تبدأ الدراسة مطلع الشهر المقبل")
    assert found.timex == "2024-04" and found.values == ["2024-04-01/2024-04-16"]


def test_bare_weekday_is_past_leaning_unless_the_verb_is_future(one):
    past = one("زار الوزير موسكو يوم الخميس")
    future = one("سيزور الوزير موسكو يوم الخميس")
    assert past.timex == future.timex == "XXXX-WXX-4"
    assert past.values[0] == "2024-02-29"
    assert future.values[0] == "2024-03-07"


def test_in_a_duration_is_a_point_only_in_a_future_sentence(one):
    assert one("قتل الآلاف في ثلاثين عاما").timex == "P30Y"
    assert one("سيعود في 5 دقائق").timex == "2024-03-06T00:05:00"


@pytest.mark.parametrize("text", [
    "اندلعت ثورات الربيع العربي",
    "ارتفع المؤشر بنسبة 28.6 في المائة",
    "قال الأمين العام للمنظمة",
    "مارس الضغط على الحكومة",
    "وقع على القرار رقم 2216",
])
def test_look_alikes_are_not_times(times, text):
    assert times(text) == []

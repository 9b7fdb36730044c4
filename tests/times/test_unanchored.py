"""Without a publication date, expressions are found and relative ones stay unresolved."""

from __future__ import annotations


def test_absolute_dates_resolve_without_anchor(one):
    found = one("السبت 16 سبتمبر/أيلول 2023", anchor=None)
    assert found.timex == "2023-09-16" and found.values == ["2023-09-16"] and found.resolved


def test_relative_expressions_keep_placeholders(times):
    found = times("أمس الجمعة وصل الوفد، ويغادر الخميس المقبل", anchor=None)
    assert [t.text for t in found] == ["أمس الجمعة", "الخميس المقبل"]
    assert all(not t.resolved and t.values == [] for t in found)
    assert found[0].timex == "XXXX-XX-XX"


def test_weekday_without_anchor(one):
    found = one("سأعود يوم الجمعة", anchor=None)
    assert found.timex == "XXXX-WXX-5" and not found.resolved

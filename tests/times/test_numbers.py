"""Spelled-out numbers: additive systems of both languages, teens, hundreds, two-part years."""

from __future__ import annotations

import pytest

from marsad.times.lexicon import norm


def _number(recognizer, text):
    tokens = recognizer.lexer(norm(text))
    assert len(tokens) == 1, [(t.text, t.readings) for t in tokens]
    readings = tokens[0].readings
    code = "o" if "o" in readings else "c"
    return code, readings[code][0]


@pytest.mark.parametrize(("text", "code", "value"), [
    ("twenty one", "c", 21),
    ("twenty-first", "o", 21),
    ("two thousand and eighteen", "c", 2018),
    ("nineteen seventy two", "c", 1972),
    ("one thousand seven hundred and eighty nine", "c", 1789),
    ("واحد وعشرين", "c", 21),
    ("ثمانية عشر", "c", 18),
    ("ألف وسبعمائة وتسعة وثمانين", "c", 1789),
    ("مائتين وسبعة وستين", "c", 267),
    ("تسعة عشر ثمانية وعشرون", "c", 1928),
    ("الحادي والعشرين", "o", 21),
    ("الحادي عشر", "o", 11),
])
def test_number_words_combine(recognizer, text, code, value):
    assert _number(recognizer, text) == (code, value)


def test_numbers_that_do_not_form_one_stay_apart(recognizer):
    tokens = recognizer.lexer(norm("واحد ثلاثة"))
    assert [t.readings["c"][0] for t in tokens] == [1, 3]


def test_clock_hour_is_not_merged_with_its_minutes(recognizer):
    tokens = recognizer.lexer(norm("الثامنة وعشرين"))
    assert [t.readings.get("o", t.readings.get("c"))[0] for t in tokens] == [8, 20]

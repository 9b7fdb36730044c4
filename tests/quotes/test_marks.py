"""Quotation marks: pairing, apostrophes, nesting, unclosed marks."""

from __future__ import annotations

from marsad.quotes.lexicon import default_lexicon
from marsad.quotes.marks import MarkFinder


def _spans(text):
    finder = MarkFinder(default_lexicon().marks)
    return [(text[m.start : m.end], m.close is not None) for m in finder(text, [(0, len(text))])]


def test_every_style_pairs():
    text = 'a «نص أول» b “second one” c "third" d ‘fourth one’ e \'fifth\''
    assert [s for s, _ in _spans(text)] == ["نص أول", "second one", "third", "fourth one", "fifth"]


def test_apostrophes_are_not_quotation_marks():
    assert _spans("Kim's visit and the Koreans' view, it didn't matter.") == []


def test_nested_marks_belong_to_the_outer_quotation():
    assert _spans('قال: «إن "الشراكة" مستمرة»') == [('إن "الشراكة" مستمرة', True)]


def test_an_unclosed_mark_runs_to_the_paragraph_end():
    assert _spans("وقال إن «الوضع مستقر تماما") == [("الوضع مستقر تماما", False)]

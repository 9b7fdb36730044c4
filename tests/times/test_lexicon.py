"""Vocabulary: CLDR names for every Arabic month system, our additions, clean YAML."""

from __future__ import annotations

import pytest

from marsad.resources import load_yaml
from marsad.times.lexicon import Lexicon, norm, trie_pattern


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.load(("ar", "en"))


@pytest.mark.parametrize(("name", "month"), [
    ("سبتمبر", 9), ("أيلول", 9), ("كانون الثاني", 1), ("تشرين الأول", 10), ("جانفي", 1),
    ("شتنبر", 9), ("غشت", 8), ("September", 9), ("Sept", 9), ("dec.", 12),
])
def test_month_names_of_every_system(lexicon, name, month):
    assert lexicon.entries[norm(name)]["M"] == month


def test_weekdays_and_hijri_months(lexicon):
    assert lexicon.entries[norm("الأربعاء")]["W"] == 3
    assert lexicon.entries[norm("Sunday")]["W"] == 7
    assert lexicon.entries[norm("ذو القعدة")]["H"] == 11


def test_units_carry_counts_and_plurals(lexicon):
    assert lexicon.entries[norm("يومين")]["U"] == ("D", 2, False)
    assert lexicon.entries[norm("أعوام")]["U"] == ("Y", None, True)
    assert lexicon.entries[norm("fortnight")]["U"] == ("W", 2, False)


def test_a_word_keeps_all_its_readings(lexicon):
    readings = lexicon.entries[norm("second")]
    assert readings["o"] == (2, None) and readings["U"][0] == "S"


def test_norm_unifies_spelling_and_hyphens():
    assert norm("غداً") == norm("غدا")
    assert norm("Semi-Annually") == "semi annually"


def test_trie_pattern_prefers_longer_phrases():
    import re

    pattern = re.compile(trie_pattern(["day", "day after tomorrow"]))
    assert pattern.match("day after tomorrow").group() == "day after tomorrow"
    assert pattern.match("day  after-tomorrow").group() == "day  after-tomorrow"


@pytest.mark.parametrize("name", ["times/ar.yaml", "times/en.yaml", "times/grammar.yaml"])
def test_resource_keys_are_strings(name):
    """YAML 1.1 reads bare on/yes/no as booleans: every phrase must stay a string."""

    def walk(node):
        if isinstance(node, dict):
            for key, value in node.items():
                assert isinstance(key, str), f"{name}: non-string key {key!r}"
                walk(value)
        elif isinstance(node, list):
            for item in node:
                assert not isinstance(item, bool), f"{name}: boolean item in a list"
                walk(item)

    walk(load_yaml(name))

"""Consonant-class keys and the bounded transliteration score."""

from __future__ import annotations

import pytest

from marsad.places.translit import default_transliterator
from marsad.text.normalize import default_normalizer


@pytest.fixture(scope="module")
def translit():
    return default_transliterator()


def norm(text: str) -> str:
    return default_normalizer().string(text)


@pytest.mark.parametrize(
    "arabic, latin",
    [
        ("كنيفيتشي", "Knevichi"),
        ("فلاديفوستوك", "Vladivostok"),
        ("سوروتش", "Suruç"),
        ("القامشلي", "Al Qāmishlī"),
        ("إدلب", "Idlib"),
    ],
)
def test_arabic_and_latin_spellings_share_a_key(translit, arabic, latin):
    assert translit.arabic_key(norm(arabic)) in translit.latin_keys(latin)
    assert translit.score(norm(arabic), latin) >= translit.score_cutoff


def test_different_names_get_different_keys(translit):
    assert translit.arabic_key(norm("كنيفيتشي")) not in translit.latin_keys("Vladivostok")
    assert translit.score(norm("كنيفيتشي"), "Canavieiras") < translit.score_cutoff


def test_generic_leading_words_give_a_second_key(translit):
    keys = translit.latin_keys("Marsa al Burayqah")
    assert translit.arabic_key(norm("البريقة")) in keys and len(keys) == 2


def test_near_keys_are_bounded(translit):
    assert translit.near("FLDFSTK", "FLDFSTK")
    assert translit.near("FLDFSTK", "FLDFSTKS")
    assert not translit.near("KNF", "KNX")
    assert translit.nearest("FLDFSTK", ["FLDFSTK", "BRSLS", "FLDMR"]) == ["FLDFSTK"]

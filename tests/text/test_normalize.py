from marsad.text.normalize import default_normalizer


def test_arabic_orthography_is_unified():
    norm = default_normalizer()
    assert norm.string("أإآ") == "ااا"
    assert norm.string("مدرسة") == "مدرسه"
    assert norm.string("مصطفى") == "مصطفي"
    assert norm.string("١٦") == "16"
    assert norm.string("Kremlin") == "kremlin"


def test_offsets_map_back_across_removed_diacritics_and_tatweel():
    text = "قال إنّ الحكومـــة أكّدت Hello"
    view = default_normalizer()(text)
    assert "ّ" not in view.text and "ـ" not in view.text
    for word, original in (("الحكومه", "الحكومـــة"), ("اكدت", "أكّدت"), ("hello", "Hello")):
        start = view.text.index(word)
        s, e = view.span(start, start + len(word))
        assert text[s:e] == original


def test_identity_when_nothing_is_removed():
    view = default_normalizer()("plain text")
    assert view.removed is None
    assert view.span(2, 5) == (2, 5)

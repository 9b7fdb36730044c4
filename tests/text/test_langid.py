import pytest

from marsad.text.langid import LanguageIdentifier


def test_script_decides_when_one_language_per_script():
    identify = LanguageIdentifier(("ar", "en"))
    assert identify("وصل الوفد إلى الرياض") == "ar"
    assert identify("The delegation arrived in Riyadh") == "en"
    assert identify("2024 - 12 / 3") is None


def test_lingua_splits_languages_of_one_script():
    identify = LanguageIdentifier(("ar", "en", "fr"))
    assert identify("Le ministre des affaires étrangères est arrivé à Paris hier soir") == "fr"
    assert identify("The foreign minister arrived in Paris last night for talks") == "en"


def test_document_language_majority_or_mixed():
    identify = LanguageIdentifier(("ar", "en"))
    assert identify.document_language([("ar", 1000), ("en", 10)]) == "ar"
    assert identify.document_language([("ar", 900), ("en", 200)]) == "mixed"
    assert identify.document_language([]) is None


def test_unknown_language_code_is_refused():
    with pytest.raises(ValueError, match="xx"):
        LanguageIdentifier(("ar", "xx"))

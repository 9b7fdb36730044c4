"""The quote-stage resources: format, provenance, conjugation, compiled matchers."""

from __future__ import annotations

import pytest

from marsad.quotes.conjugate import expand_entry
from marsad.quotes.lexicon import default_lexicon
from marsad.resources import load_yaml, resource_path
from marsad.text.normalize import default_normalizer

FILES = ["quotes/marks.yaml", "quotes/ar.yaml", "quotes/en.yaml"]


@pytest.mark.parametrize("name", FILES)
def test_every_file_starts_with_format_and_provenance(name):
    head = resource_path(name).read_text(encoding="utf-8").split("\n\n")[0].lower()
    assert head.startswith("#") and "format" in head and "provenance" in head


def test_arabic_sound_and_defective_paradigms():
    conjugation = load_yaml("quotes/ar.yaml")["conjugation"]
    sound = expand_entry({"past": "أكد", "present": "يؤكد", "participle": "مؤكد"}, conjugation)
    assert {"أكد", "أكدت", "أكدوا", "يؤكد", "تؤكد", "يؤكدون", "مؤكدا", "مؤكدين"} <= set(sound)
    assert sound["مؤكدا"] == "participle" and sound["تؤكد"] == "present"
    weak = expand_entry({"past": "دعا", "present": "يدعو", "class": "defective"}, conjugation)
    assert {"دعا", "دعت", "دعوا", "يدعو", "تدعو", "يدعون"} <= set(weak)
    assert "دعات" not in weak


def test_english_regular_classes():
    conjugation = load_yaml("quotes/en.yaml")["conjugation"]
    forms = expand_entry({"base": "state", "class": "regular_e"}, conjugation)
    assert set(forms) == {"state", "states", "stated", "stating"} and forms["stating"] == "participle"
    assert {"deny", "denies", "denied", "denying"} == set(expand_entry({"base": "deny", "class": "regular_y"}, conjugation))


def test_cue_regex_takes_proclitics_and_object_pronouns_only_where_allowed():
    arabic = next(r for r in default_lexicon().languages if r.code == "ar")
    normalise = default_normalizer().string
    matched = lambda text: [m.group("form") for m in arabic.cue_re.finditer(normalise(text))]
    assert matched("وقالت فأكد") == ["قالت", "اكد"]
    assert matched("اتهمتهما") == ["اتهمت"]
    assert arabic.forms["اتهمت"][0].transitive and not arabic.forms["قالت"][0].transitive


def test_bare_noun_forms_need_a_proclitic(quotes_of):
    assert quotes_of("دفع ثمن الخطأ كاملا أمس.").quotes == []

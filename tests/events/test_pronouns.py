"""Pronoun and dual-noun arguments (marsad.events.pronouns), on sentences written for these tests."""

from __future__ import annotations

import pytest

from marsad.events.lexicon import norm
from marsad.events.pronouns import _glued_pronoun, pronoun_cues
from marsad.model import Document
from marsad.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.default()


def _events(pipeline: Pipeline, text: str) -> list:
    return pipeline.process(Document(id="t", text=text, published="2024-05-02")).events


def _countries(side) -> list[str]:
    return sorted(a.country for a in side)


def test_cues_have_numbers_and_glued_prepositions():
    cues = pronoun_cues("ar")
    assert cues.numbers["هما"] == "dual"
    assert _glued_pronoun(norm("إليهم"), cues) == (norm("إلى"), "plural")
    assert _glued_pronoun(norm("عليها"), cues) == (norm("على"), "singular")
    assert _glued_pronoun("الجيش", cues) is None


def test_dual_object_pronoun_refers_to_last_compound(pipeline):
    text = "زار وفد من اليابان والفلبين العاصمة الأمريكية أمس. واتهمتهما الصين بتهديد الاستقرار في المنطقة."
    event = next(e for e in _events(pipeline, text) if e.type == "DISAPPROVE")
    assert _countries(event.source) == ["CHN"]
    assert _countries(event.target) == ["JPN", "PHL"]
    assert any("refers back" in note for note in event.explanation)


def test_english_dual_noun_refers_to_last_compound(pipeline):
    text = "Japan and the Philippines held talks in Manila on Monday. China criticized the two countries on Tuesday."
    event = next(e for e in _events(pipeline, text) if e.type == "DISAPPROVE")
    assert _countries(event.target) == ["JPN", "PHL"]


def test_object_pronoun_skips_the_own_source(pipeline):
    text = "Rebels of the Houthi movement seized a port in Yemen. The Saudi army attacked them on Tuesday."
    event = next(e for e in _events(pipeline, text) if e.type == "FIGHT")
    assert _countries(event.source) == ["SAU"]
    assert _countries(event.target) == ["YEM"]


def test_no_antecedent_leaves_target_empty(pipeline):
    text = "The Saudi army attacked them on Tuesday."
    event = next(e for e in _events(pipeline, text) if e.type == "FIGHT")
    assert not any("refers back" in note for note in event.explanation)
    assert _countries(event.source) == ["SAU"]

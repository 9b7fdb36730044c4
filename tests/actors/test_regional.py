"""The shipped knowledge base on regional actors: the Gulf as the GCC after a group head or plural
title, a state's recognised government named by description, foreigners as an agent (sentences
written here)."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.model import Document
from marsad.pipeline import Pipeline

DAY = date(2015, 8, 3)


@pytest.fixture(scope="module")
def run():
    pipeline = Pipeline.default()
    return lambda text: pipeline.process(Document(id="t", text=text, published=DAY))


def _mentions(result, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(text[m.start : m.end], m.actor, m.code) for m in result.mentions]


def test_the_gulf_after_a_plural_title_or_group_head_is_the_gcc(run):
    text = "واجتمع وزراء خارجية الخليج أمس. وأكدت دول الخليج العربية دعمها للقرار."
    found = _mentions(run(text), text)
    assert ("وزراء خارجية الخليج", "gulf-cooperation-council", "IGO IGO") in found
    assert ("دول الخليج العربية", "gulf-cooperation-council", "IGO IGO") in found


def test_the_gulf_as_a_sea_or_region_is_not_the_gcc(run):
    text = "وعبرت ناقلة النفط مياه الخليج العربي أمس متجهة إلى منطقة الخليج."
    assert all(actor != "gulf-cooperation-council" for _, actor, _ in _mentions(run(text), text))


def test_the_recognised_government_in_an_article_about_libya(run):
    text = "وقتل جنود في ليبيا خلال اشتباكات بين قوات موالية للحكومة المعترف بها دوليا ومسلحين."
    result = run(text)
    assert "Government of Libya (internationally recognised, Tobruk)" in {a.name for a in result.actors}
    assert "Government of Libya (internationally recognised, Tobruk)" not in {
        a.name for a in run("وقالت الحكومة المعترف بها دوليا في اليمن إنها ترفض ذلك.").actors}


def test_foreigners_are_civilians_without_a_country(run):
    text = "وخطف المسلحون ثلاثة أجانب قرب الحدود."
    assert ("أجانب", None, "CVL") in _mentions(run(text), text)


def test_dual_demonyms_code_their_agent(run):
    text = "والتقى الوزير دبلوماسيين إسبانيين ومسؤولين تركيين."
    codes = {code for _, _, code in _mentions(run(text), text)}
    assert {"ESP GOV", "TUR GOV"} <= codes

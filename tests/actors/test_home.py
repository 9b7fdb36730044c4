"""The article's home state ("المملكة") and nominal anaphora, with a document address."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.actors.component import ActorComponent
from marsad.model import Document
from marsad.pipeline import Pipeline

from .conftest import FIXTURE_KB, names

DAY = date(2023, 9, 16)


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline([*Pipeline.default().components, ActorComponent(FIXTURE_KB)])


def forms(result, name):
    return [form for a in result.actors if a.name == name for form in a.forms]


def test_kingdom_names_the_outlets_state(pipeline):
    text = "قالت روسيا إن روسيا ستشارك. ويرأس وفد المملكة في الاجتماع وزير الخارجية."
    doc = Document(id="a1", url="https://www.okaz.com.sa/news/1", text=text, published=DAY)
    assert "المملكة" in forms(pipeline.process(doc), "Saudi Arabia")


def test_kingdom_without_a_known_outlet_names_the_most_mentioned_state(pipeline):
    text = "قالت روسيا إن روسيا ستشارك مع تركيا. ويرأس وفد المملكة في الاجتماع وزير الخارجية."
    result = pipeline.process(Document(id="a2", text=text, published=DAY))
    assert "المملكة" in forms(result, "Russia")


def test_kingdom_as_a_place_or_inside_a_longer_name_is_not_the_home_state(pipeline):
    text = "قالت روسيا إن الوفد وصل في المملكة أمس، وفي المملكة اجتمع. وزار الوفد المملكة المتحدة."
    doc = Document(id="a3", url="https://www.okaz.com.sa/news/2", text=text, published=DAY)
    result = pipeline.process(doc)
    assert "Saudi Arabia" not in names(result)
    assert not any("المملكة" in form for a in result.actors for form in a.forms)

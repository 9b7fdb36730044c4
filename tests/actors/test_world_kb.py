"""The shipped knowledge base on world news of the 1980s-2000s: leaders and movements of the era,
weapons platforms as military agents, two-word nationality adjectives (sentences written here)."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.actors.engine import load_engine
from marsad.events.demonyms import demonym_table
from marsad.model import Document
from marsad.pipeline import Pipeline
from tests.actors.conftest import actor, names


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline.default()


def _ids(engine, name: str, day: date | None = None) -> list[str]:
    return [engine.kb.entries[i].id for i in engine.lookup(name, day)]


def test_era_leaders_and_movements_are_in_the_base():
    engine = load_engine()
    assert _ids(engine, "Francois Mitterand")[0] == "francois-mitterrand"
    assert _ids(engine, "فرانسوا ميتران")[0] == "francois-mitterrand"
    assert _ids(engine, "Tamil Tigers")[0] == "ltte"
    assert _ids(engine, "European Common Market")[0] == "european-community"
    assert _ids(engine, "الجبهة الإسلامية للإنقاذ")[0] == "islamic-salvation-front"


def test_an_era_leader_is_coded_by_the_role_then(pipeline):
    text = "King Hassan of Morocco met F.W. de Klerk in Rabat."
    result = pipeline.process(Document(id="t", text=text, published=date(1990, 6, 1)))
    assert {"Hassan II", "F. W. de Klerk"} <= names(result)
    assert actor(result, "F. W. de Klerk").code == "ZAF GOV"
    assert "Mohammed VI" not in names(result)


def test_a_weapons_platform_with_a_demonym_is_that_state_s_military(pipeline):
    for text in ("Israeli tanks shelled the border post.", "قصفت طائرات حربية روسية القرية."):
        result = pipeline.process(Document(id="t", text=text))
        codes = {m.code for m in result.mentions if m.role == "agent"}
        assert codes & {"ISR MIL", "RUS MIL"}, (text, codes)
    march = pipeline.process(Document(id="t", text="خرجت مسيرة في المدينة."))
    assert not [m for m in march.mentions if m.code == "MIL"]


def test_two_word_nationality_adjectives_reach_the_demonym_table():
    table = demonym_table(("ar", "en"))
    assert table["sri lankan"][0] == "LKA" and table["north korean"][0] == "PRK"
    assert table["lankan"][0] == "LKA" and table["leonean"][0] == "SLE"
    assert "korean" not in table or table["korean"][0] != "PRK"
    assert "african" not in table and "شمالي" not in table
    assert table["serb"][0] == "SRB" and table["croat"][0] == "HRV"


def test_a_deputy_minister_is_not_the_minister(pipeline):
    result = pipeline.process(Document(id="t", text="Egypt's Deputy Foreign Minister met the envoy.",
                                       published=date(2010, 5, 1)))
    titles = [m for m in result.mentions if m.role == "title"]
    assert titles and titles[0].actor is None and titles[0].code == "EGY GOV"
    assert not [a for a in result.actors if a.type == "PERSON"]


def test_suicide_bombers_are_militants_not_aircraft(pipeline):
    result = pipeline.process(Document(id="t", text="Three suicide bombers attacked a market."))
    codes = {m.text: m.code for m in result.mentions if m.role == "agent"}
    assert codes.get("suicide bombers") == "UAF"

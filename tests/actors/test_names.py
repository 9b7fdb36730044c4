"""Name linking limits: hyphenated compounds, lone given names, undated titles before a shared
surname (a knowledge base written here)."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.actors.component import ActorComponent
from marsad.model import Document
from marsad.pipeline import Pipeline
from tests.actors.conftest import actor, names

KB = """# Test knowledge base written by the marsad authors (facts only).
- {id: syria, name: Syria, type: GPE, country: SYR, en: [Syria], adjectives: {en: [Syrian]}}
- {id: iran, name: Iran, type: GPE, country: IRN, en: [Iran], adjectives: {en: [Iranian]}}
- id: laurent-fabius
  name: Laurent Fabius
  type: PERSON
  country: FRA
  en: [Laurent Fabius]
  roles:
    - {title: foreign-minister, country: FRA, sector: GOV, from: 2012-05-16, to: 2016-02-11}
- id: emmanuel-macron
  name: Emmanuel Macron
  type: PERSON
  country: FRA
  en: [Emmanuel Macron]
  roles:
    - {title: president, country: FRA, sector: GOV, from: 2017-05-14}
- id: george-h-w-bush
  name: George H. W. Bush
  type: PERSON
  country: USA
  en: [George H. W. Bush]
  roles:
    - {title: president, country: USA, sector: GOV, from: 1989-01-20, to: 1993-01-20}
- id: george-w-bush
  name: George W. Bush
  type: PERSON
  country: USA
  en: [George W. Bush]
  roles:
    - {title: president, country: USA, sector: GOV, from: 2001-01-20, to: 2009-01-20}
"""


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    folder = tmp_path_factory.mktemp("kb")
    (folder / "entries.yaml").write_text(KB, encoding="utf-8")
    pipeline = Pipeline([*Pipeline.default().components, ActorComponent(folder)])
    return lambda text, day=None: pipeline.process(Document(id="t", text=text, published=day))


def test_an_anti_or_pro_compound_does_not_name_the_state(run):
    result = run("An anti-Syria writer and pro-Iranian groups met near the border.")
    assert "Syria" not in names(result)
    assert not [m for m in result.mentions if m.text in ("Syria", "Iranian")]
    assert "Syria" in names(run("The writer criticised Syria."))


def test_a_given_name_followed_by_another_name_is_someone_else(run):
    result = run("The envoy met President Laurent Gbagbu in the capital.")
    assert "Laurent Fabius" not in names(result)
    later = run("Laurent Fabius arrived in Cairo. Laurent said the talks went well.")
    assert actor(later, "Laurent Fabius").forms.count("Laurent") == 1


def test_an_undated_title_before_a_given_name_must_fit_the_latest_role(run):
    assert "Laurent Fabius" not in names(run("President Laurent spoke."))
    assert "Emmanuel Macron" in names(run("President Emmanuel spoke."))
    dated = run("President Emmanuel spoke.", date(2015, 1, 1))
    assert "Emmanuel Macron" not in names(dated)


def test_an_undated_title_before_a_shared_surname_names_the_latest_holder(run):
    assert "George W. Bush" in names(run("President Bush threatened Syria."))
    assert "George H. W. Bush" in names(run("President Bush threatened Syria.", date(1990, 8, 10)))
    named = run("George H. W. Bush met the emir. President Bush said the talks went well.")
    assert names(named) == {"George H. W. Bush"}

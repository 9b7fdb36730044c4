"""Mentions resolved by context: seats named as bodies, destinations, paired and main-state forms,
plural titles, possessive governments and group-noun repetition (a knowledge base written here)."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.actors.component import ActorComponent
from marsad.model import Document
from marsad.pipeline import Pipeline
from tests.actors.conftest import actor, names

DAY = date(2015, 8, 10)

KB = """# Test knowledge base written by the marsad authors (facts only).
- {id: russia, name: Russia, type: GPE, country: RUS, ar: [روسيا], metonyms: {ar: [موسكو]}}
- {id: japan, name: Japan, type: GPE, country: JPN, ar: [اليابان]}
- {id: iran, name: Iran, type: GPE, country: IRN, ar: [إيران]}
- {id: yemen, name: Yemen, type: GPE, country: YEM, ar: [اليمن], adjectives: {ar: [اليمني, اليمنية]}}
- {id: kremlin, name: Kremlin, type: ORG, country: RUS, sector: GOV, stands_for: russia, ar: [الكرملين]}
- id: gcc
  name: Gulf Cooperation Council
  type: IGO
  country: IGO
  ar: [مجلس التعاون]
  adjectives: {ar: [الخليجيون, الخليجية]}
- id: yemen-army
  name: Yemeni National Army
  type: ORG
  country: YEM
  sector: MIL
  ar: [الجيش اليمني]
  main_state: {ar: [الجيش الوطني]}
- {id: houthis, name: Houthis, type: ARMED_GROUP, country: YEM, sector: REB, ar: [الحوثيين, ميليشيات الحوثي]}
- {id: al-qaeda, name: Al-Qaeda, type: ARMED_GROUP, country: IMG, sector: REB, ar: [تنظيم القاعدة]}
- {id: nusra, name: Al-Nusra Front, type: ARMED_GROUP, country: SYR, sector: REB, ar: [جبهة النصرة]}
- id: saleh
  name: Ali Abdullah Saleh
  type: PERSON
  country: YEM
  ar: [علي عبد الله صالح]
  paired: {with: [houthis], ar: [صالح]}
"""


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    folder = tmp_path_factory.mktemp("kb")
    (folder / "entries.yaml").write_text(KB, encoding="utf-8")
    pipeline = Pipeline([*Pipeline.default().components, ActorComponent(folder)])
    return lambda text: pipeline.process(Document(id="t", text=text, published=DAY))


def test_a_seat_named_as_a_body_is_listed_and_names_its_state(run):
    result = run("قال الكرملين إن الزيارة ناجحة.")
    assert [a.name for a in result.actors] == ["Kremlin", "Russia"]
    assert actor(result, "Russia").forms == ["الكرملين"] and actor(result, "Kremlin").code == "RUS GOV"
    assert run("عقد الاجتماع في الكرملين أمس.").actors == []  # a place


def test_a_state_within_a_weapons_reach_is_an_actor_a_travel_destination_a_place(run):
    assert names(run("قال إن القاذفة يمكنها الطيران من روسيا إلى اليابان.")) == {"Japan"}  # the start: a place
    assert names(run("صواريخ يصل مداها إلى اليابان.")) == {"Japan"}
    assert run("سافر الوفد إلى اليابان أمس.").actors == []
    assert run("لا يستطيع أن يعود إلى اليابان.").actors == []
    assert run("وصل الوفد إلى موسكو.").actors == []


def test_a_paired_form_names_its_entry_only_next_to_a_partner(run):
    result = run("تحرير عدن من أيدي ميليشيات الحوثي وصالح.")
    assert {"Houthis", "Ali Abdullah Saleh"} <= names(result)
    assert "صالح" in actor(result, "Ali Abdullah Saleh").forms
    assert "Ali Abdullah Saleh" in names(run("حذر صالح والحوثيين من التصعيد."))
    assert "Ali Abdullah Saleh" not in names(run("قال صالح إن الحوثيين انسحبوا."))


def test_a_main_state_form_names_the_body_of_the_state_the_text_is_about(run):
    about_yemen = run("تقدم الجيش الوطني في اليمن. وأكدت الحكومة اليمنية أن اليمن سيتحرر.")
    assert "الجيش الوطني" in actor(about_yemen, "Yemeni National Army").forms
    about_russia = run("قال الجيش الوطني إن روسيا وموسكو تدعمان الحل.")
    assert "Yemeni National Army" not in names(about_russia)


def test_a_plural_title_with_an_organisation_names_the_organisation(run):
    result = run("اجتمع وزراء الخارجية الخليجيون أمس. وحضر وزراء خارجية مجلس التعاون.")
    gcc = actor(result, "Gulf Cooperation Council")
    assert {"وزراء الخارجية الخليجيون", "وزراء خارجية مجلس التعاون"} <= set(gcc.forms)
    assert len(result.actors) == 1  # never one minister


def test_a_possessive_government_names_the_state_of_its_sentence(run):
    result = run("اتهم الوزير إيران وحكومتها المتطرفة بالتصعيد.")
    assert "حكومتها المتطرفة" in actor(result, "Iran").forms
    apart = run("انتقد الوزير إيران. وقالت إن حكومتها ستتغير.")
    assert "حكومتها" not in actor(apart, "Iran").forms


def test_a_group_noun_names_the_group_of_its_paragraph_before_an_older_head_noun_match(run):
    text = ("فرضت واشنطن عقوبات على تنظيم القاعدة.\n\nوأضافت أن التمويل مستمر.\n\n"
            "وجمع تبرعات لجبهة النصرة، وتلقى طلبا من مسؤول في التنظيم الإرهابي.")
    result = run(text)
    assert "التنظيم الإرهابي" in actor(result, "Al-Nusra Front").forms
    assert "التنظيم الإرهابي" not in actor(result, "Al-Qaeda").forms


def test_a_bare_group_noun_repeats_what_it_named_last(run):
    result = run("تقاتل الميليشيات المتمردة في عدن. ودعا إلى التصدي لما تقوم به الميليشيات من تخريب. "
                 "وانسحب الحوثيين من المدينة.")
    assert {"الميليشيات المتمردة", "الميليشيات"} <= set(actor(result, "Houthis").forms)

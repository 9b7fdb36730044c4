"""The actors component inside the pipeline: output layers, codes and the scratch lookup."""

from __future__ import annotations

from datetime import date

from marsad.actors.component import ActorComponent
from marsad.model import Document
from marsad.pipeline import Doc, Pipeline


def test_component_declares_its_layers():
    assert ActorComponent.name == "actors"
    assert ActorComponent.reads == ("text", "segments")
    assert ActorComponent.writes == ("actors", "mentions")


def test_every_mention_is_grounded_and_linked(run_actors):
    text = "وقال بوتين إن روسيا وكوريا الشمالية ستتعاونان. وزار فلاديمير بوتين بيونغ يانغ وبكين."
    result = run_actors(text, date(2024, 6, 19))
    ids = {a.id for a in result.actors}
    for mention in result.mentions:
        assert text[mention.start : mention.end] == mention.text
        assert mention.actor is None or mention.actor in ids
    for found in result.actors:
        assert found.mentions and all(text[m.start : m.end] == m.text for m in found.mentions)
        assert all(any(m.text == f or f.endswith(m.text) or m.text in f for m in found.mentions) for f in found.forms)
    assert [a.name for a in result.actors] == ["Vladimir Putin", "Russia", "North Korea"]


def test_codes_follow_the_document_date(run_actors):
    text = "Sergei Shoigu spoke."
    assert run_actors(text, date(2020, 1, 1)).actors[0].code == "RUS GOV"
    shoigu = run_actors(text, date(2001, 1, 1)).actors[0]
    assert shoigu.country == "RUS" and shoigu.code == "RUS"  # no office then
    un = run_actors("The UN said.", date(2020, 1, 1)).actors[0]
    assert (un.name, un.country, un.code) == ("United Nations", "IGO", "IGO")


def test_metonym_mentions_are_coded_as_government(run_actors):
    result = run_actors("قال الكرملين إن الزيارة ناجحة.", date(2023, 9, 16))
    assert [(m.text, m.role, m.code) for m in result.mentions] == [("الكرملين", "metonym", "RUS GOV")]


def test_scratch_lookup_for_later_stages(fixture_kb):
    pipeline = Pipeline(Pipeline.default().components)
    component = ActorComponent(fixture_kb)
    doc = Doc.start(Document(id="x", text="قالت إيران إن في موسكو وفدا.", published=date(2020, 1, 1)))
    for stage in pipeline.components:
        stage(doc)
    component(doc)
    assert doc.scratch["actors"] == [(5, 10, "iran", "name", "IRN")]
    assert doc.scratch["actor_places"] == [(17, 22, "russia")]


def test_post_handle_names_its_known_author(run_actors):
    text = ("Kim Jong Un arrived in Vladivostok. pic.twitter.com/abc\n"
            "— RT (@RT_com) September 16, 2023\n")
    result = run_actors(text, date(2023, 9, 16))
    rt = [a for a in result.actors if a.name == "RT"]
    assert rt and "@RT_com" in rt[0].forms

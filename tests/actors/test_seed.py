"""Acceptance on the seed article with the shipped knowledge base (read at run time from ../shared)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from marsad.actors.component import ActorComponent
from marsad.actors.kb import default_folder
from marsad.evaluate import metrics, score_record
from marsad.model import Document
from marsad.pipeline import Pipeline

NEEDED = ("states.yaml", "people.yaml", "organisations.yaml", "media.yaml")
SEED_DAY = date(2023, 9, 16)

#: the issue's acceptance list, but Japan: the seed names it only as a flight's destination
ACTORS = ["Kim Jong Un", "Sergei Shoigu", "Vladimir Putin", "Dmitry Peskov", "Russia", "North Korea",
          "South Korea", "United States", "Ukraine", "Iran", "United Nations", "Soviet Union",
          "Korean Central News Agency", "Agence France-Presse", "Russian Ministry of Defence",
          "Russian Pacific Fleet", "RT"]
FORMS = {"Kim Jong Un": ["كيم", "جونغ أون", "كيم جونغ أون"], "Russia": ["موسكو", "الكرملين", "روسيا"],
         "North Korea": ["بيونغ يانغ"], "United States": ["واشنطن", "الولايات المتحدة"],
         "Sergei Shoigu": ["شويغو", "سيرغي شويغو"], "Vladimir Putin": ["بوتين", "فلاديمير بوتين"]}


@pytest.fixture(scope="module")
def seed_result(seed_text):
    folder = default_folder()
    missing = [name for name in NEEDED if not (folder / name).is_file()]
    if missing:
        pytest.skip(f"the shipped knowledge base is not complete yet (missing {missing})")
    pipeline = Pipeline([*Pipeline.default().components, ActorComponent()])
    return pipeline.process(Document(id="seed", text=seed_text, published=SEED_DAY))


def test_seed_actors_each_appear_once(seed_result):
    found = [a.name for a in seed_result.actors]
    for name in ACTORS:
        assert found.count(name) == 1, f"{name}: {found.count(name)} times in {found}"


def test_seed_forms_are_linked(seed_result):
    by_name = {a.name: a for a in seed_result.actors}
    for name, forms in FORMS.items():
        missing = [form for form in forms if form not in by_name[name].forms]
        assert not missing, f"{name} lacks {missing}"


def test_places_in_the_seed_are_not_actors(seed_result):
    names = {a.name for a in seed_result.actors}
    assert "Japan" not in names  # "من موسكو إلى اليابان": a flight's destination


def test_seed_scores_against_its_gold_record(shared, seed_result):
    records = [json.loads(line) for line in (shared / "eval" / "ar_documents.jsonl").open(encoding="utf-8")]
    gold = next(r for r in records if r["id"].startswith("seed"))
    score = score_record(gold, seed_result.to_output(include_text=False), ("actors",))["actors"]
    result = metrics("actors", score.counts)
    assert result["f1"] >= 0.85, score.misses
    assert result["form_recall"] >= 0.85, score.misses

"""Loading and validating knowledge-base folders; date-bounded roles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from marsad.actors.kb import KnowledgeBaseError, load_knowledge_base, read_knowledge_base
from marsad.actors.schema import parse_bound


def test_fixture_folder_loads_with_bundled_titles_and_rules(fixture_kb):
    kb = read_knowledge_base(fixture_kb)
    assert kb.get("vladimir-putin").name == "Vladimir Putin"
    assert "defence-minister" in kb.titles  # from the bundled titles.yaml
    assert kb.rules.get("ar").article == "ال"
    assert {"states.yaml", "people.yaml"} <= set(kb.sources)


def test_roles_are_chosen_by_date():
    kb = load_knowledge_base(Path(__file__).parent / "fixtures" / "kb")
    shoigu = kb.get("sergei-shoigu")
    assert shoigu.role_on(date(2023, 9, 16)).title == "defence-minister"
    assert shoigu.role_on(date(2024, 6, 1)).title == "security-council-secretary"
    assert shoigu.role_on(date(2001, 1, 1)) is None
    assert shoigu.role_on(None).title == "security-council-secretary"  # no date: the latest role


def test_holders_of_an_office_on_a_date(fixture_kb):
    kb = read_knowledge_base(fixture_kb)
    minister = kb.holders(["defence-minister"], "RUS", None, date(2023, 9, 16))
    assert [kb.entries[i].id for i in minister] == ["sergei-shoigu"]
    after = kb.holders(["defence-minister"], "RUS", None, date(2024, 6, 1))
    assert [kb.entries[i].id for i in after] == ["andrei-belousov"]
    president = kb.holders(kb.title_ids("president"), "RUS", None, date(2010, 1, 1))
    assert [kb.entries[i].id for i in president] == ["dmitry-medvedev"]


@pytest.mark.parametrize("value, end, expected", [
    ("2012-11-06", False, date(2012, 11, 6)),
    ("2012", False, date(2012, 1, 1)),
    ("2012", True, date(2012, 12, 31)),
    ("2024-02", True, date(2024, 2, 29)),
    (2019, False, date(2019, 1, 1)),
])
def test_role_bounds(value, end, expected):
    assert parse_bound(value, end=end) == expected


def test_malformed_entries_are_reported_by_file_and_id(tmp_path):
    (tmp_path / "people.yaml").write_text(
        "- {id: Bad_Id, name: X, type: PERSON, ar: [س]}\n"
        "- {id: ok-person, name: Y, type: PERSON, country: rus, ar: [ص]}\n"
        "- {id: dated, name: Z, type: PERSON, ar: [ع], roles: [{title: president, from: 2020-13-01}]}\n"
        "- {id: kind, name: W, type: CITY, ar: [غ]}\n",
        encoding="utf-8",
    )
    with pytest.raises(KnowledgeBaseError) as caught:
        read_knowledge_base(tmp_path)
    problems = "\n".join(caught.value.problems)
    assert "Bad_Id" in problems and "malformed id" in problems
    assert "ok-person" in problems and "country code" in problems
    assert "dated" in problems
    assert "unknown type" in problems
    lenient = read_knowledge_base(tmp_path, strict=False)
    assert lenient.problems and lenient.entries == []


def test_cache_follows_file_changes(tmp_path):
    path = tmp_path / "states.yaml"
    path.write_text("- {id: a-state, name: A, type: GPE, country: AAA, en: [Aland]}\n", encoding="utf-8")
    first = load_knowledge_base(tmp_path)
    assert load_knowledge_base(tmp_path) is first
    path.write_text("- {id: b-state, name: B, type: GPE, country: BBB, en: [Bland]}\n", encoding="utf-8")
    assert load_knowledge_base(tmp_path).get("b-state") is not None

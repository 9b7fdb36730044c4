"""`marsad actors check`: the shipped knowledge base is sound; broken files are caught."""

from __future__ import annotations

from marsad.actors.check import check_folder
from marsad.actors.kb import default_folder


def _errors(folder) -> list[str]:
    return [str(issue) for issue in check_folder(folder) if issue.level == "error"]


def test_the_shipped_knowledge_base_passes_the_check():
    errors = _errors(default_folder())
    assert errors == [], "\n".join(errors[:30])


def test_the_fixture_knowledge_base_passes_the_check(fixture_kb):
    assert _errors(fixture_kb) == []


def test_broken_files_are_reported(tmp_path):
    (tmp_path / "states.yaml").write_text(
        "- {id: land-a, name: A, type: GPE, country: AAA, ar: [ألفا], metonyms: {ar: [العاصمة الكبرى]}}\n"
        "- {id: land-b, name: B, type: GPE, country: BBB, ar: [ألفا]}\n"
        "- {id: land-c, name: C, type: GPE, country: CCC, ar: [جيما], note: shares a name with D}\n"
        "- {id: land-d, name: D, type: GPE, country: DDD, ar: [جيما]}\n"
        "- {id: land-a, name: A again, type: GPE, country: AAA, ar: [ألفا الثانية]}\n"
        "- {id: land-e, name: E, type: GPE, country: EEEE, ar: [إيبسلون]}\n",
        encoding="utf-8",
    )
    (tmp_path / "people.yaml").write_text(
        "- {id: p-one, name: One, type: PERSON, country: AAA, ar: [واحد الأول],"
        " roles: [{title: defence-minister, country: AAA, from: 2010-01-01, to: 2015-06-30}]}\n"
        "- {id: p-two, name: Two, type: PERSON, country: AAA, ar: [اثنان الثاني],"
        " roles: [{title: defence-minister, country: AAA, from: 2015-06-30}]}\n"
        "- {id: p-three, name: Three, type: PERSON, country: AAA, ar: [ثلاثة الثالث],"
        " roles: [{title: defence-minister, country: AAA, from: 2014-01-01, to: 2014-12-31}]}\n"
        "- {id: p-four, name: Four, type: PERSON, country: AAA, ar: [أربعة الرابع],"
        " roles: [{title: grand-vizier, country: AAA, from: 2014-01-01}], parent: nowhere}\n"
        "- {id: p-five, name: Five, type: PERSON, country: AAA, ar: [خمسة الخامس],"
        " roles: [{title: envoy, country: AAA, from: 2014-01-01}]}\n"
        "- {id: p-six, name: Six, type: PERSON, country: AAA, ar: [ستة السادس],"
        " roles: [{title: envoy, country: AAA, from: 2014-01-01}]}\n",
        encoding="utf-8",
    )
    errors = "\n".join(_errors(tmp_path))
    assert "duplicate id" in errors
    assert "'الفا'" in errors and "land-a, land-b" in errors  # shared form, no note
    assert "جيما" not in errors  # shared too, but with a note
    assert "EEEE" in errors  # malformed country code
    assert "p-three" in errors and "overlaps p-one" in errors
    assert "p-two" not in errors  # a handover overlapping by a day is fine
    assert "grand-vizier" in errors and "nowhere" in errors
    assert "p-six" not in errors  # envoys are many at once

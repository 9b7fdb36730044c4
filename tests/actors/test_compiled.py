"""The compiled copy of the knowledge-base YAML files (compiled.tsv)."""

from __future__ import annotations

import pytest

from marsad.actors import compiled
from marsad.actors.compiled import ARTIFACT, YamlReader, read_rows, stale, write_compiled
from marsad.actors.kb import default_folder, read_knowledge_base


def test_the_shipped_copy_is_in_sync_with_the_yaml_files():
    assert stale(default_folder()) == [], "run `python -m marsad.actors` after editing the actor YAML files"


def test_an_up_to_date_row_is_read_without_parsing_yaml(tmp_path, monkeypatch):
    path = tmp_path / "states.yaml"
    path.write_text("# ours\n- {id: a, name: A, type: GPE, country: AAA, ar: [ألف], active: true}\n", encoding="utf-8")
    write_compiled(tmp_path)
    assert set(read_rows(tmp_path)) == {"states.yaml"}
    monkeypatch.setattr(compiled, "parse_yaml", lambda data: pytest.fail("parsed the YAML"))
    assert YamlReader()(path) == [{"id": "a", "name": "A", "type": "GPE", "country": "AAA", "ar": ["ألف"],
                                   "active": True}]


def test_an_edited_file_is_read_from_its_yaml(tmp_path):
    path = tmp_path / "states.yaml"
    path.write_text("- {id: a, name: A, type: GPE, country: AAA, ar: [ألف]}\n", encoding="utf-8")
    write_compiled(tmp_path)
    path.write_text("- {id: b, name: B, type: GPE, country: BBB, ar: [باء]}\n", encoding="utf-8")
    assert stale(tmp_path) == ["states.yaml"]
    assert YamlReader()(path)[0]["id"] == "b"
    assert read_knowledge_base(tmp_path).get("b") is not None


def test_the_copy_gives_the_same_knowledge_base_as_the_yaml(tmp_path):
    for path in default_folder().glob("*.yaml"):
        if path.name in ("states.yaml", "matching.yaml"):
            (tmp_path / path.name).write_bytes(path.read_bytes())
    plain = read_knowledge_base(tmp_path)
    write_compiled(tmp_path)
    assert (tmp_path / ARTIFACT).is_file()
    fast = read_knowledge_base(tmp_path)
    assert fast.entries == plain.entries and fast.rules == plain.rules

import json
from datetime import date, datetime

from marsad.model import SCHEMA_VERSION, Document, Result, output_schema


def test_output_schema_lists_every_layer():
    schema = output_schema()
    for layer in ("segments", "actors", "mentions", "times", "places", "quotes", "events"):
        assert layer in schema["properties"]
    assert SCHEMA_VERSION in schema["$id"]
    json.dumps(schema)


def test_anchor_prefers_reference_over_published():
    doc = Document(id="a", text="x", published=date(2023, 9, 16))
    assert doc.anchor() == datetime(2023, 9, 16)
    doc = Document(id="a", text="x", published=date(2023, 9, 16), reference=datetime(2023, 9, 16, 10, 30))
    assert doc.anchor().hour == 10
    assert Document(id="a", text="x").anchor() is None


def test_output_without_text():
    result = Result(id="a", text="hello")
    assert "text" not in result.to_output(include_text=False)
    assert result.to_output()["text"] == "hello"

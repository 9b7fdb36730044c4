import pytest

from marsad import Config, Document, Pipeline
from marsad.errors import Failure
from marsad.pipeline import Component


class Upper(Component):
    name = "upper"
    reads = ("segments",)
    writes = ("title",)

    def __call__(self, doc):
        doc.result.title = doc.text.upper()


class Broken(Component):
    name = "broken"
    reads = ("text",)

    def __call__(self, doc):
        if "boom" in doc.text:
            raise RuntimeError("exploded")


def test_default_pipeline_runs_every_builtin_component_and_keeps_every_layer():
    from marsad.pipeline import BUILTIN_COMPONENTS

    pipeline = Pipeline.default()
    assert pipeline.names == list(BUILTIN_COMPONENTS)
    out = pipeline.process(Document(id="a", text="Hello there.")).to_output()
    for layer in ("segments", "actors", "mentions", "times", "places", "quotes", "events"):
        assert isinstance(out[layer], list)
    assert out["schema_version"] and out["segments"]


def test_component_reading_an_unwritten_layer_is_rejected():
    with pytest.raises(ValueError, match="upper"):
        Pipeline([Upper()])


def test_components_are_replaceable_and_run_in_order():
    base = Pipeline.default()
    pipeline = Pipeline([*base.components, Upper()])
    assert pipeline.process(Document(id="a", text="abc")).title == "ABC"


def test_pipe_turns_a_crash_into_a_failure_and_continues():
    pipeline = Pipeline([Broken()])
    failure = Failure("x.txt", "unreadable")
    out = list(pipeline.pipe([Document(id="1", text="ok"), Document(id="2", text="boom", origin="f.txt"), failure]))
    assert out[0].id == "1"
    assert isinstance(out[1], Failure) and out[1].origin == "f.txt" and "exploded" in out[1].reason
    assert out[2] is failure


def test_unknown_component_name():
    with pytest.raises(ValueError, match="nope"):
        Pipeline.default(Config(components=("segmenter", "nope")))

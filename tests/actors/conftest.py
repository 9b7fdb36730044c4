"""Fixtures of the actor tests: a small knowledge base written for the tests, and a runner."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from marsad.actors.component import ActorComponent
from marsad.model import Document, Result
from marsad.pipeline import Pipeline

FIXTURE_KB = Path(__file__).parent / "fixtures" / "kb"


@pytest.fixture(scope="session")
def fixture_kb() -> Path:
    return FIXTURE_KB


@pytest.fixture(scope="session")
def run_actors():
    """Run segmentation + the actor stage (fixture knowledge base) over a text on a date."""
    pipeline = Pipeline([*Pipeline.default().components, ActorComponent(FIXTURE_KB)])

    def run(text: str, day: date | None = None) -> Result:
        return pipeline.process(Document(id="t", text=text, published=day))

    return run


def names(result: Result) -> set[str]:
    return {actor.name for actor in result.actors}


def actor(result: Result, name: str):
    found = [a for a in result.actors if a.name == name]
    assert found, f"{name} not among {names(result)}"
    return found[0]

"""Fixtures of the place-stage tests: one gazetteer and one pipeline for the whole session."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def gazetteer():
    from marsad.places import load_gazetteer

    return load_gazetteer()


@pytest.fixture(scope="session")
def place_pipeline(gazetteer):
    from marsad.pipeline import Pipeline
    from marsad.places.component import PlaceComponent

    return Pipeline([*Pipeline.default().components, PlaceComponent(gazetteer=gazetteer)])


@pytest.fixture(scope="session")
def run_places(place_pipeline):
    """text → the processed Doc (places in doc.result.places, every mention in doc.scratch)."""
    from marsad.model import Document
    from marsad.pipeline import Doc

    def run(text: str) -> Doc:
        doc = Doc.start(Document(id="t", text=text))
        for component in place_pipeline.components:
            component(doc)
        return doc

    return run


@pytest.fixture(scope="session")
def fixtures() -> Path:
    return FIXTURES

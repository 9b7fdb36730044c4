"""Shared helpers of the time-stage tests: one recogniser, and a function to run it on a text."""

from __future__ import annotations

from datetime import datetime

import pytest

from marsad.model import Document
from marsad.pipeline import Doc


@pytest.fixture(scope="session")
def recognizer():
    from marsad.times import TimeRecognizer

    return TimeRecognizer(("ar", "en"))


@pytest.fixture(scope="session")
def times(recognizer):
    """times(text, anchor="2024-03-06") -> list of TimeExpression (anchor None: no date)."""

    def run(text: str, anchor: str | None = "2024-03-06T00:00:00"):
        reference = datetime.fromisoformat(anchor) if anchor else None
        return recognizer(Doc.start(Document(id="t", text=text, reference=reference)))

    return run


@pytest.fixture(scope="session")
def one(times):
    """The single expression found in a text (fails when there is not exactly one)."""

    def run(text: str, anchor: str | None = "2024-03-06T00:00:00"):
        found = times(text, anchor)
        assert len(found) == 1, f"{text!r}: {[(t.text, t.timex) for t in found]}"
        return found[0]

    return run

"""Acceptance on the seed article (read at run time from ../shared/samples)."""

from __future__ import annotations

import pytest

from marsad.model import Document
from marsad.pipeline import Config, Pipeline


@pytest.fixture(scope="module")
def seed_times(seed_text):
    from marsad.times import TimeComponent

    pipeline = Pipeline([*Pipeline.default().components, TimeComponent.from_config(Config())])
    document = Document(id="seed", text=seed_text, published="2023-09-16")
    return pipeline.process(document).times


def _find(times, needle):
    found = [t for t in times if needle in t.text]
    assert found, f"{needle!r} not found among {[t.text for t in times]}"
    return found[0]


@pytest.mark.parametrize(("needle", "value"), [
    ("السبت 16 سبتمبر/أيلول 2023", "2023-09-16"),
    ("أمس الجمعة، 15 سبتمبر/أيلول 2023", "2023-09-15"),
    ("يوم الأربعاء الماضي", "2023-09-13"),
    ("يوم الخميس الماضي", "2023-09-14"),
    ("September 16, 2023", "2023-09-16"),
])
def test_seed_dates(seed_times, needle, value):
    found = _find(seed_times, needle)
    assert found.values[0] == value and found.resolved


def test_seed_hundred_years_is_a_duration(seed_times):
    found = _find(seed_times, "المئة المقبلة")
    assert found.type == "duration" and found.timex == "P100Y"


def test_seed_every_item_is_grounded(seed_times, seed_text):
    assert seed_times
    for item in seed_times:
        assert seed_text[item.start : item.end] == item.text


def test_seed_yesterday_friday_alone(seed_times):
    alone = [t for t in seed_times if t.text == "أمس الجمعة"]
    assert alone and alone[0].values == ["2023-09-15"]

"""The component in a pipeline, and the grammar machinery."""

from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import Config, Pipeline


def test_component_declares_its_layers():
    from marsad.times import TimeComponent

    component = TimeComponent.from_config(Config(languages=("ar", "en")))
    assert component.name == "times"
    assert component.reads == ("text", "segments")
    assert component.writes == ("times",)


def test_component_runs_after_the_text_stage():
    from marsad.times import TimeComponent

    pipeline = Pipeline([*Pipeline.default().components, TimeComponent.from_config(Config())])
    result = pipeline.process(Document(id="x", text="زار الوفد القاهرة أمس.", published="2024-03-06"))
    assert [(t.text, t.timex) for t in result.times] == [("أمس", "2024-03-05")]
    assert result.times[0].type == "date"


def test_items_are_sorted_by_offset(times):
    found = times("Yesterday he said the vote is next week, not in 2025.")
    assert [t.start for t in found] == sorted(t.start for t in found)
    assert [t.text for t in found] == ["Yesterday", "next week", "in 2025"] or \
        [t.text for t in found] == ["Yesterday", "next week", "2025"]


def test_dates_beyond_the_calendar_do_not_break_a_document(times):
    found = times("نشأت الحضارة قبل 50000 قرن، ثم عادت أمس", "2024-03-06T00:00:00")
    assert ("أمس", "2024-03-05") in [(t.text, t.timex) for t in found]


def test_rule_first_codes_are_indexed(recognizer):
    from marsad.times.grammar import first_chars

    assert first_chars("(?P<a>X)? (?P<b>[UV])+".replace(" ", "")) == frozenset("XUV")
    assert first_chars("(?P<a>X)?") is None
    assert all(stage for stage in recognizer.grammar.stages)


def test_calendar_helpers():
    from datetime import date

    from marsad.times import calendar as cal

    assert cal.easter(2024) == date(2024, 3, 31)
    assert cal.nth_weekday(2024, 3, 5, -1) == date(2024, 3, 29)
    assert cal.holiday("11-WXX-4-4", 2016) == date(2016, 11, 24)
    assert cal.hijri_to_gregorian(1436, 10, 25) == date(2015, 8, 10)
    assert cal.hijri_to_gregorian(1200, 1, 1) is None

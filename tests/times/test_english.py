"""English expressions, anchored on Wednesday 6 March 2024 (examples written for these tests)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "timex"), [
    ("The talks ended on September 16, 2023.", "2023-09-16"),
    ("They met on the 2nd of August.", "XXXX-08-02"),
    ("He left yesterday.", "2024-03-05"),
    ("She arrives the day after tomorrow.", "2024-03-08"),
    ("They met last Friday.", "2024-03-01"),
    ("The vote is next week.", "2024-W11"),
    ("It happened 3 days ago.", "2024-03-03"),
    ("Sales grew in the third quarter of 2016.", "(2016-07-01,2016-10-01,P3M)"),
    ("Prices rose between 2014 and 2018.", "(2014-01-01,2018-01-01,P4Y)"),
    ("The shop opens at 7:30 pm.", "T19:30"),
    ("Call me tomorrow morning.", "2024-03-07TMO"),
    ("We meet every Monday.", "XXXX-WXX-1"),
    ("The treaty lasted for twenty one years.", "P21Y"),
    ("It was built in the 1970s.", "(1970-01-01,1980-01-01,P10Y)"),
    ("Nothing changed since 2013.", "2013"),
    ("Let us talk at the end of the month.", "2024-03"),
])
def test_timex(one, text, timex):
    assert one(text).timex == timex


def test_types(one):
    assert one("for 3 hours").type == "duration"
    assert one("every Monday").type == "set"
    assert one("before 2018").type == "daterange"
    assert one("from 5 to 6 pm").type == "timerange"


def test_month_day_without_year_keeps_both_readings(one):
    found = one("The deadline is April 22.")
    assert found.timex == "XXXX-04-22"
    assert found.values == ["2023-04-22", "2024-04-22"]


@pytest.mark.parametrize("text", ["May I ask a question?", "Good morning everyone", "Call 555-1212 now or (206) 555-1212"])
def test_look_alikes_are_not_times(times, text):
    assert [t.text for t in times(text) if t.timex != "PRESENT_REF"] == []

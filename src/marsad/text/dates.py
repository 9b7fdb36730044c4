"""Calendar names from CLDR (babel), shared by segmentation and the time stage."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from babel import Locale
from babel.dates import get_month_names


@lru_cache(maxsize=16)
def month_names(locales: tuple[str, ...]) -> dict[str, int]:
    """Lower-cased month names (wide and abbreviated, both contexts) → month number."""
    names: dict[str, int] = {}
    for code in locales:
        locale = Locale.parse(code)
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, locale).items():
                    names.setdefault(name.lower().rstrip("."), number)
    return names


@lru_cache(maxsize=16)
def _month_date_patterns(locales: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    alternatives = "|".join(sorted((re.escape(n) for n in month_names(locales)), key=len, reverse=True))
    month_first = re.compile(rf"(?P<month>{alternatives})\.?\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}})", re.I)
    day_first = re.compile(rf"(?P<day>\d{{1,2}})\s+(?P<month>{alternatives})\.?,?\s+(?P<year>\d{{4}})", re.I)
    return month_first, day_first


def parse_month_date(text: str, locales: tuple[str, ...] = ("en",)) -> date | None:
    """Parse 'September 16, 2023' / '16 سبتمبر 2023' style dates; None when it is not one."""
    names = month_names(locales)
    for pattern in _month_date_patterns(locales):
        match = pattern.search(text)
        if match:
            try:
                return date(int(match["year"]), names[match["month"].lower()], int(match["day"]))
            except ValueError:
                return None
    return None

"""Building blocks of the scorers: locating text, overlaps, one-to-one matching, normalisation."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from typing import Any

from marsad.text.normalize import default_normalizer

Span = tuple[int, int]

_SPACE_BEFORE_TIME = re.compile(r"(?<=[0-9X]) (?=\d{2}:\d{2})")
_ZERO_SECONDS = re.compile(r"(T\d{2}:\d{2}):00(?![\d.:])")
EARTH_RADIUS_KM = 6371.0088


def occurrences(text: str, needle: str | None) -> list[Span]:
    """Every (possibly overlapping) occurrence of ``needle`` in ``text``; case-insensitive fallback."""
    if not needle:
        return []
    spans = _find_all(text, needle)
    if not spans:
        lowered = text.lower()
        if len(lowered) == len(text):
            spans = _find_all(lowered, needle.lower())
    return spans


def _find_all(text: str, needle: str) -> list[Span]:
    spans, index = [], text.find(needle)
    while index >= 0:
        spans.append((index, index + len(needle)))
        index = text.find(needle, index + 1)
    return spans


def overlap(a: Span, b: Span) -> int:
    """Number of characters two half-open spans share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def pred_span(item: dict[str, Any], text: str) -> list[Span]:
    """Where a predicted item stands: its ``start``/``end``, else the occurrences of its ``text``."""
    start, end = item.get("start"), item.get("end")
    if isinstance(start, int) and isinstance(end, int) and end >= start:
        return [(start, end)]
    return occurrences(text, item.get("text"))


def span_text(item: dict[str, Any], text: str) -> str:
    """The text of a predicted item: its ``text`` or the slice its offsets point at."""
    if isinstance(item.get("text"), str):
        return item["text"]
    spans = pred_span(item, text)
    return text[spans[0][0] : spans[0][1]] if spans else ""


def max_matching(n_gold: int, n_pred: int, compatible: Callable[[int, int], bool]) -> dict[int, int]:
    """A maximum one-to-one matching gold index → pred index (augmenting paths, deterministic)."""
    edges = [[p for p in range(n_pred) if compatible(g, p)] for g in range(n_gold)]
    owner: dict[int, int] = {}

    def augment(g: int, seen: set[int]) -> bool:
        for p in edges[g]:
            if p in seen:
                continue
            seen.add(p)
            if p not in owner or augment(owner[p], seen):
                owner[p] = g
                return True
        return False

    for g in range(n_gold):
        if edges[g]:
            augment(g, set())
    return {g: p for p, g in owner.items()}


def greedy_pairs(scores: Iterable[tuple[float, int, int]]) -> dict[int, int]:
    """Pair gold and pred greedily by descending score (ties: earlier gold, then earlier pred)."""
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    for _, g, p in sorted(scores, key=lambda item: (-item[0], item[1], item[2])):
        if g not in pairs and p not in taken:
            pairs[g] = p
            taken.add(p)
    return pairs


def canonical_time(value: Any) -> str | None:
    """A resolved time value in comparable form: ``2016-11-07 16:00:00`` → ``2016-11-07T16:00``."""
    if not isinstance(value, str) or not value.strip():
        return None
    value = _SPACE_BEFORE_TIME.sub("T", value.strip())
    return _ZERO_SECONDS.sub(r"\1", value)


def time_values(item: dict[str, Any]) -> set[str]:
    """The canonical ``timex`` and ``values`` of a time expression."""
    values = item.get("values") if isinstance(item.get("values"), list) else []
    found = {canonical_time(value) for value in [item.get("timex"), *values]}
    found.discard(None)
    return found  # type: ignore[return-value]


def norm_name(value: Any) -> str:
    """A canonical name for comparison: case-folded, whitespace collapsed."""
    return " ".join(value.split()).casefold() if isinstance(value, str) else ""


def norm_form(value: Any) -> str:
    """A surface form for comparison: stripped, Arabic orthographic variants unified, lower-cased."""
    if not isinstance(value, str):
        return ""
    return " ".join(default_normalizer().string(value).split()).casefold()


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlam = phi2 - phi1, math.radians(lon2 - lon1)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlam / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def shorten(text: Any, width: int = 60) -> str:
    """One line of at most ``width`` characters."""
    flat = " ".join(str(text).split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"

"""Combine adjacent number words into one number token.

Works for the additive systems of English and Arabic alike: units and tens in either order
(twenty one / واحد وعشرون, the latter only with an "and" joiner), teens written as two words
(ثمانية عشر), hundreds and thousands as multipliers or as words of their own (سبعمائة, ألفين),
and two-part years (nineteen seventy two, تسعة عشر ثمانية وعشرون -> 1928).
"""

from __future__ import annotations

import re

_JOIN_GAP = re.compile(r"[\s\-]*")


def is_number_word(token) -> bool:
    """A spelled-out number (cardinal, ordinal or fraction), not an article such as "a"."""
    if "c" in token.readings:
        return token.readings["c"][1] != "article"
    return "o" in token.readings and not token.text[:1].isdigit()


def combine_numbers(tokens: list) -> list:
    """Merge runs of number words (optionally joined by "and"/و) into single tokens."""
    out, index = [], 0
    while index < len(tokens):
        run = _run(tokens, index)
        if len(run) > 1:
            out.extend(_merge(tokens, run))
            index = run[-1] + 1
            continue
        out.append(tokens[index])
        index += 1
    return out


def _run(tokens: list, start: int) -> list[int]:
    """Indexes of the number words starting at ``start`` (skipping a standalone "and")."""
    if not is_number_word(tokens[start]):
        return [start]
    run, index, last_end = [start], start + 1, 0
    while index < len(tokens):
        token, previous = tokens[index], tokens[run[-1]]
        if _pure_ordinal(previous) and not _continues_ordinal(token):
            break
        if len(run) > 1 and _pure_ordinal(tokens[run[-2]]) and not _pure_ordinal(previous):
            break
        if "q" in token.readings and "c" not in previous.readings:
            break
        if set(token.readings) <= {"a", "t", "g"} and index + 1 < len(tokens) and is_number_word(tokens[index + 1]):
            if tokens[index].start - previous.end > 2 or tokens[index + 1].start - tokens[index].end > 2:
                break
            index += 1
            last_end = token.end
            continue
        if not is_number_word(token) and "q" not in token.readings:
            break
        if token.start - max(previous.end, last_end) > 2:
            break
        if _clock_then_minutes(previous, token):
            break
        run.append(index)
        index += 1
    return run


def _pure_ordinal(token) -> bool:
    return "o" in token.readings and "c" not in token.readings


def _continues_ordinal(token) -> bool:
    """الحادي عشر, الحادي والعشرين: an Arabic ordinal unit followed by its teen or joined tens."""
    value, flag = token.readings.get("c", (0, None))
    return flag == "teen" or ("and" in token.roles and value >= 20)


def _clock_then_minutes(previous, token) -> bool:
    """الثامنة وعشرين: a clock hour followed by joined tens are hour and minutes, not 28."""
    _, flag = previous.readings.get("o", (None, None))
    value = token.readings.get("c", (0, None))[0]
    return flag == "clock" and "and" in token.roles and value >= 20


def _merge(tokens: list, run: list[int]):
    """One token for the run, or one per number when the words spell several (twenty one 2018)."""
    items = [tokens[i] for i in run]
    values = [_word_value(item) for item in items]
    groups = number_groups(values)
    value = _join_groups([g[0] for g in groups])
    if value is not None:
        return [_number_token(items, value)]
    return [_number_token(items[a:b], total) for total, a, b in groups if total]


def _word_value(item) -> tuple[float, str | None, bool]:
    reading = item.readings.get("c") or item.readings.get("o")
    if reading is None:
        return item.readings["q"], None, False
    return reading[0], reading[1], "and" in item.roles


def _number_token(items: list, value: float):
    first, last = items[0], items[-1]
    if len(items) == 1:
        return first
    flag = first.readings.get("o", (None, None))[1]
    code = "o" if any(_pure_ordinal(item) for item in items) else "c"
    value = int(value) if float(value).is_integer() else value
    text = " ".join(t.text for t in items)
    return type(first)(first.start, last.end, {code: (value, flag)}, text, roles=first.roles, parts=items,
                       lang=first.lang)


def number_value(values: list[tuple[float, str | None, bool]]) -> float | None:
    """The number spelled by (value, flag, joined-by-and) words; None when they do not form one."""
    return _join_groups([g[0] for g in number_groups(values)])


def number_groups(values: list[tuple[float, str | None, bool]]) -> list[tuple[float, int, int]]:
    """(value, first index, end index) of each number spelled in a run of number words."""
    groups: list[tuple[float, int, int]] = []
    total, current, filled, begin = 0.0, 0.0, set(), 0
    for index, (value, flag, joined) in enumerate(values):
        if value in (100, 1000):
            if value == 100:
                current, filled = (current or 1) * 100, {"hundred"}
            else:
                total, current, filled = total + (current or 1) * value, 0.0, set()
            continue
        if 0 < value < 1:
            current += value
            continue
        slot = _slot(value, flag, filled)
        if slot is None or _conflict(slot, filled, joined):
            groups.append((total + current, begin, index))
            total, current, filled, begin = 0.0, 0.0, set(), index
            slot = _slot(value, flag, filled)
        if slot == "teen-suffix":
            current, filled = current + 10, filled | {"ten", "teen"}
        elif slot == "thousand":
            total += value
        else:
            current += value
            filled.add(slot)
    groups.append((total + current, begin, len(values)))
    return groups


def _slot(value: float, flag: str | None, filled: set[str]) -> str | None:
    if value < 0:
        return None
    if value == 10 and flag == "teen" and filled == {"unit"}:
        return "teen-suffix"
    if value < 10:
        return "unit"
    if value < 20:
        return "teen"
    if value < 100:
        return "ten"
    if value < 1000:
        return "hundred"
    return "thousand"


def _conflict(slot: str, filled: set[str], joined: bool) -> bool:
    if slot == "teen-suffix":
        return False
    if slot == "unit":
        return bool(filled & {"unit", "teen"})
    if slot == "teen":
        return bool(filled & {"unit", "ten", "teen"})
    if slot == "ten":
        return bool(filled & {"ten", "teen"}) or ("unit" in filled and not joined)
    if slot == "hundred":
        return bool(filled & {"hundred", "ten", "teen", "unit"})
    return bool(filled)


def _join_groups(groups: list[float]) -> float | None:
    """One group is the number; two form a year or hh:mm (nineteen seventy two, one thirty)."""
    groups = [g for g in groups if g]
    if len(groups) == 1:
        value = groups[0]
        return int(value) if float(value).is_integer() else value
    if len(groups) == 2 and 0 < groups[1] < 100 and (10 <= groups[0] < 100 or (groups[0] <= 12 and groups[1] >= 10)):
        return int(groups[0] * 100 + groups[1])
    return None

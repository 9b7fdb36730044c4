"""Scan a normalised text into time tokens with one compiled regex.

The scanner is one alternation: numeric shapes (clock times, numeric dates, years, ordinals,
decades; patterns from ``resources/times/grammar.yaml``) and every lexicon phrase, factored as a
trie, optionally preceded by a proclitic (Arabic و ف ب ل ال ...). Adjacent number words are then
merged into one number (twenty one, واحد وعشرين, ألف وسبعمائة وتسعة وثمانين).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from marsad.resources import load_yaml
from marsad.times.lexicon import Lexicon, trie_pattern
from marsad.times.numbers import combine_numbers

_ALNUM = re.compile(r"[^\W_]")
_LETTER_BEFORE = r"(?<![^\W\d_])"
_LETTER_AFTER = r"(?![^\W\d_])"


@dataclass
class Token:
    """A matched word, number or (after parsing) phrase; offsets are in the normalised text."""

    start: int
    end: int
    readings: dict[str, Any]
    text: str = ""
    roles: tuple[str, ...] = ()
    weak: bool = False
    parts: list[Token] = field(default_factory=list)
    frame: Any = None
    lang: str | None = None
    code: str | None = None

    def get(self, code: str, default: Any = None) -> Any:
        return self.readings.get(code, default)

    def has(self, code: str) -> bool:
        return code in self.readings


@dataclass(frozen=True)
class Numeric:
    """A numeric date-like token: its numbers, their digit counts and the separators between them."""

    parts: tuple[int, ...]
    widths: tuple[int, ...]
    seps: tuple[str, ...]
    time: tuple[int, int, int | None] | None = None
    order: tuple[str, ...] = ("mdy", "dmy")


class Lexer:
    """Text (normalised) -> tokens, built once per component from the lexicon and grammar resources."""

    def __init__(self, lexicon: Lexicon, spec: dict[str, Any] | None = None):
        spec = spec or load_yaml("times/grammar.yaml")
        self.lexicon = lexicon
        numeric = spec["numeric"]
        suffixes = "|".join(lexicon.ordinal_suffixes) or "(?!)"
        clitics = trie_pattern(sorted(c for c in lexicon.clitics if c)) or "(?!)"
        words = trie_pattern(sorted(w for w in lexicon.entries if _ALNUM.search(w)))
        symbols = trie_pattern(sorted(w for w in lexicon.entries if not _ALNUM.search(w))) or "(?!)"
        attached = trie_pattern(sorted(lexicon.attached)) or "(?!)"
        numeric_alternatives = "|".join(
            f"(?P<n_{name}>{pattern.replace('{ORDINAL_SUFFIX}', suffixes)})"
            for name, pattern in numeric.items()
        )
        guard = r"(?:(?<![^\W_])|(?<=\d)(?=[^\W\d_])|(?<=[^\W\d_])(?=\d)|(?=[^\w\s]))"
        self.pattern = re.compile(
            guard + "(?:"
            rf"(?=\d|[^\W\d_]{{1,3}}\d)(?<![\d])(?<!\d[.,])(?:(?P<npre>{clitics})(?=\d))?"
            rf"(?:{numeric_alternatives})(?!\d|[.,:/]\d)"
            rf"|{_LETTER_BEFORE}(?P<pre>{clitics})?(?P<word>{words}){_LETTER_AFTER}"
            rf"|(?<=\d)(?P<att>{attached}){_LETTER_AFTER}"
            rf"|(?P<sym>{symbols}))"
        )
        self.numeric_names = list(numeric)
        self.bare_word = re.compile(rf"(?P<pre>)(?P<word>{words}){_LETTER_AFTER}")

    def __call__(self, text: str, lang_at: Callable[[int], str | None] | None = None) -> list[Token]:
        """Tokens of a normalised text; ``lang_at(offset)`` gives the language around an offset."""
        tokens: list[Token] = []
        position = 0
        while (match := self.pattern.search(text, position)) is not None:
            if match.group("pre"):
                bare = self.bare_word.match(text, match.start())
                if bare is not None and bare.end() > match.end():
                    match = bare
            position = match.end()
            token = self._token(match)
            if token is not None and match.re is self.pattern and match.group("npre") and "and" in token.roles:
                tokens.append(Token(match.start(), token.start, {"a": "and"}, match.group("npre")))
            if token is not None:
                if lang_at is not None and "D" in token.readings:
                    token.lang = lang_at(token.start)
                    _set_order(token, self.lexicon.settings.get(token.lang or "", {}))
                tokens.append(token)
        return combine_numbers(_unglued(tokens, text))

    def _token(self, match: re.Match[str]) -> Token | None:
        if match.re is self.bare_word or match.group("word") is not None:
            prefix = match.group("pre") or ""
            word = " ".join(match.group("word").replace("-", " ").split())
            for cut in range(len(prefix)):  # prefer the longest lexicon word: و+الاثنين over وال+اثنين
                shorter = prefix[:cut]
                if (cut == 0 or shorter in self.lexicon.clitics) and prefix[cut:] + word in self.lexicon.entries:
                    word, prefix = prefix[cut:] + word, shorter
                    break
            readings = self.lexicon.entries.get(word)
            if readings is None:
                return None
            roles = self.lexicon.clitics.get(prefix, ())
            weak = word in self.lexicon.weak and "the" not in roles
            return Token(match.start(), match.end(), dict(readings), match.group(0), roles=roles, weak=weak)
        if match.group("sym") is not None:
            readings = self.lexicon.entries.get(" ".join(match.group("sym").split()))
            return Token(match.start(), match.end(), dict(readings), match.group(0)) if readings else None
        if match.group("att") is not None:
            readings = self.lexicon.attached.get(match.group("att"))
            return Token(match.start(), match.end(), dict(readings), match.group(0)) if readings else None
        for name in self.numeric_names:
            raw = match.group(f"n_{name}")
            if raw is not None:
                prefix = match.group("npre") or ""
                readings = numeric_readings(name, raw)
                if not readings:
                    return None
                return Token(match.start("n_" + name), match.end(), readings, raw,
                             roles=self.lexicon.clitics.get(prefix, ()))
        return None


def _unglued(tokens: list[Token], text: str) -> list[Token]:
    """Drop tokens glued to letters or digits that belong to no token (ids, codes, URLs).

    A glued neighbour is fine when it is itself a token: 3pm, Oct2, 2016H2.
    """
    for _ in range(3):
        starts = {t.start for t in tokens}
        ends = {t.end for t in tokens}
        kept = [t for t in tokens if _free(t, text, starts, ends)]
        if len(kept) == len(tokens):
            return kept
        tokens = kept
    return tokens


def _free(token: Token, text: str, starts: set[int], ends: set[int]) -> bool:
    before = text[token.start - 1] if token.start > 0 else " "
    after = text[token.end] if token.end < len(text) else " "
    if _ALNUM.match(before) and _ALNUM.match(text[token.start]) and token.start not in ends:
        return False
    return not (_ALNUM.match(after) and _ALNUM.match(text[token.end - 1]) and token.end not in starts)


def _set_order(token: Token, settings: dict[str, Any]) -> None:
    numeric = token.readings.get("D")
    if numeric is not None and settings.get("numeric_order"):
        token.readings["D"] = replace(numeric, order=tuple(settings["numeric_order"]))


_NUMBER = re.compile(r"\d+")


def numeric_readings(kind: str, raw: str) -> dict[str, Any]:
    """Readings of a numeric shape (the kinds are the ``numeric`` keys of grammar.yaml)."""
    if kind == "int":
        return int_readings(raw)
    if kind == "ordinal":
        return {"o": (int(_NUMBER.match(raw).group()), None)}
    if kind == "decimal":
        return {"f": float(raw)}
    if kind == "decade":
        digits = _NUMBER.search(raw).group()
        return {"Y": int(digits) if len(digits) == 4 else (int(digits) % 100)}
    if kind == "clock":
        numbers = [int(n) for n in _NUMBER.findall(raw)]
        if numbers[0] > 24 or numbers[1] > 59 or (len(numbers) > 2 and numbers[2] > 59):
            return {}
        return {"T": (numbers[0], numbers[1], numbers[2] if len(numbers) > 2 else None)}
    if kind == "iso":
        numbers = [int(n) for n in _NUMBER.findall(raw)]
        time = (numbers[3], numbers[4], numbers[5] if len(numbers) > 5 else None)
        return {"D": Numeric(tuple(numbers[:3]), (4, 2, 2), ("-", "-"), time)}
    return date_readings(raw)


def int_readings(raw: str) -> dict[str, Any]:
    """A plain integer: ``d`` when it can be a day (1-31), ``y`` when it is a 4-digit year, else ``n``."""
    value = int(raw)
    if len(raw) == 8:
        return date_readings(raw) or {"n": value}
    if len(raw) == 4 and 1000 <= value <= 2999:
        return {"y": value}
    if 1 <= value <= 31 and len(raw) <= 2:
        return {"d": value}
    return {"n": value}


def date_readings(raw: str) -> dict[str, Any]:
    """Numbers joined by / . - (or an 8-digit yyyymmdd): a ``D`` token, a decimal, or a clock time."""
    if raw.isdigit():
        parts, widths, seps = (int(raw[:4]), int(raw[4:6]), int(raw[6:])), (4, 2, 2), ("", "")
        if not (1 <= parts[1] <= 12 and 1 <= parts[2] <= 31):
            return {}
    else:
        pieces = re.split(r"([/.\-,]\s*|\s*[\-,]\s*)", raw)
        numbers, seps = pieces[0::2], tuple(s.strip() or " " for s in pieces[1::2])
        parts, widths = tuple(int(n) for n in numbers), tuple(len(n) for n in numbers)
    readings: dict[str, Any] = {"D": Numeric(parts, widths, seps)}
    if len(parts) == 2 and seps[0] == ".":
        readings["f"] = float(raw)
        if parts[0] <= 24 and widths[1] == 2 and parts[1] <= 59:
            readings["T"] = (parts[0], parts[1], None)
    return readings

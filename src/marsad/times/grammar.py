"""A cascade of token-code grammars: rules are regexes over one letter per token.

Each token gets one code character: its reading's letter, or, for a token with several readings,
a private-use character standing for that combination; a pattern letter then matches every
combination that contains it. Tokens separated by more than punctuation are kept apart by a
separator that no pattern matches. At each position the longest rule match wins; its builder
turns the matched tokens into a phrase token for the next stage.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from marsad.times.lexer import Token

try:  # the regex parser, to learn which codes can start a rule (pruning only; optional)
    from re import _parser
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_parse as _parser  # type: ignore[no-redef]

SEPARATOR = "|"
PHRASE_CODES = "ΔΠΤΛΣΡΩ"
_GAP = re.compile(r"[\s,،؛.()\"'«»/@|]*")
_MAX_GAP = 6
_PRIVATE = 0xE000

Builder = Callable[[dict[str, list[Token]], list[Token]], "tuple[str, Any] | None"]


@dataclass(frozen=True)
class Rule:
    build: str
    regex: re.Pattern[str]
    order: int
    first: frozenset[str] | None = None


class Codes:
    """Maps reading sets to code characters and pattern letters to character classes."""

    def __init__(self, reading_sets: Iterable[frozenset[str]]):
        self.combos: dict[frozenset[str], str] = {}
        for index, readings in enumerate(sorted({r for r in reading_sets if len(r) > 1}, key=sorted)):
            self.combos[readings] = chr(_PRIVATE + index)

    def code(self, token: Token) -> str:
        keys = frozenset(token.readings)
        if len(keys) == 1:
            return next(iter(keys))
        return self.combos.get(keys) or self._add(keys)

    def _add(self, keys: frozenset[str]) -> str:
        char = chr(_PRIVATE + len(self.combos))
        self.combos[keys] = char
        return char

    def letter_class(self, letter: str) -> str:
        chars = [letter] + [char for keys, char in self.combos.items() if letter in keys]
        return chars[0] if len(chars) == 1 else "[" + "".join(chars) + "]"

    def compile(self, pattern: str) -> re.Pattern[str]:
        """Expand the code letters of a rule pattern into classes (group names are left alone)."""
        out, index, text = [], 0, "".join(pattern.split())
        while index < len(text):
            char = text[index]
            if text.startswith("(?P<", index):
                close = text.index(">", index)
                out.append(text[index : close + 1])
                index = close + 1
                continue
            if text.startswith("(?", index):
                out.append(text[index : index + 3])
                index += 3
                continue
            out.append(self.letter_class(char) if char.isalpha() else char)
            index += 1
        return re.compile("".join(out))


class Grammar:
    """The staged rules of ``resources/times/grammar.yaml`` with their builders."""

    def __init__(self, spec: dict[str, Any], codes: Codes, builders: dict[str, Builder]):
        self.codes = codes
        self.builders = builders
        self.stages: list[dict[str, list[Rule]]] = []
        for stage in spec["stages"]:
            rules = []
            for order, rule in enumerate(stage):
                if rule["build"] not in builders:
                    raise ValueError(f"grammar.yaml: unknown builder {rule['build']!r}")
                regex = codes.compile(rule["pattern"])
                rules.append(Rule(rule["build"], regex, order, first_chars(regex.pattern)))
            self.stages.append(_index(rules))

    def parse(self, tokens: list[Token], text: str) -> list[Token]:
        """Phrase tokens (with frames) found in ``tokens``; ``text`` is the normalised text."""
        items = self._separate(tokens, text)
        for rules in self.stages:
            items = self._stage(items, rules)
        return [item for item in items if item is not None and item.frame is not None]

    def _separate(self, tokens: list[Token], text: str) -> list[Token | None]:
        """Tokens in chains of close neighbours, None between chains; chains of mere
        connectives (the, في, from ...) are dropped, as no rule can use them."""
        items: list[Token | None] = []
        chain: list[Token] = []
        previous: Token | None = None
        for token in tokens:
            stop = "-" in token.readings and len(token.readings) == 1
            if stop or (previous is not None and not _close(text, previous.end, token.start)):
                _flush(chain, items)
                chain = []
            if not stop:
                chain.append(token)
            previous = None if stop else token
        _flush(chain, items)
        return items

    def _stage(self, items: list[Token | None], index_: dict[str, list[Rule]]) -> list[Token | None]:
        codes = "".join(SEPARATOR if item is None else self._code(item) for item in items)
        out: list[Token | None] = []
        index = 0
        anywhere = index_.get("", [])
        while index < len(items):
            if items[index] is None:
                out.append(None)
                index += 1
                continue
            rules = index_.get(codes[index], anywhere)
            built = self._best(items, codes, index, rules) if rules else None
            if built is None:
                out.append(items[index])
                index += 1
            else:
                token, end = built
                out.append(token)
                index = end
        return out

    def _best(self, items, codes: str, index: int, rules: list[Rule]) -> tuple[Token, int] | None:
        """The longest match at ``index`` that its builder accepts; a refused match is retried
        shorter (a rule's optional tail dropped) before shorter matches of other rules."""
        heap = []
        for rule in rules:
            match = rule.regex.match(codes, index)
            if match is not None and match.end() > index:
                heap.append((-match.end(), rule.order, rule, match))
        heapq.heapify(heap)
        while heap:
            _, order, rule, match = heapq.heappop(heap)
            roles = _roles(match, items)
            span = items[index : match.end()]
            result = self.builders[rule.build](roles, span)
            if result is not None:
                code, frame = result
                token = Token(span[0].start, span[-1].end, {code: frame}, parts=span, frame=frame)
                token.text = " ".join(t.text for t in span)
                return token, match.end()
            shorter = rule.regex.match(codes, index, match.end() - 1) if match.end() - 1 > index else None
            if shorter is not None and shorter.end() > index:
                heapq.heappush(heap, (-shorter.end(), order, rule, shorter))
        return None

    def _code(self, item: Token) -> str:
        if item.code is None:
            item.code = self.codes.code(item)
        return item.code


#: codes that cannot make an expression on their own (connectives and modifiers)
CONNECTIVE = frozenset("kOatgjXmIBZLGrPFCe")


def _flush(chain: list[Token], items: list[Token | None]) -> None:
    if any(_content(token) for token in chain):
        items.extend(chain)
        items.append(None)


def _content(token: Token) -> bool:
    if token.readings.get("c", (0, None))[1] == "article":
        return False
    return not set(token.readings) <= CONNECTIVE


def _index(rules: list[Rule]) -> dict[str, list[Rule]]:
    """Rules by the code characters they can start with ("" holds those that may start anywhere)."""
    anywhere = [rule for rule in rules if rule.first is None]
    index: dict[str, list[Rule]] = {"": anywhere}
    for char in {c for rule in rules if rule.first for c in rule.first}:
        index[char] = [rule for rule in rules if rule.first is None or char in rule.first]
    return index


def first_chars(pattern: str) -> frozenset[str] | None:
    """The characters a match of ``pattern`` can start with; None when unknown or it may be empty."""
    try:
        chars, nullable = _first(_parser.parse(pattern))
    except (ValueError, TypeError, re.error):
        return None
    return None if nullable else frozenset(chars)


def _first(sequence) -> tuple[set[str], bool]:
    chars: set[str] = set()
    for op, value in sequence:
        found, nullable = _first_item(str(op), value)
        chars |= found
        if not nullable:
            return chars, False
    return chars, True


def _first_item(op: str, value) -> tuple[set[str], bool]:
    if op == "LITERAL":
        return {chr(value)}, False
    if op == "IN":
        if any(str(o) != "LITERAL" for o, _ in value):
            raise ValueError(op)
        return {chr(v) for _, v in value}, False
    if op == "SUBPATTERN":
        return _first(value[3])
    if op in ("MAX_REPEAT", "MIN_REPEAT"):
        found, nullable = _first(value[2])
        return found, nullable or value[0] == 0
    if op == "BRANCH":
        results = [_first(branch) for branch in value[1]]
        return set().union(*(r[0] for r in results)), any(r[1] for r in results)
    if op in ("ASSERT", "ASSERT_NOT", "AT"):
        return set(), True
    raise ValueError(op)


def _close(text: str, end: int, start: int) -> bool:
    gap = text[end:start]
    return len(gap) <= _MAX_GAP and "\n" not in gap and _GAP.fullmatch(gap) is not None


def _roles(match: re.Match[str], items: list) -> dict[str, list[Token]]:
    roles: dict[str, list[Token]] = {}
    for name, value in match.groupdict().items():
        if value is None:
            continue
        role = name.rstrip("0123456789")
        roles.setdefault(role, []).extend(items[match.start(name) : match.end(name)])
    return roles

"""The time stage: find temporal expressions and anchor them to the publication date."""

from __future__ import annotations

import re
from collections.abc import Callable

from marsad.model import TimeExpression
from marsad.pipeline import Component, Config, Doc
from marsad.resources import load_yaml
from marsad.times import compose  # noqa: F401  (registers the composite builders)
from marsad.times.build import BUILDERS
from marsad.times.frames import When
from marsad.times.grammar import Codes, Grammar
from marsad.times.lexer import Lexer, Token
from marsad.times.lexicon import Lexicon
from marsad.times.resolve import Context, resolve

_SENTENCE_END = re.compile(r"[.!?؟\n]")
_TRIM = frozenset({"k", "a", "j", "O"})
_TRIM_BEFORE_POINT = _TRIM | {"I"}
_CUE_WINDOW = 120


class TimeRecognizer:
    """Text in, :class:`TimeExpression` items out; built once (resources loaded and compiled)."""

    def __init__(self, languages: tuple[str, ...] = ("ar", "en")):
        self.languages = tuple(languages)
        self.lexicon = Lexicon.load(self.languages)
        spec = load_yaml("times/grammar.yaml")
        self.lexer = Lexer(self.lexicon, spec)
        reading_sets = [frozenset(r) for r in self.lexicon.entries.values()]
        reading_sets += [frozenset(r) for r in self.lexicon.attached.values()]
        reading_sets += [frozenset("Df"), frozenset("DfT")]
        self.grammar = Grammar(spec, Codes(reading_sets), BUILDERS)
        self.scripts = _scripts(self.languages)

    def __call__(self, doc: Doc) -> list[TimeExpression]:
        norm = doc.norm
        lang_at = self._language_finder(doc)
        tokens = self.lexer(norm.text, lang_at)
        phrases = self.grammar.parse(tokens, norm.text)
        anchor = doc.document.anchor()
        found = []
        for phrase in phrases:
            if getattr(phrase.frame, "weak", False):
                continue
            start, end = _trimmed(phrase, isinstance(phrase.frame, When))
            language = lang_at(start) or self.languages[0]
            ctx = Context(anchor, future=self._future(norm.text, start, language),
                          settings=self.lexicon.settings.get(language, {}))
            try:
                resolved = resolve(phrase.frame, ctx)
            except (ValueError, OverflowError):  # a date beyond the calendar (year 0, 10000 ...)
                resolved = None
            if resolved is None or resolved.timex is None:
                continue
            o_start, o_end = norm.span(start, end)
            anchored = resolved.type == "duration" or (resolved.type != "set" and bool(resolved.values))
            found.append(TimeExpression(start=o_start, end=o_end, text=doc.text[o_start:o_end],
                                        type=resolved.type, timex=resolved.timex, values=resolved.values,
                                        resolved=anchored))
        return sorted(found, key=lambda item: (item.start, item.end))

    def _future(self, text: str, start: int, language: str) -> bool:
        """Does the sentence before the expression speak of the future (سـ, سوف, will)?"""
        window = text[max(0, start - _CUE_WINDOW) : start]
        ends = list(_SENTENCE_END.finditer(window))
        if ends:
            window = window[ends[-1].end() :]
        cues = self.lexicon.future_cues.get(language, [])
        return any(cue.search(window) for cue in cues)

    def _language_finder(self, doc: Doc) -> Callable[[int], str | None]:
        """Language at a normalised offset: the enclosing sentence's tag, else the script around it."""
        norm, text = doc.norm, doc.norm.text
        sentences = [(s.start, s.end, s.lang) for s in doc.result.segments if s.kind == "sentence" and s.lang]
        cache: dict[int, str | None] = {}

        def lang_at(offset: int) -> str | None:
            original = norm.span(offset, offset + 1)[0] if offset < len(text) else len(doc.text)
            for start, end, lang in sentences:
                if start <= original < end and lang in self.languages:
                    return lang
            key = offset // 200
            if key not in cache:
                cache[key] = self._script_language(text[max(0, offset - 100) : offset + 100])
            return cache[key]

        return lang_at

    def _script_language(self, window: str) -> str | None:
        counts = [(len(pattern.findall(window)), lang) for lang, pattern in self.scripts]
        best = max(counts, default=(0, None))
        return best[1] if best[0] else None


def _scripts(languages: tuple[str, ...]) -> list[tuple[str, re.Pattern[str]]]:
    spec = load_yaml("languages.yaml")
    found = []
    for lang in languages:
        script = spec["languages"].get(lang)
        if script:
            found.append((lang, re.compile(f"[{spec['scripts'][script]}]")))
    return found


def _leaves(token: Token) -> list[Token]:
    if not token.parts:
        return [token]
    return [leaf for part in token.parts for leaf in _leaves(part)]


def _trimmed(phrase: Token, point: bool) -> tuple[int, int]:
    """Normalised span of a phrase without leading or trailing filler words (and without a
    leading "in"/في before a point, where it means nothing more than "on")."""
    leaves = _leaves(phrase)
    leading = _TRIM_BEFORE_POINT if point else _TRIM
    while len(leaves) > 1 and set(leaves[0].readings) <= leading and leaves[0].readings.get("k") != "article":
        leaves = leaves[1:]
    while len(leaves) > 1 and set(leaves[-1].readings) <= _TRIM:
        leaves = leaves[:-1]
    return leaves[0].start, leaves[-1].end


class TimeComponent(Component):
    """Temporal expressions of every configured language, resolved against the document's date."""

    name = "times"
    reads = ("text", "segments")
    writes = ("times",)

    def __init__(self, languages: tuple[str, ...] = ("ar", "en")):
        self.recognize = TimeRecognizer(languages)

    @classmethod
    def from_config(cls, config: Config) -> TimeComponent:
        return cls(config.languages)

    def __call__(self, doc: Doc) -> None:
        doc.result.times = self.recognize(doc)

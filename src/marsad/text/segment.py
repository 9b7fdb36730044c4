"""Split a document into paragraphs, sentences and embedded social-media posts.

Offsets are into the original text. Patterns live in ``resources/segment.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from marsad.model import Segment
from marsad.resources import load_yaml
from marsad.text.dates import parse_month_date

_PARAGRAPH = re.compile(r"[^\n]*\S[^\n]*")


@dataclass(frozen=True)
class SegmentRules:
    """Compiled segmentation patterns."""

    sentence_break: re.Pattern[str]
    abbreviations: frozenset[str]
    initials: re.Pattern[str]
    signature: re.Pattern[str]
    link: re.Pattern[str]

    @classmethod
    def from_resource(cls, name: str = "segment.yaml") -> SegmentRules:
        spec = load_yaml(name)
        ends = re.escape(spec["sentence_end"])
        closers = re.escape(spec["closers"])
        breaker = re.compile(rf"[{ends}]+[{closers}]*(?=\s|$)")
        post = spec["post"]
        return cls(
            sentence_break=breaker,
            abbreviations=frozenset(a.lower() for a in spec.get("abbreviations", [])),
            initials=re.compile(spec.get("initials") or r"(?!)"),
            signature=re.compile(post["signature"], re.MULTILINE),
            link=re.compile(post["link"]),
        )


class Segmenter:
    """Paragraphs, sentences and posts, each a :class:`Segment` with original offsets."""

    def __init__(self, rules: SegmentRules | None = None, locales: tuple[str, ...] = ("en", "ar")):
        self.rules = rules or SegmentRules.from_resource()
        self.locales = locales

    def __call__(self, text: str) -> list[Segment]:
        blocks = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)]
        segments: list[Segment] = []
        for start, end, post in self._group_posts(text, blocks):
            start, end = _strip(text, start, end)
            parent = len(segments)
            if post is None:
                segments.append(Segment(kind="paragraph", start=start, end=end))
                body_end = end
            else:
                body_end = post.pop("_body_end")
                segments.append(Segment(kind="post", start=start, end=end, **post))
            for s_start, s_end in self.sentences(text, start, body_end):
                segments.append(Segment(kind="sentence", start=s_start, end=s_end, parent=parent))
        return segments

    def _group_posts(self, text: str, blocks: list[tuple[int, int]]):
        """Yield (start, end, post-info or None), merging a post body with its signature line."""
        pending: tuple[int, int] | None = None
        for start, end in blocks:
            match = self.rules.signature.fullmatch(text, start, end)
            if match is None:
                if pending is not None:
                    yield pending[0], pending[1], None
                pending = (start, end)
                continue
            info = self._post_info(match)
            if pending is not None and self._looks_like_post_body(text, *pending):
                info["_body_end"] = _strip(text, *pending)[1]
                yield pending[0], end, info
            else:
                if pending is not None:
                    yield pending[0], pending[1], None
                info["_body_end"] = start
                yield start, end, info
            pending = None
        if pending is not None:
            yield pending[0], pending[1], None

    def _looks_like_post_body(self, text: str, start: int, end: int) -> bool:
        return self.rules.link.search(text, start, end) is not None or end - start <= 300

    def _post_info(self, match: re.Match[str]) -> dict:
        raw_date = match.group("date").strip()
        parsed = parse_month_date(raw_date, self.locales) if raw_date else None
        return {
            "author": match.group("author").strip(),
            "handle": match.group("handle").lstrip("@"),
            "date": parsed.isoformat() if parsed else (raw_date or None),
        }

    def sentences(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """Sentence spans inside ``text[start:end]``."""
        spans: list[tuple[int, int]] = []
        cursor = start
        for match in self.rules.sentence_break.finditer(text, start, end):
            if self._is_abbreviation(text, cursor, match.start()):
                continue
            spans.append(_strip(text, cursor, match.end()))
            cursor = match.end()
        if text[cursor:end].strip():
            spans.append(_strip(text, cursor, end))
        return [span for span in spans if span[1] > span[0]]

    def _is_abbreviation(self, text: str, sentence_start: int, dot: int) -> bool:
        if text[dot] != ".":
            return False
        word_start = dot
        while word_start > sentence_start and not text[word_start - 1].isspace():
            word_start -= 1
        token = text[word_start : dot + 1].lstrip("(\"'“«")
        return self.rules.initials.fullmatch(token) is not None or token.lower() in self.rules.abbreviations


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end

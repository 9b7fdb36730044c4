"""Embedded social-media posts: each is a direct quote of its author.

The segmenter marks a post (kind "post") with its author and handle; the quote is the post body
without the signature line and without trailing links (the link pattern of ``segment.yaml``).
"""

from __future__ import annotations

import re

from marsad.model import Segment
from marsad.text.segment import SegmentRules


def post_bodies(text: str, segments: list[Segment], link: re.Pattern[str] | None = None) -> list[tuple[Segment, int, int]]:
    """(post, body start, body end) in original offsets for every embedded post."""
    link = link or SegmentRules.from_resource().link
    out = []
    for index, post in enumerate(segments):
        if post.kind != "post":
            continue
        children = [s for s in segments if s.parent == index and s.kind == "sentence"]
        if not children:
            continue
        start, end = children[0].start, children[-1].end
        end = _strip_links(text, start, end, link)
        if end > start:
            out.append((post, start, end))
    return out


def _strip_links(text: str, start: int, end: int, link: re.Pattern[str]) -> int:
    """Drop links and spaces at the end of a post body."""
    while True:
        body = text[start:end].rstrip()
        end = start + len(body)
        last = None
        for match in link.finditer(text, start, end):
            last = match
        if last is None or last.end() != end:
            return end
        end = last.start()

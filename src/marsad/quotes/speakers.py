"""Mentions in the matching view, noun-phrase groups, and naming a claim's speaker.

The actor stage gives mentions (with the actor's canonical name, or none for titles and generic
agents). Here they are grouped into noun phrases ("وزير الدفاع الروسي سيرغي شويغو" = title +
name) and a speaker is chosen: the named actor of the subject, the earlier name a bare title or
definite noun stands for, nobody for unnamed sources, or the salient speaker when the subject is
dropped ("وأضاف: …").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

NAMED_ROLES = ("name", "alias", "metonym")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Ment:
    """A mention in normalised offsets with its actor's canonical name (None: unlinked)."""

    start: int
    end: int
    name: str | None
    role: str | None
    type: str | None = None


@dataclass
class Speaker:
    """Who a claim is attributed to, before resolution."""

    group: tuple[Ment, ...] = ()
    text: tuple[int, int] | None = None  # fallback words when no mention names the subject
    unnamed: bool = False  # an unnamed source ("مصادر", "officials"): no speaker name
    dropped: bool = False  # no subject in the text: the salient speaker
    maybe_object: bool = False  # a lone generic noun phrase that may be the verb's object
    definite: bool = False  # fallback words headed by a definite common noun (الوزارة)
    name: str | None = None  # fixed name (an author string, a canonical addressee)


class MentionIndex:
    """Sorted mentions with the queries the quote stage needs."""

    def __init__(self, mentions: list[Ment], text: str):
        self.mentions = sorted(mentions, key=lambda m: (m.start, -m.end))
        self.starts = [m.start for m in self.mentions]
        self.text = text

    def within(self, start: int, end: int) -> list[Ment]:
        """Mentions lying inside ``[start, end)``."""
        i = bisect_left(self.starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                out.append(self.mentions[i])
            i += 1
        return out

    def at(self, start: int, end: int) -> Ment | None:
        """The longest mention overlapping ``[start, end)``."""
        i = bisect_left(self.starts, end)
        best = None
        for m in self.mentions[max(0, i - 8) : i]:
            if m.end > start and (best is None or m.end - m.start > best.end - best.start):
                best = m
        return best

    def groups(self, start: int, end: int) -> list[tuple[Ment, ...]]:
        """Noun-phrase groups of the mentions inside ``[start, end)`` (title + name merged)."""
        groups: list[list[Ment]] = []
        for m in _outer(self.within(start, end)):
            if groups and _joins(groups[-1][-1], m, self.text):
                groups[-1].append(m)
            else:
                groups.append([m])
        return [tuple(g) for g in groups]

    def before(self, pos: int) -> list[Ment]:
        """Every mention ending at or before ``pos`` (document order)."""
        return [m for m in self.mentions[: bisect_left(self.starts, pos)] if m.end <= pos]


def _outer(mentions: list[Ment]) -> list[Ment]:
    kept: list[Ment] = []
    for m in mentions:
        if kept and m.start < kept[-1].end:
            if m.name and not kept[-1].name and m.end - m.start >= kept[-1].end - kept[-1].start:
                kept[-1] = m
            continue
        kept.append(m)
    return kept


def _joins(left: Ment, right: Ment, text: str) -> bool:
    """Title followed by a name/title, or a name followed by ", title" (apposition)."""
    gap = text[left.end : right.start].strip()
    if left.role == "title" and gap == "":
        return True
    if left.role == "title" and right.type == "PERSON" and gap[:1] in (",", "،"):
        return len(_WORD.findall(gap)) <= 1  # "الأمين العام …، الدكتور عبد اللطيف الزياني"
    return left.role in NAMED_ROLES and right.role == "title" and gap in (",", "،")


def group_name(group: tuple[Ment, ...]) -> str | None:
    """The canonical name a group stands for: its named actor, preferring names over metonyms."""
    for roles in (("name", "alias"), ("metonym",), None):
        for m in group:
            if m.name and (roles is None or m.role in roles):
                return m.name
    return None


@dataclass
class Salience:
    """The most recent speaker of the document and the sentence it spoke in."""

    last: str | None = None
    last_unit: int = -1

    def note(self, unit: int, name: str | None) -> None:
        self.last, self.last_unit = name, unit

    def recent(self, unit: int, window: int = 12) -> str | None:
        """The last speaker, if it spoke within ``window`` sentences."""
        return self.last if self.last_unit >= 0 and unit - self.last_unit <= window else None


def title_antecedent(index: MentionIndex, title: Ment, clitics: tuple[str, ...]) -> str | None:
    """The named actor an earlier occurrence of the same title stood beside."""
    words = _stem_words(index.text[title.start : title.end], clitics)
    for group in reversed(index.groups(0, title.start)):
        name = group_name(group)
        if name and any(
            m.role == "title" and _stem_words(index.text[m.start : m.end], clitics) == words for m in group
        ):
            return name
    return None


def noun_antecedent(index: MentionIndex, head: str, pos: int, definite: tuple[str, ...]) -> str | None:
    """The latest named actor whose mention contains the (undefined) head noun (الوزارة → وزارة …)."""
    bare = _strip_article(head, definite)
    if len(bare) < 3:
        return None
    for m in reversed(index.before(pos)):
        if m.name and bare in (_strip_article(w, definite) for w in _WORD.findall(index.text[m.start : m.end])):
            return m.name
    return None


def _strip_article(word: str, definite: tuple[str, ...]) -> str:
    for article in definite:
        if word.startswith(article) and len(word) > len(article) + 2:
            return word[len(article) :]
    return word


def _stem_words(text: str, clitics: tuple[str, ...]) -> tuple[str, ...]:
    """Words without a glued clitic (لـ، بـ، و), so "للرئيس الروسي" equals "الرئيس الروسي"."""
    out = []
    for word in _WORD.findall(text):
        for clitic in clitics:
            if word.startswith(clitic) and len(word) > len(clitic) + 3:
                word = word[len(clitic) :]
                break
        out.append(word)
    return tuple(out)

"""Nominal anaphora to armed groups: "هذا التنظيم الإرهابي", "الميليشيات المتمردة"."""

from __future__ import annotations

import re

from marsad.actors.cues import occurrences
from marsad.actors.link import Context, Found, Linker, first
from marsad.actors.matcher import ADJECTIVE, Hit

_NEXT = re.compile(r" (\w+)")
_PREVIOUS = re.compile(r"(\w+) $")
KEPT_ROLES = ("name", "alias", "metonym", "title", "handle")


def armed_group_mentions(linker: Linker, ctx: Context) -> list[tuple[int, int, str, str | None]]:
    """(start, end, id, sector) of every named armed group, in text order."""
    found = []
    for item in ctx.found:
        entry = linker.kb.get(item.key) if item.key else None
        if entry is not None and entry.type == "ARMED_GROUP" and item.role in ("name", "alias"):
            found.append((item.start, item.end, entry.id, entry.sector))
    found.sort(key=lambda g: (g[0], -g[1]))
    return [g for i, g in enumerate(found)  # a name inside a longer one of the same group counts once
            if not any(o[2] == g[2] and o[0] <= g[0] and g[1] <= o[1] for o in found[:i])]


def antecedent(groups: list[tuple[int, int, str, str | None]], position: int, sector: str | None = None,
               skip_before: int | None = None, salient: bool = False) -> str | None:
    """The armed group (of ``sector`` when given) named last before ``position`` (ending before
    ``skip_before`` when given; with ``salient``, the one named most often before it, the last
    named on a tie), else the document's only one."""
    fitting = [g for g in groups if sector is None or g[3] == sector]
    limit = position if skip_before is None else skip_before
    previous = [key for start, end, key, _ in fitting if start < position and end <= limit]
    if previous and salient:
        return max(reversed(previous), key=previous.count)
    if previous:
        return previous[-1]
    keys = {key for _, _, key, _ in fitting}
    return next(iter(keys)) if len(keys) == 1 and not any(g[0] < position for g in fitting) else None


def link_group_anaphora(linker: Linker, ctx: Context) -> None:
    """A group noun with the article and a demonstrative before it or a qualifying adjective after
    it names the armed group last named (resource: ``group_anaphora`` in matching.yaml)."""
    groups = armed_group_mentions(linker, ctx)
    if not groups:
        return
    adjectives = {h.word_start: h for h in ctx.hits if first(h, ADJECTIVE) is not None}
    for lang, rules in linker.kb.rules.languages.items():
        cues = rules.group_anaphora
        for noun in cues.get("nouns", ()):
            previous: str | None = None  # the group the last linked use of this noun names
            for start, end, outer in list(occurrences(ctx.text, noun, rules.definite_prefixes)):
                prefix = ctx.text[outer:start]
                qualifying = cues.get("modifiers", frozenset()) | cues.get("rebel_modifiers", frozenset())
                last = _modifiers(ctx.text, end, qualifying, adjectives, rules.article, cues.get("nisbas", frozenset()))
                rebel = any(w in cues.get("rebel_modifiers", ()) for w in ctx.text[end:last].split())
                drop, hidden = linker.prefix_drop(prefix, lang)
                begin = outer + drop
                before = _PREVIOUS.search(ctx.text, max(0, outer - 20), outer)
                demonstrative = (before is not None and prefix == rules.article
                                 and before.group(1) in cues.get("demonstratives", ()))
                if last == end and not demonstrative:
                    key = previous  # a bare repetition ("الميليشيات") names what the noun named last
                elif demonstrative:
                    begin, hidden = before.start(1), 0
                    key = antecedent(groups, begin, "REB" if rebel else None,
                                     _relative_head(ctx.text, groups, begin, cues.get("relatives", frozenset())))
                else:
                    key = _qualified(ctx, groups, begin, last, "REB" if rebel else None,
                                     cues.get("relatives", frozenset()))
                if key is None or _overlaps_name(ctx, begin, last):
                    continue
                previous = key
                ctx.found[:] = [f for f in ctx.found if not (f.start < last and begin < f.end)]
                ctx.found.append(Found(begin, last, min(outer, begin), key, "alias", hidden=hidden, lang=lang))


def _qualified(ctx: Context, groups: list[tuple[int, int, str, str | None]], begin: int, end: int,
               sector: str | None, relatives: frozenset[str]) -> str | None:
    """The group a qualified group noun names: the one its head noun already names, unless another
    group is named in the same paragraph and that one is not (the nearer one is meant), else
    the armed group named last before it."""
    recent = antecedent(groups, begin, sector, _relative_head(ctx.text, groups, begin, relatives))
    headed = _head_linked(ctx, groups, begin, end)
    if headed is None or recent is None or headed == recent:
        return headed or recent
    paragraph = ctx.paragraph_of(begin)
    here = {key for start, _, key, _ in groups if start < begin and ctx.paragraph_of(start) == paragraph}
    return recent if recent in here and headed not in here else headed


def link_state_possessives(linker: Linker, ctx: Context) -> None:
    """A state's government named by a possessive ("إسرائيل وحكومتها المتطرفة": its government)
    names the state last named before it in the same sentence (``state_possessives`` in
    matching.yaml); qualifying adjectives of ``group_anaphora.modifiers`` join the mention."""
    adjectives = None
    for lang, rules in linker.kb.rules.languages.items():
        modifiers = rules.group_anaphora.get("modifiers", frozenset())
        for noun in rules.state_possessives:
            if noun not in ctx.text:
                continue
            if adjectives is None:
                adjectives = {h.word_start: h for h in ctx.hits if first(h, ADJECTIVE) is not None}
            for start, end, outer in list(occurrences(ctx.text, noun, rules.plain_prefixes)):
                if any(f.start < end and start < f.end for f in ctx.found):
                    continue
                key = _state_before(linker, ctx, outer)
                if key is None:
                    continue
                last = _modifiers(ctx.text, end, modifiers, adjectives, rules.article, frozenset())
                ctx.found.append(Found(start, last, outer, key, "alias", lang=lang))


def _state_before(linker: Linker, ctx: Context, position: int) -> str | None:
    """The state named (as an actor) last before ``position`` in the same sentence."""
    best = None
    for found in ctx.found:
        entry = linker.kb.get(found.key) if found.key else None
        if entry is not None and entry.type == "GPE" and found.end <= position and found.role in ("name", "metonym") \
                and (best is None or found.end > best.end):
            best = found
    if best is None or any(c in ctx.text[best.end : position] for c in ".!?؟\n"):
        return None
    return best.key


def _modifiers(text: str, end: int, modifiers: frozenset[str], adjectives: dict[int, Hit], article: str,
               nisbas: frozenset[str]) -> int:
    """End of the last qualifying modifier after ``end`` (demonyms may stand before it), else ``end``."""
    position, last = end, end
    while True:
        match = _NEXT.match(text, position)
        if match is None:
            return last
        word = match.group(1)
        if word in modifiers:
            position = last = match.end()
            continue
        if word in nisbas:
            position = match.end()
            continue
        adjective = adjectives.get(match.start(1))
        if adjective is None or adjective.prefix not in ("", article) or not word.startswith(article):
            return last
        position = adjective.end


def _overlaps_name(ctx: Context, begin: int, end: int) -> bool:
    """Whether a named mention (not an agent) overlaps the span."""
    return any(f.start < end and begin < f.end and f.role in KEPT_ROLES and f.role != "alias"
               for f in ctx.found)


def _relative_head(text: str, groups: list[tuple[int, int, str, str | None]], position: int,
                   relatives: frozenset[str]) -> int | None:
    """Start of the group last named before ``position`` when a relative clause opened right
    after it runs, without punctuation, up to ``position``: that group is not the antecedent."""
    previous = [g for g in groups if g[1] <= position]
    if not previous:
        return None
    start, end = previous[-1][0], previous[-1][1]
    between = text[end:position]
    words = between.replace("»", " ").replace("«", " ").split()
    if words and words[0] in relatives and not any(c in between for c in ".،,;:!?؟؛"):
        return start
    return None


def _head_linked(ctx: Context, groups: list[tuple[int, int, str, str | None]], begin: int, end: int) -> str | None:
    """The armed group a head-noun alias inside the span already names ("الحزب" after "حزب …")."""
    keys = {g[2] for g in groups}
    for found in ctx.found:
        if found.role == "alias" and found.key in keys and begin <= found.start and found.end <= end:
            return found.key
    return None

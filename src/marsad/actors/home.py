"""The article's home state: "المملكة" in a Saudi paper is Saudi Arabia."""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlsplit

from marsad.actors.link import Context, Found, Linker

_WORD_BEFORE = re.compile(r"(\w+)\s+$")
_WORD_AFTER = re.compile(r"\s+(\w+)")


def outlet_country(linker: Linker, address: str | None) -> str | None:
    """Country of the media outlet whose web domain (``domains`` of a MEDIA entry) serves ``address``."""
    if not address or "://" not in address:
        return None
    host = (urlsplit(address).hostname or "").lower()
    for entry in linker.kb.entries:
        if entry.type == "MEDIA" and any(host == d or host.endswith("." + d) for d in entry.domains):
            return entry.country
    return None


def most_mentioned_state(linker: Linker, ctx: Context) -> str | None:
    """The state named most often (names, metonyms, state agents), the first named on a tie; in a
    document that names no state as an actor, the state it names most often as a place."""
    counts: Counter[str] = Counter()
    for found in sorted(ctx.found, key=lambda f: f.start):
        entry = linker.kb.get(found.key) if found.key else None
        if entry is not None and entry.type == "GPE":
            counts[entry.id] += 1
    if not counts:
        for _start, _end, key in sorted(ctx.places):
            entry = linker.kb.get(key)
            if entry is not None and entry.type == "GPE":
                counts[entry.id] += 1
    return counts.most_common(1)[0][0] if counts else None


def link_home_state(linker: Linker, ctx: Context, address: str | None) -> None:
    """A home-state cue (``home_state`` in matching.yaml) used as an actor, not a place and not the
    head of a longer name ("المملكة المتحدة"), names the outlet's state, else the state the
    document names most often."""
    key: str | None = None
    resolved = False
    for lang, rules in linker.kb.rules.languages.items():
        for cue in rules.home_state:
            for start, end, outer in _cue_uses(ctx, cue, rules):
                if not resolved:
                    country = outlet_country(linker, address)
                    key = linker.states.get(country) if country else most_mentioned_state(linker, ctx)
                    resolved = True
                if key is None:
                    return
                ctx.found.append(Found(start, end, outer, key, "metonym", lang=lang))


def _cue_uses(ctx: Context, cue: str, rules) -> list[tuple[int, int, int]]:
    """(start, end, start with a conjunction) of each use of ``cue`` with the bare article or a conjunction before it."""
    uses = []
    text, position = ctx.text, ctx.text.find(cue)
    while position >= 0:
        end = position + len(cue)
        start = position - 1 if position > 0 and text[position - 1] in rules.conjunctions else position
        clean = (start == 0 or not text[start - 1].isalnum()) and (end >= len(text) or not text[end].isalnum())
        before = _WORD_BEFORE.search(text, max(0, start - 30), start)
        after = _WORD_AFTER.match(text, end)
        word = before.group(1) if before is not None else ""
        bare = word[1:] if word[:1] and word[:1] in rules.conjunctions else word
        place = bool(word) and (word in rules.metonym_place_before or bare in rules.metonym_place_before)
        longer = after is not None and rules.article and after.group(1).startswith(rules.article)
        taken = any(f.start < end and start < f.end for f in ctx.found)
        if clean and not place and not longer and not taken:
            uses.append((position, end, start))
        position = text.find(cue, position + 1)
    return uses

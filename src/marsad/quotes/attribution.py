"""Attribution phrases: "بحسب ما أوردت الوكالة"، "وفقاً لـ…"، "according to …"، "نقلاً عن …".

A phrase names the source of the statement around it. When the sentence already holds claims
(a cue was found), the source becomes their ``via`` (or, after a relay phrase such as "نقلاً عن",
their speaker, the cue's subject becoming the ``via``). Otherwise the sentence itself, up to the
phrase (or after it, when the phrase opens the sentence), is an indirect quote of the source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from marsad.quotes.base import PUNCT_BREAK, TOKEN, Context
from marsad.quotes.claims import Claim, Unit
from marsad.quotes.lexicon import LanguageRules
from marsad.quotes.speakers import Speaker
from marsad.quotes.subjects import speaker_of

MAX_SOURCE_TOKENS = 8
_LEAD = re.compile(r"[\s,،;؛:]*")


@dataclass
class Attribution:
    """One attribution phrase with its source noun phrase (normalised offsets)."""

    start: int
    end: int  # end of the source noun phrase
    source: Speaker
    initial: bool
    relay: bool
    rules: LanguageRules


def phrase_hits(languages: tuple[LanguageRules, ...], ctx: Context) -> list[tuple[int, bool, LanguageRules, re.Match]]:
    """Attribution and relay phrases of the whole text outside quotations: (start, relay, rules, match)."""
    hits = []
    for rules in languages:
        for relay, pattern in ((False, rules.attribution_re), (True, rules.relay_re)):
            for match in pattern.finditer(ctx.text):
                if not ctx.quoted.inside(match.start()) and not _parenthetical(ctx.text, match):
                    hits.append((match.start(), relay, rules, match))
    return sorted(hits, key=lambda hit: hit[0])


def find_attributions(unit: Unit, hits, ctx: Context) -> list[Attribution]:
    """Valid attribution phrases among a unit's phrase hits."""
    found = (_attribution(match, relay, rules, unit, ctx) for _, relay, rules, match in hits)
    return [item for item in found if item is not None]


def _bare_source_length(tokens: list[re.Match[str]], rules: LanguageRules, ctx: Context) -> int:
    """Tokens of a source not closed by punctuation: a leading named group or source noun
    ("according to reports the UK …"), else the whole stretch if it reaches the sentence end."""
    if len(tokens) < MAX_SOURCE_TOKENS:
        return len(tokens)
    match = rules.source_re.match(ctx.text, tokens[0].start())
    if match:
        return sum(1 for t in tokens if t.start() < match.end())
    groups = ctx.index.groups(tokens[0].start(), tokens[-1].end())
    if groups and groups[0][0].start - tokens[0].start() <= 12:
        return sum(1 for t in tokens if t.start() < groups[0][-1].end)
    return 0


def _bare_name(tokens: list[re.Match[str]], rules: LanguageRules) -> bool:
    """"بحسب قهوجي،": a short phrase set off by punctuation, without an article (a name)."""
    words = [t.group() for t in tokens]
    return 1 <= len(words) <= 3 and not any(w.startswith(a) for w in words for a in rules.definite) and all(
        w.isalpha() and w not in rules.adverbs for w in words)


def _parenthetical(text: str, match: re.Match[str]) -> bool:
    """"-حسب وصف التنظيم-": an aside inside dashes or brackets, not the sentence's source."""
    before = text[max(0, match.start() - 3) : match.start()].rstrip()
    return before[-1:] in ("-", "(", "–", "—")


def _attribution(match: re.Match[str], relay: bool, rules: LanguageRules, unit: Unit, ctx: Context):
    text = ctx.text
    tokens = list(TOKEN.finditer(text, match.end(), unit.end))[:MAX_SOURCE_TOKENS]
    has_verb = bool(match.groupdict().get("rel")) and tokens and tokens[0].group() not in PUNCT_BREAK
    if has_verb:
        tokens = tokens[1:]
    stop = next((i for i, t in enumerate(tokens) if t.group() in PUNCT_BREAK), None)
    if stop == 0:
        return None
    if stop is None:  # no comma closes the source: keep only a named group or source noun
        stop = _bare_source_length(tokens, rules, ctx)
        if not stop:
            return None
    start, end = tokens[0].start(), tokens[stop - 1].end()
    groups = ctx.index.groups(start, end)
    if groups and groups[0][0].start - start <= 12:
        source = speaker_of(groups[0], ctx, rules)
    elif rules.source_re.match(text, start):
        source = Speaker(unnamed=True, text=(start, end))
    elif has_verb or rules.speech_re.match(text, start) or _bare_name(tokens[:stop], rules):
        source = Speaker(text=(start, end))
    else:
        return None
    lead = text[unit.start : match.start()]
    initial = all(w in rules.connectors or w in PUNCT_BREAK for w in TOKEN.findall(lead))
    return Attribution(match.start(), end, source, initial, relay, rules)


def attribution_claims(items: list[Attribution], claims: list[Claim], unit: Unit, ctx: Context) -> list[Claim]:
    """Apply the unit's attributions to its claims; new claims for unattributed content."""
    new: list[Claim] = []
    for item in items:
        if item.initial:  # "وبحسب مصادر صحفية، فقد روى X أنه …": the source is the outlet of X's claims
            covered = [c for c in claims if c.start >= item.end and c.cue is not None and not c.silent]
        else:
            covered = [c for c in claims if c.end <= item.start and c.cue is not None and not c.silent]
        if covered:
            for claim in covered:
                if item.relay:
                    claim.via, claim.speaker = claim.speaker, item.source
                elif claim.via is None:
                    claim.via = item.source
            continue
        span = _content(item, claims + new, unit, ctx)
        if span is not None:
            new.append(Claim(span[0], span[1], False, item.source, unit.index, item.start,
                             (item.start, item.end)))
    return new


def _content(item: Attribution, claims: list[Claim], unit: Unit, ctx: Context) -> tuple[int, int] | None:
    text = ctx.text
    if item.initial:
        start = _LEAD.match(text, item.end).end()
        comp = item.rules.opener_re.match(text, start)  # "وبحسب قهوجي، فإن …"
        if comp:
            start = _LEAD.match(text, comp.end()).end()
        ends = [c.start for c in claims if c.start > start]
        end = min([unit.end, *ends])
    else:
        start = max([unit.start] + [c.end for c in claims if c.end <= item.start])
        start = _LEAD.match(text, start).end()
        end = item.start
    while end > start and text[end - 1] in " \t\n.,،;؛:":
        end -= 1
    return (start, end) if end - start > 10 else None

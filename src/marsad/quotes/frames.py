"""Speech cues and their frames: where a cue's subject, addressee and reported content are.

A cue is a speech verb (or verbal noun) matched by the compiled resource regex. Its frame is
found in the *region* after it (up to the next cue, quotation or the end of the sentence): a
colon or a quotation (direct speech), a complementiser (a reported clause), a preposition (the
object of a stance verb: أعرب عن …), a direct object, or nothing but a subject at the end of the
sentence (trailing attribution: "…, the minister said."). All offsets are in the normalised view.
"""

from __future__ import annotations

import re
from dataclasses import replace

from marsad.quotes.base import (
    CLAUSAL,
    MAX_PREP_DISTANCE,
    MAX_REGION_TOKENS,
    MAX_SUBJECT_SKIP,
    MAX_TRAILING_TOKENS,
    PUNCT_BREAK,
    QUOTE_CHARS,
    SPEECH,
    TOKEN,
    Context,
    Cue,
    Frame,
    prepositional_word,
    previous_word,
)
from marsad.quotes.lexicon import LanguageRules
from marsad.quotes.marks import Mark
from marsad.quotes.speakers import Speaker, group_name
from marsad.quotes.subjects import find_addressee, find_subject, loose_words, subject_at


def find_cues(text: str, languages: tuple[LanguageRules, ...]) -> list[Cue]:
    """Every cue of the text, adjacent cues merged ("وتابع قائلا")."""
    cues: list[Cue] = []
    for rules in languages:
        for match in rules.cue_re.finditer(text):
            cue = _cue(match, rules, text)
            if cue is not None:
                cues.append(cue)
    cues.sort(key=lambda c: c.start)
    merged: list[Cue] = []
    for cue in cues:
        if merged and cue.start - merged[-1].end <= 1 and cue.rules is merged[-1].rules:
            prev = merged[-1]
            verb = replace(prev.verb, frames=prev.verb.frames | cue.verb.frames)
            merged[-1] = replace(prev, end=cue.end, verb=verb)
            continue
        merged.append(cue)
    return merged

def _cue(match: re.Match[str], rules: LanguageRules, text: str) -> Cue | None:
    verb, slot = rules.forms[match["form"]]
    proclitic, suffix = bool(match["pre"]), bool(match["suf"])
    if (suffix and not verb.transitive) or (not proclitic and match["form"] in verb.needs_proclitic):
        return None
    previous = previous_word(text, match.start())
    if not proclitic and (previous in rules.prepositions or previous in rules.nominalizers):
        return None  # "في حذر"، "عدم ذكر": a verbal noun, not a verb
    if previous in rules.passive_before:
        return None  # "was told", "has been accused": passive, the speaker is not the subject
    relative = previous in rules.relatives
    return Cue(match.start(), match.end(), verb, slot, proclitic, suffix, relative, rules)

def analyse(cue: Cue, region_end: int, unit: tuple[int, int], ctx: Context) -> Frame | None:
    """The frame of one cue inside its unit (sentence)."""
    tokens = _region_tokens(cue.end, region_end, ctx)
    anchor = _anchor(cue, tokens, ctx)
    subject_end = anchor[1] if anchor else (tokens[-1].end() if tokens else cue.end)
    head, speaker, after = find_subject(cue, unit, subject_end, ctx)
    addressee = find_addressee(cue, after, subject_end, ctx)
    if anchor is None:
        frame = _unanchored(cue, head, speaker, after, addressee, tokens, unit, ctx)
        if frame is not None and frame.kind == "object":
            _maybe_object(frame, after, subject_end, ctx)
        if frame is None and (speaker.group or speaker.text) and not cue.relative:
            frame = Frame(cue, "bare", head, head, speaker, addressee)  # a subject for later cues
        return frame
    kind, anchor_start, content = anchor
    if kind == "impersonal":
        return None
    frame = Frame(cue, kind, head, content, speaker, addressee)
    if "via" in cue.frames:
        return _via(frame, anchor_start, ctx) if kind == "clause" else None
    if kind in ("prep", "clause", "topic") and "object" in cue.frames:
        _maybe_object(frame, after, anchor_start, ctx)
    return frame

def _region_tokens(start: int, end: int, ctx: Context) -> list[re.Match[str]]:
    """The region's tokens, at most MAX_REGION_TOKENS of them outside quotations (a quoted title
    inside the region does not use up the budget)."""
    out: list[re.Match[str]] = []
    budget = MAX_REGION_TOKENS
    for tok in TOKEN.finditer(ctx.text, start, end):
        out.append(tok)
        if not ctx.quoted.quoted(tok.start()):
            budget -= 1
            if budget == 0:
                break
    return out


def _anchor(cue: Cue, tokens: list[re.Match[str]], ctx: Context):
    """(kind, anchor start, content start) of the first frame anchor in the region, or None."""
    frames, rules, text = cue.frames, cue.rules, ctx.text
    previous = ""
    for i, tok in enumerate(tokens):
        mark = ctx.quoted.at(tok.start())
        if mark is not None:
            if mark.open == tok.start() and frames & SPEECH and _opens_speech(mark, previous, tokens[i:], ctx, rules):
                return "mark", mark.open, mark.start
            previous = ""
            continue
        word = tok.group()
        following = tokens[i + 1].group() if i + 1 < len(tokens) else ""
        if word == ":" and frames & SPEECH:
            return "colon", tok.start(), tok.end()
        if frames & CLAUSAL and rules.complementizer_re.fullmatch(word) and previous not in rules.not_after:
            if i == 0 and text[cue.start : cue.end] in rules.impersonal:
                return "impersonal", tok.start(), tok.end()  # "يذكر أن": a formula, not a report
            return "clause", tok.start(), tok.end()
        if frames & {"prep", "topic"} and not ctx.index.at(tok.start(), tok.end()) and (
                loose_words(cue.end, tok.start(), ctx, rules) <= MAX_PREP_DISTANCE):
            kind = "prep" if "prep" in frames else "topic"
            if word in cue.verb.preps and not rules.complementizer_re.fullmatch(following):
                return kind, tok.start(), tok.end()
            if _glued_prep(word, cue.verb.preps, rules, first=not any(t.group().isalnum() for t in tokens[:i])):
                return kind, tok.start(), tok.start()
        previous = word
    return None


def _glued_prep(word: str, preps: tuple[str, ...], rules: LanguageRules, first: bool) -> bool:
    """A glued preposition of the frame: alone before a quotation (بـ«…»), before the article
    (بالتحسن), or on a later word (the first word after the verb is rather its subject: بوتين)."""
    for prep in preps:
        if prep not in rules.clitic_preps or not word.startswith(prep):
            continue
        rest = word[len(prep) :]
        if not rest or any(rest.startswith(a) for a in rules.definite) or (len(rest) > 2 and not first):
            return True
    return False

def _opens_speech(mark: Mark, previous: str, tokens: list[re.Match[str]], ctx: Context, rules: LanguageRules) -> bool:
    """A quotation that is the cue's utterance, not a name inside the region (لـ«عكاظ» إن …)."""
    text = ctx.text
    glued = re.search(r"\w+$", text[max(0, mark.open - 20) : mark.open])
    if glued and glued.group() not in rules.proclitics:
        return False  # glued to a clitic: لـ«النصرة»
    if previous in rules.prepositions:
        return False
    later = [t for t in tokens if t.start() >= mark.outer_end]
    after = later[:1]
    words = sum(1 for w in TOKEN.findall(text, mark.start, mark.end) if w[0].isalnum())
    if any(t.group() == ":" or rules.complementizer_re.fullmatch(t.group()) for t in later):
        return False  # a later colon or complementiser is the anchor: this quotation names something
    if any(t.group() in rules.relatives for t in TOKEN.finditer(text, tokens[0].start() if tokens else 0, mark.open)
           if t.start() < mark.open) or ctx.index.within(mark.start, mark.end + 1):
        return False
    return words >= 2 or not after or after[0].group() in PUNCT_BREAK

def _unanchored(cue: Cue, head: int, speaker: Speaker, after: int, addressee, tokens, unit, ctx: Context):
    """Frames without an anchor: trailing attribution, stance/object, optional complementiser."""
    text, rules, frames = ctx.text, cue.rules, cue.frames
    trailing = frames & SPEECH and cue.slot != "participle"  # ", saying …" reports forwards
    if trailing and _after_comma(text, unit[0], head) and _short_rest(tokens, after, addressee, rules):
        return Frame(cue, "trailing", head, head, speaker, addressee)
    words = [t for t in tokens if t.start() >= after and t.group() not in PUNCT_BREAK]
    if not words:
        return None
    if frames & SPEECH and speaker.dropped and tokens and tokens[0].group() in (",", "،") and len(words) >= 3:
        return Frame(cue, "colon", head, tokens[0].end(), speaker, addressee)  # "وأضاف، واصلت الفرق …"
    broken = any(t.group() in PUNCT_BREAK for t in tokens if after <= t.start() < words[0].start())
    if broken and "stance" not in frames:
        return None
    if "stance" in frames and _possessed(words[0], ctx, rules):
        return Frame(cue, "stance", head, words[0].start(), speaker, addressee)
    if "object" in frames and len(words) >= 2 and not cue.relative:
        return Frame(cue, "object", head, words[0].start(), speaker, addressee)
    if text[cue.start : cue.end] in rules.bare_clause_forms and frames & {"say", "clause"} and len(words) >= 3:
        start = addressee_end(addressee, words[0].start())
        if prepositional_word(TOKEN.match(text, start).group() if TOKEN.match(text, start) else "", rules):
            return None  # "said in remarks published …": no clause follows
        return Frame(cue, "clause", head, start, speaker, addressee)
    return None

def _short_rest(tokens: list[re.Match[str]], after: int, addressee: Speaker | None, rules: LanguageRules) -> bool:
    """Only a few words (a place, a time) follow the attribution to the end of the sentence."""
    skip_end = addressee_end(addressee, after)
    rest = [t for t in tokens if t.start() >= max(after, skip_end) and t.group() not in PUNCT_BREAK
            and t.group() not in rules.adverbs and not rules.addressee_re.match(t.group())]
    return len(rest) <= MAX_TRAILING_TOKENS and (not tokens or tokens[-1].end() >= 0)

def addressee_end(addressee: Speaker | None, default: int) -> int:
    if addressee is not None and addressee.group:
        return max(default, addressee.group[-1].end)
    return default

def _possessed(token: re.Match[str], ctx: Context, rules: LanguageRules) -> bool:
    """A word ending in a pronoun suffix as written (not a letter the matching view folded)."""
    word = token.group()
    suffix = next((s for s in rules.pronoun_suffixes if word.endswith(s) and len(word) > len(s) + 2), None)
    return suffix is not None and ctx.original[ctx.to_original(token.end() - 1)] == word[-1]

def _after_comma(text: str, unit_start: int, head: int) -> bool:
    """The attribution follows a comma (or a comma and a closing quotation mark)."""
    before = text[unit_start:head].rstrip().rstrip("".join(QUOTE_CHARS)).rstrip()
    return before[-1:] in (",", "،")

def _via(frame: Frame, anchor_start: int, ctx: Context) -> Frame | None:
    """"نقلت الوكالة عن مسؤول قوله إن …": the subject is the outlet, the speaker follows عن/من."""
    cue, text = frame.cue, ctx.text
    for tok in TOKEN.finditer(text, cue.end, anchor_start):
        if tok.group() in cue.verb.source_preps:
            speaker, _ = subject_at(cue, tok.end(), anchor_start, ctx, skip=MAX_SUBJECT_SKIP + 1)
            frame.via, frame.speaker = frame.speaker, speaker
            return frame
    return None

def _maybe_object(frame: Frame, after: int, anchor_start: int, ctx: Context) -> None:
    """A lone noun phrase between verb and preposition may be the object (ودعا الشعب إلى …)."""
    speaker = frame.speaker
    if frame.cue.suffix or not (speaker.group or speaker.text) or speaker.unnamed and not speaker.group:
        return
    span = (speaker.group[0].start, speaker.group[-1].end) if speaker.group else speaker.text
    rest = [t.group() for t in TOKEN.finditer(ctx.text, span[1], max(span[1], anchor_start))]
    rules = frame.cue.rules
    lone = not rest or rest[0] in PUNCT_BREAK or prepositional_word(rest[0], rules) or any(
        rest[0].startswith(c) for c in rules.clitic_preps)
    object_only = not frame.cue.frames & {"say", "clause", "prep"}
    generic = group_name(speaker.group) is None if speaker.group else speaker.definite
    if lone and (object_only or generic):
        speaker.maybe_object = True
        if frame.kind == "object":
            frame.content = span[0]

"""Who a cue's subject and addressee are: a mention group before or after the verb, an unnamed
source, a definite noun standing for an earlier actor, or the words themselves when the actor
stage named nobody ("the nearest named-entity text")."""

from __future__ import annotations

import re

from marsad.quotes.base import (
    MAX_FALLBACK_WORDS,
    MAX_NAME_WORDS,
    MAX_SUBJECT_SKIP,
    PUNCT_BREAK,
    QUOTE_CHARS,
    TOKEN,
    Context,
    Cue,
    bare,
    blocks_subject,
    conjoined,
    definite,
    drop_parenthetical,
    drop_parenthetical_tokens,
    glued,
    is_addressee,
    prepositional,
    prepositional_word,
)
from marsad.quotes.lexicon import LanguageRules
from marsad.quotes.speakers import Ment, Speaker, group_name


def find_subject(cue: Cue, unit: tuple[int, int], end: int, ctx: Context) -> tuple[int, Speaker, int]:
    """(attribution start, speaker, end of the subject): a named subject before the verb, else one
    after it, else unnamed words before it, else words after it (or none: a dropped subject)."""
    if cue.verb.subjectless or cue.slot == "participle":
        return cue.start, Speaker(dropped=True), cue.end
    svo = None if cue.proclitic else _svo_subject(cue, unit, ctx)
    if svo is not None:
        return with_determiner(svo[0], cue.rules, ctx), svo[1], cue.end
    if cue.rules.inversion_only and not _after_quotation(ctx.text, unit[0], cue.start):
        speaker, after = Speaker(dropped=True), cue.end  # English: "said Putin" only after a quotation
    else:
        speaker, after = _vso_subject(cue, cue.end, end, ctx)
    if not speaker.group and not speaker.unnamed and not cue.proclitic:
        found = _svo_words(cue, unit, ctx)
        if found is not None:
            span, pronoun = found
            if pronoun:
                return span[0], Speaker(dropped=True), cue.end
            groups = ctx.index.groups(*span)
            named = [g for g in groups if group_name(g)] or [g for g in groups if g[-1].role == "title"]
            if named:  # "the official IRNA news agency reported", "Prime Minister Robert Mugabe accused"
                return with_determiner(span[0], cue.rules, ctx), speaker_of(named[0], ctx, cue.rules), cue.end
            if cue.rules.source_re.search(ctx.text, span[0], span[1]):
                return with_determiner(span[0], cue.rules, ctx), Speaker(unnamed=True, text=span), cue.end
            definite = any(ctx.text.startswith(a, span[0]) for a in cue.rules.definite)
            return with_determiner(span[0], cue.rules, ctx), Speaker(text=span, definite=definite), cue.end
    return cue.start, speaker, after


def with_determiner(head: int, rules: LanguageRules, ctx: Context) -> int:
    """Move the attribution start over a determiner before the subject (", a Kremlin spokesman said")."""
    match = re.search(r"(\w+)\s+$", ctx.text[max(0, head - 12) : head])
    if match and match.group(1) in rules.determiners:
        return head - len(match.group(0))
    return head


def _after_quotation(text: str, unit_start: int, pos: int) -> bool:
    """The cue follows a closing quotation mark (and a comma): '"…," said Putin'."""
    before = text[unit_start:pos].rstrip().rstrip(",،").rstrip()
    return before[-1:] in QUOTE_CHARS


def _svo_words(cue: Cue, unit: tuple[int, int], ctx: Context) -> tuple[tuple[int, int], bool] | None:
    """Up to four words between a clause boundary and the verb ("شويغو قال"، "كان كيم قد أكد"،
    ", a Kremlin spokesman said"); (span, is a pronoun) or None."""
    rules, text = cue.rules, ctx.text
    tokens = list(TOKEN.finditer(text, unit[0], cue.start))
    stretch: list[re.Match[str]] = []
    for tok in reversed(tokens[-8:]):
        word = tok.group()
        if word in PUNCT_BREAK or word in QUOTE_CHARS or word in rules.connectors or word in rules.relatives:
            break
        stretch.insert(0, tok)
    else:
        if len(tokens) > 8:
            return None
    stretch = drop_parenthetical_tokens(stretch)
    words = [t for t in stretch if bare(t.group(), rules) not in rules.subject_gap]
    while words and words[0].group() in rules.determiners:
        words = words[1:]
    while words and words[-1].group() in rules.adverbs:  # "Robert Mugabe today accused"
        words = words[:-1]
    titled = bool(words) and any(m.role == "title" for m in ctx.index.within(words[0].start(), words[-1].end()))
    limit = MAX_FALLBACK_WORDS + 2 * titled
    if not 1 <= len(words) <= limit or any(blocks_subject(t.group(), rules) for t in words):
        return None
    pronoun = len(words) == 1 and words[0].group() in rules.pronouns
    return (words[0].start(), words[-1].end()), pronoun


def _svo_subject(cue: Cue, unit: tuple[int, int], ctx: Context) -> tuple[int, Speaker] | None:
    """A subject right before the verb (وزارة الدفاع قالت، كان بوتين قد قال، X said)."""
    groups = ctx.index.groups(unit[0], cue.start)
    rules = cue.rules
    if groups:
        group = groups[-1]
        gap = [t.group() for t in TOKEN.finditer(ctx.text, group[-1].end, cue.start)]
        gap = drop_parenthetical(gap)
        if all(w in rules.subject_gap for w in gap) and not prepositional(group[0], ctx, rules):
            return group[0].start, speaker_of(group, ctx, rules)
    return None


def _vso_subject(cue: Cue, start: int, end: int, ctx: Context) -> tuple[Speaker, int]:
    """The subject after the verb: the first non-prepositional noun phrase in the region."""
    speaker, after = subject_at(cue, start, end, ctx, skip=MAX_SUBJECT_SKIP)
    if cue.relative and speaker.dropped:  # "المسؤول الذي قال إن": the antecedent speaks
        groups = ctx.index.groups(max(0, cue.start - 80), cue.start)
        if groups and len(TOKEN.findall(ctx.text, groups[-1][-1].end, cue.start)) <= 1:
            return speaker_of(groups[-1], ctx, cue.rules), after
    return speaker, after


def subject_at(cue: Cue, start: int, end: int, ctx: Context, skip: int) -> tuple[Speaker, int]:
    rules, text = cue.rules, ctx.text
    first = next((t for t in TOKEN.finditer(text, start, end) if t.group() not in rules.adverbs), None)
    groups = [g for g in ctx.index.groups(start, end)
              if not prepositional(g[0], ctx, rules) and not is_addressee(g[0], ctx, rules)]
    leading_group = bool(groups) and first is not None and groups[0][0].start <= first.start()
    if first is not None and first.group() not in PUNCT_BREAK and rules.source_re.match(text, first.start()) and (
            not leading_group):
        named = None
        if rules.role_re.match(text, first.start()):  # "المتحدث باسم الكرملين دميتري بيسكوف"
            named = _named_person_near(groups, first.end(), end, ctx)
        if named is None:
            return _fallback_subject(cue, start, end, ctx)
        return speaker_of(named, ctx, rules), named[-1].end
    for i, group in enumerate(groups):
        limit = skip if any(m.type == "PERSON" for m in group) else 1
        if loose_words(start, group[0].start, ctx, rules) > limit and not _appositive(group, end, ctx):
            break
        nxt = groups[i + 1] if i + 1 < len(groups) else None
        if nxt is not None and loose_words(start, group[0].start, ctx, rules) and _person_after(group, nxt, text):
            group = nxt  # "رئيس المجلس الوطني زبير ايدار": the body is the complement of a title
        return speaker_of(group, ctx, rules), group[-1].end
    return _fallback_subject(cue, start, end, ctx)


def _named_person_near(groups, start: int, end: int, ctx: Context):
    """A named person within a few words after a source noun, with no punctuation between."""
    for group in groups:
        if group[0].start < start or not any(m.type == "PERSON" and m.name for m in group):
            continue
        between = TOKEN.findall(ctx.text, start, group[0].start)
        if len(between) <= MAX_SUBJECT_SKIP and not any(w in PUNCT_BREAK for w in between):
            return group
        return None
    return None


def _appositive(group: tuple[Ment, ...], end: int, ctx: Context) -> bool:
    """"… الأمين العام لمجلس التعاون، الدكتور عبد اللطيف الزياني، أن": a name set off by commas."""
    before = TOKEN.findall(ctx.text[max(0, group[0].start - 40) : group[0].start])[-2:]
    after = ctx.text[group[-1].end : end].strip()
    person = any(m.type == "PERSON" for m in group)
    return person and "،" in before or "," in before and (not after or after[0] in ",،")


def loose_words(start: int, end: int, ctx: Context, rules: LanguageRules) -> int:
    """Words in ``[start, end)`` outside mentions that are not adverbs or punctuation."""
    inside = ctx.index.within(start, end)
    return sum(
        1 for t in TOKEN.finditer(ctx.text, start, end)
        if t.group() not in rules.adverbs and t.group() not in PUNCT_BREAK and t.group() not in QUOTE_CHARS
        and not any(m.start < t.end() and t.start() < m.end for m in inside)
        and ctx.quoted.at(t.start()) is None
    )


def _person_after(group: tuple[Ment, ...], nxt: tuple[Ment, ...], text: str) -> bool:
    """"المتحدث باسم الكرملين دميتري بيسكوف": a person right after a body names the speaker."""
    person = lambda g: any(m.type == "PERSON" and m.name for m in g)
    return not person(group) and person(nxt) and text[group[-1].end : nxt[0].start].strip() == ""


def _fallback_subject(cue: Cue, start: int, end: int, ctx: Context) -> tuple[Speaker, int]:
    """No mention: an unnamed source noun, a definite noun standing for an earlier actor, or words."""
    rules, text = cue.rules, ctx.text
    mark = next((m for m in ctx.marks if start <= m.open < end and not text[start : m.open].strip()), None)
    if mark is not None and mark.close is not None:  # وقال «تجمع الأهالي» في بيان: a quoted name
        return Speaker(text=(mark.start, mark.end)), mark.outer_end
    honorific = rules.honorific_re.search(text, start, end)
    if honorific is not None:  # "مدير وحدة أعمال … المهندس صالح محمد سعداوي": the name after it
        name = name_words(honorific.end(), ctx, rules, limit=end, through_mentions=True)
        if name is not None:
            return Speaker(text=name), name[1]
    words = _subject_words(cue, start, end, ctx)
    if not words:
        return Speaker(dropped=True), start
    span = (words[0].start(), words[-1].end())
    if rules.source_re.match(text, span[0]):
        return Speaker(unnamed=True, text=span), span[1]
    if rules.speech_re.match(text, span[0]):  # "بيان أصدرته الخزانة": the issuer speaks
        groups = ctx.index.groups(words[0].end(), end)  # "بيان صادر عن وزير الدفاع"
        if groups:
            return speaker_of(groups[0], ctx, rules), groups[0][-1].end
        issuer = _issuer_words(words[0].end(), end, ctx, rules)
        if issuer is not None:
            return Speaker(text=issuer), issuer[1]
    definite = any(words[0].group().startswith(a) for a in rules.definite)
    return Speaker(text=span, definite=definite), span[1]


def _issuer_words(start: int, end: int, ctx: Context, rules: LanguageRules) -> tuple[int, int] | None:
    """The words after the preposition that follows a speech noun ("بيان صادر عن وزير الدفاع")."""
    for tok in TOKEN.finditer(ctx.text, start, end):
        if tok.group() in PUNCT_BREAK:
            return None
        if tok.group() in rules.prepositions:
            return name_words(tok.end(), ctx, rules, limit=end, through_mentions=True)
    return None


def _subject_words(cue: Cue, start: int, end: int, ctx: Context) -> list[re.Match[str]]:
    """Up to four words after the verb that can be its subject; a leading prepositional phrase
    ("كشف لـ«عكاظ» مصدر …") and adverbs are skipped."""
    rules, words, skipping = cue.rules, [], False
    for tok in TOKEN.finditer(ctx.text, start, end):
        word = tok.group()
        if ctx.quoted.at(tok.start()) is not None:
            if words:
                break
            continue
        if not words and (word in rules.adverbs or word in PUNCT_BREAK or word in rules.clitic_preps):
            skipping = skipping or word in rules.clitic_preps
            continue
        if not words and prepositional_word(word, rules) and not skipping:
            skipping = True
            continue
        if word in PUNCT_BREAK or prepositional_word(word, rules) or word in rules.relatives:
            break
        if words and rules.source_re.match(word):
            break  # "إيمي بارتليت المتحدثة باسم …": the role after the name
        if words and (word in rules.adverbs or conjoined(word, rules) or glued(word, rules) and definite(
                words[-1].group(), rules)):
            break  # "الشعب اليمني بمختلف …", "انريكي اليوم": the noun phrase has ended
        if not words and conjoined(word, rules):
            break  # "وقال والدموع تغشى عينيه": a circumstantial clause, no subject
        if rules.complementizer_re.fullmatch(word) or len(words) >= MAX_FALLBACK_WORDS:
            break
        if skipping and not words and glued(word, rules):
            continue
        words.append(tok)
    return words


def speaker_of(group: tuple[Ment, ...], ctx: Context, rules: LanguageRules) -> Speaker:
    unnamed = group_name(group) is None and not any(m.role == "title" for m in group)
    words = None
    if group[-1].role == "title" and group_name(group) is None:
        words = name_words(group[-1].end, ctx, rules) or _earlier_title_name(group[-1], ctx, rules)
    return Speaker(group=group, unnamed=unnamed, text=words)


def _earlier_title_name(title: Ment, ctx: Context, rules: LanguageRules) -> tuple[int, int] | None:
    """"الرئيس الروسي أمام الصحافة" after "الرئيس الروسي فلاديمير بوتين": the name it had before."""
    text = ctx.text
    words = TOKEN.findall(text, title.start, title.end)
    if not words:
        return None
    pattern = re.compile(r"(?<!\w)\w*" + r"\s+".join(re.escape(w) for w in words[-2:]) + r"(?!\w)")
    for match in reversed(list(pattern.finditer(text, 0, title.start))):
        found = name_words(match.end(), ctx, rules)
        if found:
            return found
    return None


def name_words(end: int, ctx: Context, rules: LanguageRules, limit: int | None = None,
               through_mentions: bool = False) -> tuple[int, int] | None:
    """Up to three name words after a bare title or an honorific that the actor stage did not name
    ("المتحدث … دميتري بيسكوف", "المهندس صالح محمد سعداوي"), up to ``limit``."""
    words = []
    for tok in TOKEN.finditer(ctx.text, end, min(len(ctx.text), end + 60, limit or len(ctx.text))):
        word = tok.group()
        mention = not through_mentions and words and ctx.index.at(tok.start(), tok.end())
        if word in PUNCT_BREAK or word in rules.addressee_markers or mention:
            break
        if word in rules.adverbs or word in rules.relatives or prepositional_word(word, rules):
            break
        if rules.opener_re.fullmatch(word) or rules.source_re.match(word) or rules.cue_re.fullmatch(word):
            break
        words.append(tok)
        if len(words) == MAX_NAME_WORDS + through_mentions:
            break
    return (words[0].start(), words[-1].end()) if words else None


def find_addressee(cue: Cue, start: int, end: int, ctx: Context) -> Speaker | None:
    """"للصحفيين" / "told reporters" / "لكيم" / "أمام الصحافة" in the region."""
    rules, text = cue.rules, ctx.text
    match = rules.addressee_re.search(text, start, end)
    if match:
        return Speaker(name=rules.addressees[re.sub(r"\s+", " ", match["phrase"])])
    for group in ctx.index.groups(cue.end, end):
        first = group[0]
        word_start = first.start
        while word_start > 0 and text[word_start - 1].isalnum():
            word_start -= 1
        glued = text[word_start : first.start]
        if glued in rules.addressee_markers or is_addressee(first, ctx, rules):
            return Speaker(group=group)
        if cue.verb.addressee_object and first.start >= start:
            return Speaker(group=group)
    return _addressee_words(cue, start, end, ctx)


def _addressee_words(cue: Cue, start: int, end: int, ctx: Context) -> Speaker | None:
    """No mention: a word glued to the addressee marker right after the verb or subject ("قال لكيم"),
    or the words after a verb that takes the addressee as object ("told Reuters")."""
    rules, text = cue.rules, ctx.text
    tok = next((t for t in TOKEN.finditer(text, start, end) if t.group() not in rules.adverbs), None)
    if tok is None or tok.group() in PUNCT_BREAK:
        return None
    word = tok.group()
    for marker in rules.addressee_markers:
        rest = word[len(marker) :]
        if word.startswith(marker) and len(rest) >= 3 and not prepositional_word(word, rules):
            return Speaker(text=(tok.start() + len(marker), tok.end()))
    if cue.verb.addressee_object:
        words = name_words(tok.start(), ctx, rules, limit=end, through_mentions=True)
        return Speaker(text=words) if words else None
    return None

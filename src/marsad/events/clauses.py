"""Sentence structure without a parser: clause boundaries, prepositions, compounds, speech frames.

A :class:`SentenceContext` answers the questions argument assignment asks about one sentence:
where does the clause around a token start and end, which preposition introduces an actor unit,
which units are joined by a conjunction, who speaks in a reported clause, and which tokens
belong to an attribution ("، وفقاً لما ذكرته وكالة…", ", a Jordanian official said").
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache

from marsad.events.cues import Cues, Phrases, phrase_at
from marsad.events.lexicon import RESOURCE_DIR, norm
from marsad.events.view import COMMAS as _COMMAS
from marsad.events.view import DocView, Sentence, Unit
from marsad.model import ActorRef
from marsad.resources import load_yaml

_HARD_STOPS = frozenset(".!?؟;:")
_NONE: frozenset[str] = frozenset()
_QUOTES = frozenset('«"')  # an opening quotation mark between a preposition and a name (ضد «داعش»)


@dataclass(frozen=True)
class RoleCues:
    """Argument cues of one language read from ``cues.yaml`` beside the compiled :class:`Cues`
    (see the format header there): verb agreement, nationality adjectives, possessed members."""

    subject_endings: frozenset[str] = frozenset()
    demonym_heads: frozenset[str] | None = None
    adjective_endings: tuple[str, ...] = ()
    members: frozenset[str] = frozenset()
    possessives: tuple[str, ...] = ()
    place_nouns: frozenset[str] = frozenset()
    comitative: frozenset[str] = frozenset()
    partitive: frozenset[str] = frozenset()
    proclitics: tuple[str, ...] = ()
    reciprocal_types: frozenset[str] = frozenset()
    noun_object_gap: int | None = None
    cause: frozenset[str] = frozenset()  # prepositions of cause (في، جراء، إثر، بـ)
    adjunct_endings: tuple[str, ...] = ()  # endings of a participle opening an adjunct clause (-ing)
    accusative_endings: tuple[str, ...] = ()  # endings of an accusative participle (مطالبين، مطالبا)
    victim_verbs: frozenset[str] = frozenset()  # verbs whose subject suffered an attack (نجا من، تعرض لـ)
    unnamed_target_types: frozenset[str] = frozenset()
    resumptive: bool = False  # a relative clause's own subject needs a pronoun back to its noun (الذي نفذته X)
    subject_complementizers: frozenset[str] = frozenset()  # انها، انهم: the speaker is the verb's subject
    impersonal_complementizers: frozenset[str] = frozenset()  # انه: may be impersonal (انه قتل 20 شخصا)
    relative_verbs: frozenset[str] = frozenset()  # stems of verbs opening a bare relative clause (غارة شنتها)
    passive_subject_verbs: frozenset[str] = frozenset()  # "past|present" labels: قتل جنديان في هجوم (were killed)
    others: frozenset[str] = frozenset()  # "other(s)" after a counted group (جنديان آخران)
    unclaimed_types: frozenset[str] = frozenset()  # acts a speaker speaks of rather than commits
    possessed: dict[str, str] = field(default_factory=dict, compare=False, hash=False)
    _stems: dict[str, str] = field(default_factory=dict, compare=False, hash=False, repr=False)

    def stem(self, word: str) -> str:
        """The word without its longest glued proclitic (و، ب، ال، لل…) that leaves two letters."""
        found = self._stems.get(word)
        if found is None:
            found = next((word[len(c):] for c in self.proclitics
                          if word.startswith(c) and len(word) - len(c) >= 2), word)
            if len(self._stems) > 100_000:  # a bounded memo: a corpus's vocabulary keeps growing
                self._stems.clear()
            self._stems[word] = found
        return found


@lru_cache(maxsize=4)
def role_cues(lang: str) -> RoleCues:
    """The :class:`RoleCues` of a language (empty when ``cues.yaml`` has no section for it)."""
    spec = load_yaml(f"{RESOURCE_DIR}/cues.yaml")
    own, general = spec.get(lang) or {}, spec.get("general") or {}
    noun = (load_yaml(f"{RESOURCE_DIR}/morphology.yaml").get(lang) or {}).get("noun") or {}
    heads = own.get("demonym_heads")

    def words(items) -> frozenset[str]:
        return frozenset(norm(w) for w in items or [] if norm(w))

    return RoleCues(
        subject_endings=words(own.get("subject_endings")),
        demonym_heads=None if heads is None else words(heads),
        adjective_endings=tuple(norm(e) for e in own.get("adjective_endings") or []),
        members=words(own.get("members")),
        possessives=tuple(sorted(words(noun.get("enclitics")), key=len, reverse=True)),
        place_nouns=words(own.get("place_nouns")),
        comitative=words(own.get("comitative")),
        partitive=words(own.get("partitive")),
        proclitics=tuple(sorted(words(noun.get("proclitics")), key=len, reverse=True)),
        reciprocal_types=frozenset(general.get("reciprocal_types") or []),
        noun_object_gap=int(own["noun_object_gap"]) if own.get("noun_object_gap") is not None else None,
        resumptive=bool(own.get("resumptive_relatives")),
        subject_complementizers=words(own.get("subject_complementizers")),
        impersonal_complementizers=words(own.get("impersonal_complementizers")),
        relative_verbs=_verb_stems(own.get("relative_verbs")),
        cause=words(own.get("cause_preps")),
        passive_subject_verbs=frozenset(norm(v) for v in own.get("passive_subject_verbs") or []),
        others=words(own.get("others")),
        unclaimed_types=frozenset(general.get("unclaimed_types") or []),
        victim_verbs=words(own.get("victim_verbs")),
        adjunct_endings=tuple(norm(e) for e in own.get("adjunct_endings") or []),
        accusative_endings=tuple(norm(e) for e in own.get("accusative_endings") or []),
        unnamed_target_types=frozenset(own.get("unnamed_target_types") or []),
        possessed=_possessed(words(own.get("members")), words(noun.get("enclitics"))),
    )


def _verb_stems(lemmas) -> frozenset[str]:
    """Past lemmas and present stems without the person prefix ("شن|يشن" → شن) of verb entries."""
    stems = set()
    for lemma in lemmas or []:
        past, _, present = lemma.partition("|")
        stems.update(w for w in (norm(past), norm(present)[1:]) if len(w) >= 2)
    return frozenset(stems)


def _possessed(members: frozenset[str], enclitics: frozenset[str]) -> dict[str, str]:
    """Every member noun with a possessive enclitic → that enclitic (the longest one wins)."""
    return {member + clitic: clitic for clitic in sorted(enclitics, key=len) for member in members}


@dataclass
class Frame:
    """A speech frame: the speaker side of a reporting verb and the tokens of what was said."""

    verb: int
    speaker: list[Unit]
    start: int
    end: int


@dataclass
class SentenceContext:
    """One sentence with its language cues and the units, times and frames inside it."""

    view: DocView
    sentence: Sentence
    cues: Cues
    units: list[Unit]
    time_tokens: frozenset[int]
    boundaries: frozenset[int] = frozenset()
    frames: list[Frame] = field(default_factory=list)
    excluded: frozenset[int] = frozenset()
    attributed: bool = False
    verbal_types: frozenset[str] = frozenset()
    violent_types: frozenset[str] = frozenset()
    topic: list[Unit] = field(default_factory=list)
    noun_ends: frozenset[int] = frozenset()  # last tokens of the sentence's verbal-noun triggers
    roles_cues: RoleCues = field(default_factory=RoleCues)
    _variants: dict[int, tuple[str, ...]] = field(default_factory=dict)
    _roles: list[frozenset[str]] = field(default_factory=list)
    _unit_at: dict[int, Unit] | None = None

    # --- words -------------------------------------------------------------------------------

    def word(self, index: int) -> str:
        return self.view.words[index]

    def variants(self, index: int) -> tuple[str, ...]:
        """A word and, when it starts with a glued one-letter conjunction (وقال), the rest."""
        found = self._variants.get(index)
        if found is None:
            word = self.view.words[index]
            found = (word, word[1:]) if len(word) > 2 and word[0] in self.cues.conjunctions else (word,)
            self._variants[index] = found
        return found

    def phrase(self, index: int, phrases: Phrases) -> int:
        """Length of a cue phrase starting at ``index`` (its first word may carry a conjunction)."""
        if not self.roles(index):
            return 0
        return max((phrase_at(self.view.words, index, phrases, v) for v in self.variants(index)), default=0)

    def roles(self, index: int) -> frozenset[str]:
        """The cue lists (by name) that contain the word or its variant without a conjunction
        (none for an index outside the document)."""
        return self._roles[index] if 0 <= index < len(self._roles) else _NONE

    def has(self, index: int, category: str) -> bool:
        """Is the word at ``index`` in the named cue list (its first word, for phrase lists)?"""
        return category in self.roles(index)

    def skippable(self, index: int) -> bool:
        """Words that may stand between a verb and its subject: adverbs, auxiliaries, dates."""
        return index in self.time_tokens or self.has(index, "skip_words") or self.word(index) in _COMMAS

    # --- clauses -----------------------------------------------------------------------------

    def clause(self, index: int) -> tuple[int, int]:
        """Token range of the clause around ``index`` (bounded by hard stops and boundary words)."""
        start = index
        while start > self.sentence.first and (start - 1) not in self.boundaries:
            start -= 1
        end = index + 1
        while end < self.sentence.last and end not in self.boundaries:
            end += 1
        return start, end

    def unit_at(self, index: int) -> Unit | None:
        if self._unit_at is None:
            self._unit_at = {i: unit for unit in self.units for i in range(unit.first, unit.last)}
        return self._unit_at.get(index)

    def set_units(self, units: list[Unit]) -> None:
        self.units, self._unit_at = units, None

    def units_between(self, first: int, last: int) -> list[Unit]:
        return [u for u in self.units if first <= u.first and u.last <= last]

    # --- prepositions and compounds ----------------------------------------------------------

    def preposition(self, unit: Unit) -> str | None:
        """The preposition introducing a unit: glued (لروسيا، بالولايات) or the word before it."""
        glued = unit.glued
        if glued and glued[0] in self.cues.conjunctions:
            glued = glued[1:]
        if glued and glued[0] in self.cues.glued_preps:
            return glued[0]
        first = self.variants(unit.first)[-1]
        article = self.cues.article
        if article and not unit.glued and len(first) > 3 and first[0] in self.cues.glued_preps:
            rest = first[1:]
            if rest.startswith(article) or (first[0] == article[-1:] and rest.startswith(article[-1:])):
                return first[0]
        return self.free_preposition(unit.first)

    def free_preposition(self, index: int) -> str | None:
        """A preposition word before ``index``, over digits and determiners ("to 18 rebels")."""
        while index - 1 > self.sentence.first and (self.word(index - 1).isdigit() or self.word(index - 1) in _QUOTES
                                                   or self.has(index - 1, "determiners")
                                                   or self._partitive_after_determiner(index - 1)):
            index -= 1
        for size in (2, 1):
            begin = index - size
            if begin < self.sentence.first:
                continue
            words = " ".join(self.variants(begin)[-1:] + tuple(self.view.words[begin + 1:index]))
            if size == 1 and self.has(begin, "free_preps"):
                return self.variants(begin)[-1]
            if size == 2 and any(" ".join(p) == words for p in self.cues.agent_preps):
                return words
        return None

    def _partitive_after_determiner(self, index: int) -> bool:
        """"مع كل من X", "على عدد من X": a partitive preposition after a determiner is skipped too."""
        return (self.word(index) in self.roles_cues.partitive and index - 1 > self.sentence.first
                and self.has(index - 1, "determiners"))

    def joined(self, left: Unit, right: Unit) -> bool:
        """Are two units parts of one compound side (X و Y، X, Y and Z)?"""
        between = range(left.last, right.first)
        if len(between) > 3:
            return False
        words = [self.word(i) for i in between]
        glued_and = right.glued[:1] in self.cues.conjunctions if right.glued else False
        if not words:
            return glued_and
        return all(w in _COMMAS or w in self.cues.conjunctions for w in words)

    def side_from(self, unit: Unit, direction: int = 1) -> list[Unit]:
        """A unit and the units joined to it, reading forwards (1) or backwards (-1)."""
        side = [unit]
        position = self.units.index(unit)
        while 0 <= position + direction < len(self.units):
            other = self.units[position + direction]
            pair = (side[-1], other) if direction == 1 else (other, side[-1])
            if other.first in self.excluded or not self.joined(*pair):
                break
            side.append(other)
            position += direction
        return side if direction == 1 else side[::-1]

    # --- speech frames -----------------------------------------------------------------------

    def frame_of(self, index: int) -> Frame | None:
        """The first speech frame around ``index`` that has a speaker, else the first one."""
        around = [frame for frame in self.frames if frame.start <= index < frame.end]
        return next((frame for frame in around if frame.speaker), around[0] if around else None)


def build_context(view: DocView, sentence: Sentence, cues: Cues, time_tokens: frozenset[int],
                  verbal_types: frozenset[str], violent_types: frozenset[str] = frozenset()) -> SentenceContext:
    """Boundaries, units and exclusions of a sentence (speech frames are added by the coder)."""
    arg = role_cues(cues.lang)
    units = [u for u in view.units if sentence.first <= u.first and u.last <= sentence.last]
    ctx = SentenceContext(view, sentence, cues, units, time_tokens, verbal_types=verbal_types,
                          violent_types=violent_types, roles_cues=arg)
    ctx._roles = doc_roles(view, cues)
    units = [_qualified(ctx, u) for u in units if not _located(ctx, u)]
    units = sorted(units + _member_units(ctx, units), key=lambda u: u.first)
    boundaries = set()
    for index in range(sentence.first, sentence.last):
        word = view.words[index]
        if not ctx._roles[index] and word not in _HARD_STOPS and word not in _COMMAS:
            continue
        if word in _HARD_STOPS or ctx.has(index, "complementizers"):
            boundaries.add(index)
        elif word in _COMMAS and index + 1 < sentence.last and _conjoined(ctx, index + 1):
            boundaries.add(index)  # "، وتحدث…", ", and …": the comma ends the clause before
        elif ctx.phrase(index, cues.boundaries):
            boundaries.add(index)
    ctx.boundaries = frozenset(boundaries)
    ctx.excluded, ctx.attributed = _attribution(ctx)
    ctx.set_units([u for u in units if u.first not in ctx.excluded])
    return ctx


def doc_roles(view: DocView, cues: Cues) -> list[frozenset[str]]:
    """For every token of the document, the cue lists of a language that hold it (computed once)."""
    found = view.roles.get(cues.lang)
    if found is None:
        table, conjunctions = cues.word_roles, cues.conjunctions
        found = []
        for word in view.words:
            roles = table.get(word, _NONE)
            if len(word) > 2 and word[0] in conjunctions:
                roles = roles | table.get(word[1:], _NONE)
            found.append(roles)
        view.roles[cues.lang] = found
    return found


def _conjoined(ctx: SentenceContext, index: int) -> bool:
    """A word that is a conjunction or carries a glued one (وتحدث) and is not an actor."""
    return ctx.unit_at(index) is None and (ctx.word(index) in ctx.cues.conjunctions or len(ctx.variants(index)) > 1)


def _attribution(ctx: SentenceContext) -> tuple[frozenset[int], bool]:
    """Tokens of attribution phrases up to the next comma or the end of the sentence."""
    excluded: set[int] = set()
    words = ctx.view.words
    index = ctx.sentence.first
    while index < ctx.sentence.last:
        size = ctx.phrase(index, ctx.cues.attribution) if "attribution" in ctx._roles[index] else 0
        if not size:
            index += 1
            continue
        end = index + size
        while end < ctx.sentence.last and words[end] not in _COMMAS and words[end] not in _HARD_STOPS:
            end += 1
        excluded.update(range(index, end))
        index = end
    return frozenset(excluded), bool(excluded)


# --- units the sentence adds or qualifies ------------------------------------------------------


def _qualified(ctx: SentenceContext, unit: Unit) -> Unit:
    """A nationality adjective stands for an actor only on an agent noun (قوات أميركية، غارة
    إسرائيلية) or used as a noun (ثلاثة عراقيين); elsewhere (مصادر أمنية عراقية، البقاع اللبناني) it
    is a ``nisba``: it may still name what an act is aimed at, but it is never a subject."""
    heads = ctx.roles_cues.demonym_heads
    if unit.role != "demonym" or heads is None:
        return unit
    index, adjectives = unit.first - 1, 0
    while index >= ctx.sentence.first and adjectives < 2 and ctx.unit_at(index) is None \
            and not _is_head(ctx, index, heads) \
            and ctx.roles_cues.stem(ctx.word(index)).endswith(ctx.roles_cues.adjective_endings):
        index, adjectives = index - 1, adjectives + 1
    if index < ctx.sentence.first:
        return unit
    word = ctx.word(index)
    other = ctx.unit_at(index)
    if other is not None and other.role == "demonym" and unit.glued[:1] in ctx.cues.conjunctions:
        return unit  # أفغان وأميركيين: the second of two joined nouns
    noun_use = not word.isalpha() or word.isdigit() or any(
        ctx.has(index, c) for c in ("numbers", "determiners", "free_preps", "conjunctions"))
    if noun_use or _is_head(ctx, index, heads):
        return unit
    return replace(unit, role="nisba")


def _is_head(ctx: SentenceContext, index: int, heads: frozenset[str]) -> bool:
    """Is the word an agent noun a nationality adjective may qualify (جنديين، قوات)?"""
    word = ctx.word(index)
    return word in heads or ctx.roles_cues.stem(word) in heads


def _located(ctx: SentenceContext, unit: Unit) -> bool:
    """A name inside a longer place name (شارع فلسطين، مدينة الصدر) is a location, not an actor."""
    if unit.first <= ctx.sentence.first:
        return False
    if any(first < unit.first < last or (first < unit.first and last == unit.last)
           for first, last, _ in ctx.view.places):
        return True
    return ctx.roles_cues.stem(ctx.word(unit.first - 1)) in ctx.roles_cues.place_nouns


def _member_units(ctx: SentenceContext, units: list[Unit]) -> list[Unit]:
    """A possessed member noun (جنوده، قواتها، عناصرهم) as a unit of its owner: the nearest actor
    with a country before it in the paragraph (اعلن الجيش الاميركي مقتل أحد جنوده → USA)."""
    arg = ctx.roles_cues
    if not arg.members or not arg.possessives:
        return []
    found = []
    covered = {i for u in units for i in range(u.first, u.last)}
    for index in range(ctx.sentence.first, ctx.sentence.last):
        if index in covered:
            continue
        word = ctx.word(index)
        stem = arg.stem(word)
        suffix = arg.possessed.get(stem)
        owner = _owner(ctx, index) if suffix else None
        if owner is None:
            continue
        start, end = ctx.view.original(index, index + 1)
        ref = ActorRef(text=ctx.view.norm.original[start:end], country=owner.ref.country,
                       sector=owner.ref.sector, start=start, end=end)
        glued = word[: len(word) - len(stem)]
        found.append(Unit(index, index + 1, ref, "member", glued,
                          country_from=f"its owner «{owner.ref.text}» (possessive «{suffix}»)"))
    return found


def _owner(ctx: SentenceContext, index: int) -> Unit | None:
    """The nearest actor with a country before ``index`` in the same paragraph."""
    parent = ctx.sentence.parent
    for unit in reversed(ctx.view.units):
        if unit.last > index or not unit.ref.country or unit.role in ("demonym", "place"):
            continue
        sentence = ctx.view.sentence_of(unit.first)
        if sentence is not None and sentence.parent == parent:
            return unit
        return None
    return None


# --- noun phrases: what qualifies a noun (languages whose adjectives follow it) ------------------


def adjective_word(ctx: SentenceContext, index: int) -> bool:
    """A word that may be an adjective after a noun: no actor, no cue word, a nisba ending or the article."""
    if ctx.unit_at(index) is not None or ctx.roles(index) or not ctx.word(index).isalpha():
        return False
    word, article = ctx.word(index), ctx.cues.article
    endings = ctx.roles_cues.adjective_endings
    return bool(endings) and (ctx.roles_cues.stem(word).endswith(endings) or bool(article and word.startswith(article)))


def descriptive(ctx: SentenceContext, unit: Unit) -> bool:
    """A one-word indefinite adjective that is no nationality (انتحاري in هجوم انتحاري): it
    describes the noun before it rather than naming its agent."""
    endings = ctx.roles_cues.adjective_endings
    if not endings or unit.role in ("demonym", "nisba") or unit.last - unit.first != 1 or unit.glued:
        return False
    word, article = ctx.word(unit.first), ctx.cues.article
    return not (article and word.startswith(article)) and word.endswith(endings)


def describes_noun(ctx: SentenceContext, unit: Unit) -> bool:
    """A one-word agent adjective right after a trigger noun that agrees with it in definiteness
    ("الاعتداء الانتحاري", "هجوم انتحاري"): it describes the act (its unnamed agent) and is no
    subject of a later verb."""
    endings, article = ctx.roles_cues.adjective_endings, ctx.cues.article
    if not endings or unit.role != "agent" or unit.last - unit.first != 1 or unit.first - 1 not in ctx.noun_ends:
        return False
    word, noun = ctx.word(unit.first), ctx.variants(unit.first - 1)[-1]
    return word.endswith(endings) and bool(article) and word.startswith(article) == noun.startswith(article)


def qualifying_unit(ctx: SentenceContext, index: int, end: int) -> Unit | None:
    """The actor unit right after a noun (``index``), over at most two adjectives (ضربة جوية
    اميركية، قصف الطائرات الاسرائيلية), not introduced by a preposition and not itself a
    descriptive adjective (هجوم انتحاري)."""
    endings = ctx.roles_cues.adjective_endings
    for position in range(index, min(index + 3, end)):
        unit = ctx.unit_at(position)
        if unit is not None:
            ok = unit.first == position and ctx.preposition(unit) is None and not descriptive(ctx, unit)
            return unit if ok else None
        if not endings or not ctx.roles_cues.stem(ctx.word(position)).endswith(endings):
            return None
    return None


def in_prepositional_phrase(ctx: SentenceContext, unit: Unit) -> bool:
    """A unit right after the noun of a prepositional phrase and its adjectives (في هجوم انتحاري،
    جراء غارة جوية اميركية، في المنطقة القبلية الباكستانية) qualifies that noun: it is no direct
    object (in languages whose adjectives follow the noun, those with ``adjective_endings``)."""
    endings = ctx.roles_cues.adjective_endings
    noun = unit.first - 1
    for _ in range(2):  # over at most two adjectives
        if noun - 1 > ctx.sentence.first and endings and ctx.roles_cues.stem(ctx.word(noun)).endswith(endings) \
                and ctx.unit_at(noun) is None and not ctx.has(noun - 1, "free_preps"):
            noun -= 1
    if not endings or noun - 1 < ctx.sentence.first or ctx.unit_at(noun) is not None or not ctx.word(noun).isalpha() \
            or any(ctx.has(noun, c) for c in ("numbers", "determiners")):
        return False
    return ctx.has(noun - 1, "free_preps") or ctx.word(noun - 1) in ctx.roles_cues.cause

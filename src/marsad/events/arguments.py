"""Source and target of a trigger from word order and prepositions (no parser).

Verbs: the subject is the actor right before the verb (SVO) or right after it (VSO), as the
language's cues allow; the target is the first later actor introduced the way the trigger's
entry says ("-" a direct object, or one of its prepositions), up to the end of the clause or a
content preposition (اتهم X بـ…). Passives (تم/was, an agent phrase من قبل/by, a number right
after the verb) swap the roles. Verbal nouns take a following genitive (source, or target when
the entry's "to" has "-") and otherwise the nearest free actor before them. A verbal act in a
reported clause without its own subject takes the speaker as source.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial

from marsad.events.casualties import (
    casualty_victims,
    cause_agent,
    nationality,
    survivor_target,
    unnamed_victims,
    victims_before,
)
from marsad.events.casualties import is_noun as _is_noun
from marsad.events.casualties import names as _names
from marsad.events.clauses import SentenceContext, describes_noun, descriptive, in_prepositional_phrase
from marsad.events.lexicon import norm
from marsad.events.matcher import Hit
from marsad.events.parties import aimed_target, split_between
from marsad.events.pronouns import dual_subject, possessive_source, pronoun_target
from marsad.events.relatives import definite, relative_agent, relative_subject
from marsad.events.speech import content_target, speaker_source, speaks_of, wrongdoer
from marsad.events.subjects import adjunct_subject, resumed
from marsad.events.view import COMMAS as _COMMAS
from marsad.events.view import Unit

_DIRECT = "-"
_NISBA = "nisba"  # a nationality adjective on a noun that is not an agent (clauses._qualified)
_VERB_SLOTS = ("past", "present", "verb")
_QUOTES = frozenset('«»"')
_APPOSITION = 16  # at most this many words in an apposition between a subject and its verb


@dataclass
class Arguments:
    source: list[Unit] = field(default_factory=list)
    target: list[Unit] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    passive: bool = False


def allowed_preps(ctx: SentenceContext, hit: Hit) -> tuple[set[str], bool]:
    """Prepositions that may introduce the target, and whether a direct object may."""
    to = hit.entry.to
    pronoun = hit.entry.kind == "verb" and bool(hit.suffix)  # تقتلنا، اتهمتهما: the object is glued to it
    if to is None:
        return set(ctx.cues.target_preps), hit.entry.kind != "noun" and not pronoun
    return {p for p in to if p != _DIRECT}, _DIRECT in to and not pronoun


def subject_before(ctx: SentenceContext, index: int, budget: int, cross: bool = False) -> list[Unit]:
    """The actor side ending right before ``index`` that no preposition introduces, in the clause
    of ``index`` (``cross``: in the clause before it, for the antecedent of a relative pronoun)."""
    position, appositive = index - 1, budget >= 2 and not cross
    if index in ctx.boundaries and not cross:
        return []
    while position >= ctx.sentence.first and budget >= 0 and position not in ctx.boundaries:
        unit = ctx.unit_at(position)
        if unit is not None:
            if unit.role != _NISBA and _unintroduced(ctx, ctx.side_from(unit, -1)[0]):
                return ctx.side_from(unit, -1)
            budget -= 1
            position = unit.first - 1
            continue
        if not ctx.skippable(position):
            budget -= 1
        position -= 1
    return _before_apposition(ctx, index) if appositive else []


def _before_apposition(ctx: SentenceContext, index: int) -> list[Unit]:
    """The actor before an apposition opened by a comma that ends right before ``index``, closed by
    a comma or not («X»، الجناح العسكري لـY، قد أطلقت): the apposition describes X, the subject."""
    close = index - 1
    while close > ctx.sentence.first and ctx.skippable(close) and ctx.word(close) not in _COMMAS:
        close -= 1
    if close <= ctx.sentence.first:
        return []
    if ctx.word(close) not in _COMMAS:  # an apposition that runs up to the verb (…لحركة حماس قد أطلقت)
        close += 1
    for open_ in range(close - 2, max(ctx.sentence.first, close - _APPOSITION) - 1, -1):
        if open_ in ctx.boundaries or ctx.has(open_, "reporting"):
            return []
        if ctx.word(open_) in _COMMAS:
            end = open_ - 1
            while end > ctx.sentence.first and ctx.word(end) in _QUOTES:
                end -= 1
            unit = ctx.unit_at(end)
            if unit is None or unit.role == _NISBA or not _unintroduced(ctx, unit):
                return []
            return ctx.side_from(unit, -1)
    return []


def _unintroduced(ctx: SentenceContext, unit: Unit) -> bool:
    """No preposition introduces the unit, or only the partitive one after a number or quantity
    word (الآلاف من النيباليين خرجوا، خمسة من 13 اثيوبيا خطفوا): the group counted from."""
    prep = ctx.preposition(unit)
    return prep is None or (prep in ctx.roles_cues.partitive and _counted(ctx, unit))


def subject_after(ctx: SentenceContext, index: int, stop: int) -> list[Unit]:
    """The actor side right after a verb (VSO), allowing adverbs, dates and two other words."""
    budget = 2
    position = index
    while position < min(stop, ctx.sentence.last) and position not in ctx.boundaries:
        unit = ctx.unit_at(position)
        if unit is not None and unit.role != _NISBA:
            return ctx.side_from(unit) if _unintroduced(ctx, unit) else []
        if unit is not None or not ctx.skippable(position):
            budget -= 1
            partitive = ctx.word(position) in ctx.roles_cues.partitive and position > index \
                and (_number(ctx, position - 1) or ctx.has(position - 1, "determiners"))
            if budget < 0 or (ctx.has(position, "free_preps") and not partitive):
                return []  # تظاهر امس عشرات من اعضاء الحزب: the group counted from is the subject
        position += 1
    return []


def target_after(ctx: SentenceContext, hit: Hit, start: int, end: int,
                 passive: bool = False) -> tuple[list[Unit], str]:
    """The first actor after ``start`` introduced the way the entry allows (and how); a passive
    takes no direct object, and none stands inside a prepositional phrase (في هجوم انتحاري)."""
    preps, direct = allowed_preps(ctx, hit)
    direct = direct and not passive
    about = set(hit.entry.about)
    gap = ctx.roles_cues.noun_object_gap
    near = start + gap if gap is not None and _is_noun(hit) else ctx.sentence.last
    position = start
    fallback: tuple[list[Unit], str] = ([], "")
    while position < end:
        if position in ctx.boundaries and position > start and ctx.word(position) not in preps:
            break
        if _is_noun(hit) and ctx.word(position) in _COMMAS:
            break  # a verbal noun's complements stay inside its noun phrase
        unit = ctx.unit_at(position)
        if unit is None:
            if _glued_about(ctx, position, about):
                break
            position += 1
            continue
        prep = ctx.preposition(unit)
        if prep in about:
            break
        if prep in ctx.roles_cues.partitive and _counted(ctx, unit):
            prep = None  # خطفت 23 من الكوريين، مقتل اثنين من جنوده: the group counted from
        bare = prep is None and direct and unit.first <= near and not in_prepositional_phrase(ctx, unit)
        if bare or (prep is not None and prep in preps):
            found = ctx.side_from(unit), "direct object" if prep is None else f"after «{prep}»"
            if any(u.ref.country for u in found[0]):
                return found
            fallback = fallback if fallback[0] else found
        position = unit.last
    return fallback


def _counted(ctx: SentenceContext, unit: Unit) -> bool:
    """Is the preposition before ``unit`` partitive: a number, quantity or member word (عنصرين من،
    جنود من) stands just before it?"""
    index = unit.first - (0 if unit.glued else 1)
    while not unit.glued and index > ctx.sentence.first and ctx.word(index) in _QUOTES:
        index -= 1  # من «ألوية…»
    members = ctx.roles_cues.members
    return any(ctx.word(i).isdigit() or ctx.has(i, "numbers") or ctx.has(i, "determiners") or ctx.word(i) in members
               for i in range(max(index - 2, ctx.sentence.first), index))


def _glued_about(ctx: SentenceContext, index: int, about: set[str]) -> bool:
    """A word carrying a glued content preposition (بتوفير، بقتل) that opens the content."""
    word = ctx.variants(index)[-1]
    return len(word) > 3 and word[0] in about and word[0] in ctx.cues.glued_preps


def agent_after(ctx: SentenceContext, start: int, end: int) -> list[Unit]:
    """The actor after an agent phrase (من قبل، على يد، by) before ``end``."""
    for position in range(start, end):
        size = ctx.phrase(position, ctx.cues.agent_preps)
        if size:
            unit = ctx.unit_at(position + size)
            if unit is not None:
                return ctx.side_from(unit)
    return []


def _verbal_head(hit: Hit) -> bool:
    """A verb entry, or a pattern whose head matched as a verb form (not its verbal noun)."""
    return hit.entry.kind == "verb" or (hit.entry.kind == "pattern" and hit.slot in _VERB_SLOTS)


def is_passive(ctx: SentenceContext, hit: Hit) -> str | None:
    """Why the trigger reads as passive, or None."""
    if hit.entry.passive:
        return "the pattern is passive"
    if hit.slot == "passive":
        return f"passive form «{ctx.word(hit.first)}»"
    before = hit.first - 1
    while before >= ctx.sentence.first and before in ctx.time_tokens:
        before -= 1
    progressive = ctx.cues.progressive_endings and ctx.word(hit.first).endswith(ctx.cues.progressive_endings)
    for back in (before, before - 1) if not progressive else ():  # "has been holding": active
        if back >= ctx.sentence.first and ctx.has(back, "passive_aux") and (
                (hit.entry.kind == "noun" and back == before) or (hit.entry.kind != "noun" and _verbal_head(hit)
                                                                  and _participle(ctx, hit))
                or (hit.entry.kind == "pattern" and not _verbal_head(hit) and back == before)):
            return f"after auxiliary «{ctx.word(back)}»"
    after = hit.span_last
    transitive = bool(hit.entry.to) and _DIRECT in (hit.entry.to or ())
    if ctx.cues.number_passive and transitive and hit.entry.kind != "noun" and after < ctx.sentence.last \
            and _number(ctx, after) and not _active(ctx, hit):
        return f"a number follows the verb («{ctx.word(after)}»)"
    if ctx.cues.bare_passive and hit.entry.kind == "verb" and transitive and hit.coding.type in ctx.violent_types \
            and not hit.suffix:  # تقتلنا: the glued pronoun is its object
        while after < ctx.sentence.last and ctx.skippable(after) and ctx.word(after) not in ",،":
            after += 1
        if after >= ctx.sentence.last or not ctx.word(after).isalnum() or ctx.has(after, "free_preps"):
            return "the verb takes no object here"
        if ctx.word(after) in ctx.roles_cues.cause or (len(ctx.variants(after)) > 1 and ctx.has(after, "casualties")):
            return f"a cause or another casualty follows the verb («{ctx.word(after)}»)"  # قتلا واصيب، قتلوا جراء
        return _victim_after(ctx, hit, after)
    return None


def _victim_after(ctx: SentenceContext, hit: Hit, after: int) -> str | None:
    """A killing verb in the past whose actor after it is followed by a cause or nothing (قتل
    جنديان في هجوم، اغتيل… : "two soldiers were killed in an attack"): the actor is the victim."""
    if hit.slot != "past" or hit.prefix.lstrip("".join(ctx.cues.conjunctions)) or \
            hit.entry.label not in ctx.roles_cues.passive_subject_verbs or _active(ctx, hit):
        return None  # فقتلوا خمسة جنود، طالبان خطفت 23 من…: a subject before the verb, the actor after is its object
    side = subject_after(ctx, after, ctx.clause(hit.first)[1])
    if not side:
        return None
    end = side[-1].last
    while end < ctx.sentence.last and (ctx.skippable(end) or ctx.word(end) in ctx.roles_cues.others):
        end += 1
    if end < ctx.sentence.last and ctx.word(end) in ctx.roles_cues.cause:
        return f"the actor after the verb is followed by a cause («{ctx.word(end)}»): its victim"
    if end >= ctx.sentence.last or ctx.word(end) in _COMMAS or ctx.word(end) == "." or end in ctx.boundaries:
        return "nothing follows the actor after the verb: its victim"
    return None


def _active(ctx: SentenceContext, hit: Hit) -> bool:
    """A verb with its subject right before it (القوات قتلت 11 مسلحا) or with a plural/dual ending
    (خطفوا سبعة جنود) is active: the number after it counts its object."""
    personal = _complementizer(ctx, hit) not in (None, *ctx.roles_cues.impersonal_complementizers)
    return personal or bool(agreement(ctx, hit)) or bool(subject_before(ctx, hit.first, 3))


def _complementizer(ctx: SentenceContext, hit: Hit) -> str | None:
    """A complementiser carrying a subject pronoun right before the verb (انها هاجمت), if any."""
    before = hit.first - 1
    while before > ctx.sentence.first and ctx.skippable(before):
        before -= 1
    if before < ctx.sentence.first:
        return None
    return next((w for w in ctx.variants(before) if w in ctx.roles_cues.subject_complementizers), None)


def _participle(ctx: SentenceContext, hit: Hit) -> bool:
    endings = ctx.cues.participle_endings
    return not endings or any(ctx.word(hit.last - 1).endswith(e) for e in endings)


def _number(ctx: SentenceContext, index: int) -> bool:
    word = ctx.word(index)
    return word.isdigit() or ctx.has(index, "numbers")


def assign(ctx: SentenceContext, hit: Hit) -> Arguments:
    """Source and target units of one trigger, with the reasons."""
    args = Arguments()
    _, clause_end = ctx.clause(hit.first)
    passive = is_passive(ctx, hit)
    noun = _is_noun(hit)
    after = _genitive(ctx, hit, args) if noun else _subject(ctx, hit, args, clause_end)
    if noun and not args.source and not adjunct_subject(ctx, hit, args):  # "…, killing one"
        after = relative_agent(ctx, hit, args, after, subject_after)
    if not noun and not args.source:
        dual_subject(ctx, hit, args)  # أن الجانبين اتفقا
    if passive:
        args.passive = True
        args.notes.append(f"passive ({passive}): the actor it names is the target")
        args.source, args.target = [], args.source or args.target
        agent = agent_after(ctx, hit.span_last, clause_end)
        if agent:
            args.source = agent
            args.notes.append(f"source {_names(agent)}: agent phrase")
    if not args.source and not passive and not noun and ctx.topic and (_clause_initial(ctx, hit) or _coordinated(ctx, hit)):
        args.source = [u for u in ctx.topic if u not in args.target]
        args.notes.append(f"source {_names(args.source)}: the verb has no subject of its own; "
                          "the subject of the previous sentence continues")
    if not args.target:
        side, how = target_after(ctx, hit, after, ctx.sentence.last, args.passive)
        side = [u for u in side if u not in args.source]
        if side:
            args.target = side
            args.notes.append(f"target {_names(side)}: {how}")
        pronoun_target(ctx, hit, args, *allowed_preps(ctx, hit))  # عليهم، اتهمتهما، البلدين
    if not args.target and hit.entry.about and hit.coding.type in ctx.verbal_types:
        content_target(ctx, hit, args)
    split_between(ctx, args)
    casualty_victims(ctx, hit, args)
    suffered = survivor_target(ctx, hit, args, subject_before, subject_after)  # نجا X من، تعرض X لـ
    cause_agent(ctx, hit, args, partial(relative_subject, subject_after=subject_after))
    aimed_target(ctx, hit, args)  # غارة استهدفت مواقع للحوثيين
    if noun and not args.passive:
        possessive_source(ctx, hit, args)  # سعيهم للعمل: their effort
    if not args.source and not args.passive and not speaker_source(ctx, hit, args) and noun and not suffered \
            and not victims_before(ctx, hit):
        side = [u for u in subject_before(ctx, hit.first, 8) if u not in args.target]
        if side and not _reports(ctx, side[0].first, hit.first) and not speaks_of(ctx, hit, side):
            args.source = side
            args.notes.append(f"source {_names(side)}: nearest actor before the noun in its clause")
    if not args.target and hit.entry.to and hit.coding.type in ctx.verbal_types:
        content_target(ctx, hit, args)  # ندد بالغارات التي يشنها الجيش: the act's agent
    if hit.entry.wrongdoing:
        wrongdoer(ctx, hit, args)
    _reciprocal(ctx, hit, args)
    unnamed_victims(ctx, hit, args)
    return args


def _reports(ctx: SentenceContext, first: int, last: int) -> bool:
    """A speech verb whose object is the verbal noun right after the actor or the verb: the actor
    announces the act (اعلن الجيش مقتل…، الجيش أعلن مقتل…), it is not its agent."""
    verbs = [i for i in range(max(first - 2, ctx.sentence.first), last) if ctx.has(i, "reporting")]
    if not verbs:
        return False
    unit = ctx.unit_at(last - 1)
    between = range(max(verbs[-1] + 1, unit.last if unit is not None else 0), last)
    return sum(1 for i in between if not ctx.skippable(i)) <= 1


def agreement(ctx: SentenceContext, hit: Hit) -> str | None:
    """The plural or dual subject-agreement ending of a verb form (قتلوا → وا, التقيا → ا), if any."""
    endings = ctx.roles_cues.subject_endings
    if not endings or hit.slot not in _VERB_SLOTS or hit.entry.kind == "noun":
        return None
    form = ctx.view.norm.text[hit.start:hit.end]
    skip = 1 if hit.slot == "present" else 0
    for head in hit.entry.label.split(" + ")[0].split("/"):
        past, _, present = head.partition("|")
        lemma = norm(present if hit.slot == "present" else past)
        if not lemma:
            continue
        common = 0
        while skip + common < min(len(form), len(lemma)) and form[skip + common] == lemma[skip + common]:
            common += 1
        ending = form[skip + common:]
        if ending in endings:
            return ending
    return None


def _reciprocal(ctx: SentenceContext, hit: Hit, args: Arguments) -> None:
    """A symmetric act (meet, fight) without a target: a compound subject gives both sides
    ("التقى بوتين وكيم"); a plural/dual verb takes the party named with مع/with before it
    ("ناقش مع بوتين … عندما التقيا")."""
    if args.target or args.passive or hit.coding.type not in ctx.roles_cues.reciprocal_types:
        return
    if len(args.source) >= 2:
        args.source, args.target = args.source[:1], args.source[1:]
        args.notes.append(f"target {_names(args.target)}: the other party of a reciprocal act")
        return
    if agreement(ctx, hit) is None:
        return
    before = [u for u in ctx.units if u.last <= hit.first and u not in args.source
              and ctx.preposition(u) in ctx.roles_cues.comitative]
    if before:
        args.target = ctx.side_from(before[-1])
        args.notes.append(f"target {_names(args.target)}: the party named before the plural verb of a reciprocal act")


def _coordinated(ctx: SentenceContext, hit: Hit) -> bool:
    """A verb with a glued conjunction and an agreement ending (هاجموا… فقتلوا), or with a
    preposition right after it where a subject would stand (قامت بمداهمة… واعتدت على): coordinated
    with the verb before it, whose subject it shares."""
    if not (hit.prefix and hit.prefix[0] in ctx.cues.conjunctions):
        return False
    after = hit.span_last
    while after < ctx.sentence.last and ctx.skippable(after):
        after += 1
    prep_next = after < ctx.sentence.last and ctx.unit_at(after) is None and ctx.has(after, "free_preps")
    return agreement(ctx, hit) is not None or prep_next


def _clause_initial(ctx: SentenceContext, hit: Hit) -> bool:
    start, _ = ctx.clause(hit.first)
    if start in ctx.boundaries:
        start += 1
    return all(ctx.skippable(i) or ctx.word(i) in ctx.cues.conjunctions for i in range(start, hit.first))


def _subject(ctx: SentenceContext, hit: Hit, args: Arguments, clause_end: int) -> int:
    """Subject of a verb by word order; returns where the target search starts."""
    if hit.entry.object_is_subject and hit.object_first is not None:  # تدفق آلاف المتظاهرين
        unit = ctx.unit_at(hit.object_first)
        if unit is not None:
            args.source = ctx.side_from(unit)
            args.notes.append(f"source {_names(args.source)}: the pattern's object word names the actors")
            return hit.span_last
    stop = hit.object_first if hit.object_first is not None else hit.last + 6
    before = hit.first - 1
    while before > ctx.sentence.first and ctx.skippable(before):
        before -= 1
    if before >= ctx.sentence.first and ctx.has(before, "relatives"):
        side = subject_before(ctx, before, 1, cross=True)
        if side:
            args.source = side
            args.notes.append(f"source {_names(side)}: what the relative pronoun «{ctx.word(before)}» refers to")
        return hit.last
    if _speaker_subject(ctx, hit, args) or adjunct_subject(ctx, hit, args):
        return hit.last
    agrees = agreement(ctx, hit)
    for order in ctx.cues.order:
        if order == "VSO" and agrees:
            args.notes.append(f"no subject after the verb: its ending «{agrees}» agrees with a subject before it")
            continue
        if order == "SVO":
            side = subject_before(ctx, hit.first, 3 if "VSO" in ctx.cues.order else 6)
            if side and describes_noun(ctx, side[0]):  # منطقة الاعتداء الانتحاري واعتقلت: no subject
                side = []
            if side and resumed(ctx, hit, side):  # جنود اميركيين خطفتهم: soldiers whom it abducted
                args.target = side
                args.notes.append(f"target {_names(side)}: the noun the relative clause's object pronoun resumes")
                return hit.last
            if side:
                args.source = side
                args.notes.append(f"source {_names(side)}: subject before the verb (SVO)")
                return hit.last
        elif order == "VSO":
            side = subject_after(ctx, hit.last, min(stop, clause_end))
            if side:
                args.source = side
                args.notes.append(f"source {_names(side)}: subject after the verb (VSO)")
                return max(hit.last, side[-1].last)
    return hit.last


def _speaker_subject(ctx: SentenceContext, hit: Hit, args: Arguments) -> bool:
    """An active verb right after a complementiser with a subject pronoun ("أعلنت X انها هاجمت",
    "قال إنه هاجم"): the pronoun stands for the speaker of the frame, who is the subject."""
    pronoun = _complementizer(ctx, hit)
    frame = ctx.frame_of(hit.first) if pronoun else None
    if pronoun is None or is_passive(ctx, hit):
        return False
    if frame is None or not frame.speaker:  # انها قتلت جنودا: the pronoun is the subject, no actor after it
        return pronoun not in ctx.roles_cues.impersonal_complementizers
    args.source = list(frame.speaker)
    args.notes.append(f"source {_names(args.source)}: the speaker, whom the pronoun of «{pronoun}» stands for")
    return True


def _genitive(ctx: SentenceContext, hit: Hit, args: Arguments) -> int:
    """A verbal noun's genitive: its target when the entry's "to" has "-", else its source; a
    nationality adjective agreeing with it (الغارات التركية، ضربة جوية اميركية) is its source."""
    national = nationality(ctx, hit)
    if national is not None:
        args.source = ctx.side_from(national)
        args.notes.append(f"source {_names(args.source)}: nationality adjective of the verbal noun")
        return args.source[-1].last
    inner = ctx.unit_at(hit.last) if hit.object_first is not None and hit.object_first > hit.last else None
    if inner is not None and inner.first == hit.last and inner.last <= hit.object_first \
            and ctx.preposition(inner) is None and inner.role != _NISBA:  # وقوف دول المجلس إلى جانب
        args.source = ctx.side_from(inner)
        args.notes.append(f"source {_names(args.source)}: genitive between the verbal noun and its object")
        return hit.span_last
    unit = ctx.unit_at(hit.span_last)
    if unit is None or unit.first != hit.span_last or ctx.preposition(unit) is not None or definite(ctx, hit) \
            or descriptive(ctx, unit):
        return hit.span_last
    side = ctx.side_from(unit)
    _, direct = allowed_preps(ctx, hit)
    participle = hit.entry.participle and ctx.word(hit.first).endswith(ctx.roles_cues.accusative_endings or ("\0",))
    if participle:  # مطالبين الحكومة: demanding of the government
        args.target = side
        args.notes.append(f"target {_names(side)}: object of the participle")
    elif direct and hit.entry.to is not None:
        args.target = side
        args.notes.append(f"target {_names(side)}: genitive of the verbal noun")
    else:
        args.source = side
        args.notes.append(f"source {_names(side)}: genitive of the verbal noun")
    return side[-1].last

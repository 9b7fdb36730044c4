"""Within-document merging: the same event told twice becomes one event with several evidence spans.

Two events are the same when they share the type, source and target countries, date and
whether they count (negated/hypothetical events never merge with real ones), and either stand in
the same sentence or name at least one country and share the mode. Within one sentence, two
events of the same type, date and counting whose sides do not contradict (each side empty in one
of them or naming the same countries) are also one event told in two words ("قتل 20 في هجوم
انتحاري", "killed in an attack"). The most
confident report is kept; the others add their evidence sentences and trigger spans.

Some acts are what another act of the same sentence expresses (``expressed_in``): the demands and
condemnations of a demonstration ("تظاهروا ... مطالبين بـ", "placards denouncing X") are the
protest's content, not separate events. They fold into it and lend it their target. The
killings of a sentence without a source of their own are the toll of its clashes (``tolls``).
"""

from __future__ import annotations

from marsad.model import Event


def _countries(refs) -> frozenset[str]:
    return frozenset(ref.country for ref in refs if ref.country)


def merge_key(event: Event) -> tuple:
    flags = event.modality or {}
    counted = not (flags.get("negated") or flags.get("hypothetical"))
    return (event.type, _countries(event.source), _countries(event.target), event.date, counted)


def merge_events(events: list[Event], anaphoric: set[int] | frozenset[int] = frozenset(),
                 expressed_in: dict[str, frozenset[str]] | None = None,
                 statements: frozenset[str] = frozenset(),
                 tolls: tuple[frozenset[str], set[int]] | None = None) -> list[Event]:
    """Events with duplicates folded into the first, most confident, report; an anaphoric
    reference (``id`` in ``anaphoric``: في هذه الغارات) folds into the first earlier report of its type;
    an act that ``expressed_in`` maps to a host type folds into a host event of its sentence;
    ``tolls`` (killing CAMEO codes, ids of clash events): a killing without a source folds into a
    clash of its sentence."""
    kept: list[Event] = []
    index: dict[tuple, list[Event]] = {}
    later = [e for e in events if id(e) in anaphoric]
    for event in sorted((e for e in events if id(e) not in anaphoric), key=lambda e: -(e.confidence or 0.0)):
        _place(event, kept, index, statements)
    for event in later:
        earlier = next((k for k in sorted(kept, key=lambda e: e.start)
                        if k.type == event.type and k.start < event.start and _counted(k) == _counted(event)), None)
        if earlier is None:
            _place(event, kept, index, statements)
        else:
            _fold(earlier, event, "a demonstrative refers back to it")
    if expressed_in:
        kept = _fold_expressions(kept, expressed_in)
    if tolls and tolls[0] and tolls[1]:
        kept = _fold_tolls(kept, *tolls)
    return sorted(kept, key=lambda e: e.start)


def _fold_tolls(events: list[Event], tolls: frozenset[str], clashes: set[int]) -> list[Event]:
    """Fold killings (CAMEO codes in ``tolls``) without a source of their own into a clash or battle
    (``id`` in ``clashes``) of their sentence (قتل 5 أشخاص خلال اشتباكات): the toll of the clashes,
    not another act."""
    def host_of(event: Event) -> Event | None:
        if event.cameo not in tolls or _countries(event.source):
            return None
        return next((h for h in events if h is not event and id(h) in clashes
                     and _same_sentence(h, event) and _counted(h) == _counted(event)), None)

    return _fold_into_hosts(events, host_of, "its casualties (the toll of the {})")


def _fold_expressions(events: list[Event], expressed_in: dict[str, frozenset[str]]) -> list[Event]:
    """Fold each act into a host event of its sentence that expresses it (a protest's demands):
    same counting, and the act's source names no country the host's source does not name."""
    def host_of(event: Event) -> Event | None:
        return next((h for h in events if h is not event and h.type in expressed_in.get(event.type, ())
                     and _same_sentence(h, event) and _counted(h) == _counted(event)
                     and _countries(event.source) <= _countries(h.source)), None)

    return _fold_into_hosts(events, host_of, "what the {} expresses")


def _fold_into_hosts(events: list[Event], host_of, why: str) -> list[Event]:
    """Fold every event that ``host_of`` gives a host into it, lending the host its target when the
    host has none; ``why`` names the fold ({} is the host's type)."""
    kept = []
    for event in events:
        host = host_of(event)
        if host is None:
            kept.append(event)
            continue
        if not _countries(host.target) and _countries(event.target):
            host.target = list(event.target)
        _fold(host, event, why.format(host.type.lower()))
    return kept


def _place(event: Event, kept: list[Event], index: dict[tuple, list[Event]],
           statements: frozenset[str] = frozenset()) -> None:
    """Fold ``event`` into a kept report of the same event, or keep it as a new one."""
    key = merge_key(event)
    named = bool(key[1] or key[2])
    same = next((k for k in index.get(key, [])
                 if (_same_sentence(k, event) or named) and k.mode == event.mode), None)
    if same is None:
        same = next((k for k in kept if _compatible_in_sentence(k, event, statements)), None)
    if same is None:
        kept.append(event)
        index.setdefault(key, []).append(event)
    else:
        _fold(same, event)


def _counted(event: Event) -> bool:
    return merge_key(event)[4]


def _same_sentence(a: Event, b: Event) -> bool:
    return bool(a.evidence and b.evidence and a.evidence[0].start == b.evidence[0].start)


def _compatible_in_sentence(kept: Event, other: Event, statements: frozenset[str] = frozenset()) -> bool:
    """Same type, date and counting in the same sentence, no side naming other countries, and for
    ``statements`` (speech-act types) no two different modes."""
    a, b = merge_key(kept), merge_key(other)
    if (a[0], a[3], a[4]) != (b[0], b[3], b[4]) or not _same_sentence(kept, other):
        return False
    if kept.type in statements and kept.mode and other.mode and kept.mode != other.mode:
        return False  # accusing and criticising in one sentence: two statements
    return all(not x or not y or x == y for x, y in ((a[1], b[1]), (a[2], b[2])))


def _fold(kept: Event, other: Event, why: str = "same type, mode, countries and date") -> None:
    spans = {(s.start, s.end) for s in kept.evidence}
    for span in other.evidence:
        if (span.start, span.end) not in spans:
            kept.evidence.append(span)
    triggers = getattr(kept, "triggers", None) or [{"start": kept.start, "end": kept.end, "text": kept.trigger}]
    triggers.append({"start": other.start, "end": other.end, "text": other.trigger})
    kept.triggers = triggers
    kept.confidence = round(min(0.99, (kept.confidence or 0.0) + 0.05), 2)
    explanation = getattr(kept, "explanation", None) or []
    explanation.append(f"merged with the report «{other.trigger}» at {other.start}-{other.end} ({why})")
    kept.explanation = explanation

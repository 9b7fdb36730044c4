"""Pure per-layer scorers: (gold record dict, prediction dict) → counts and missed gold items.

The prediction dict is :meth:`marsad.model.Result.to_output` (or any dict shaped like it);
missing keys count as empty layers. Counts are summed over records (micro-averaging) and turned
into precision/recall/F1 by :func:`marsad.evaluate.metrics.metrics`. How each layer is matched is
described in ``shared/eval/FORMAT.md``; the choices left open there are documented on each scorer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from marsad.evaluate import codes
from marsad.evaluate.matching import (
    greedy_pairs, haversine_km, max_matching, norm_form, norm_name, occurrences, overlap, pred_span,
    shorten, span_text, time_values,
)
from marsad.evaluate.metrics import Counts, LayerScore, Miss, metrics, prf

Record = dict[str, Any]
PLACE_RADIUS_KM = 25.0
#: modality flags of events that are reported in the output but not counted as events
NOT_COUNTED = ("negated", "hypothetical")


def score_record(gold: Record, pred: Record, layers: tuple[str, ...] | None = None) -> dict[str, LayerScore]:
    """Score every layer the gold record annotates (restricted to ``layers`` when given)."""
    wanted = [layer for layer in gold.get("layers") or [] if layer in SCORERS]
    scores = {}
    for layer in wanted:
        if layers is None or layer in layers:
            score = SCORERS[layer](gold, pred)
            score.counts.extra["records"] += 1
            scores[layer] = score
    return scores


def _items(record: Record, layer: str) -> list[Record]:
    value = record.get(layer)
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _nearby(spans: list[tuple[int, int]], preds: list[Record], text: str,
            describe: Callable[[Record], str], limit: int = 3) -> tuple[str, ...]:
    """Predictions overlapping the gold spans, else the record's predictions marked as elsewhere."""
    close = [p for p in preds if any(overlap(s, ps) for s in spans for ps in pred_span(p, text))]
    if close:
        return tuple(describe(p) for p in close[:limit])
    shown = tuple(f"[elsewhere] {describe(p)}" for p in preds[:limit])
    return shown + (f"… {len(preds) - limit} more",) if len(preds) > limit else shown or ("nothing",)


# --- detect -----------------------------------------------------------------------------------


def asserted_events(pred: Record) -> list[dict]:
    """Predicted events that count: negated and hypothetical ones are reported but not counted."""
    return [
        event for event in _items(pred, "events")
        if not any((event.get("modality") or {}).get(flag) for flag in NOT_COUNTED)
    ]


def score_detect(gold: Record, pred: Record) -> LayerScore:
    """Per PLOVER type: the system says "present" when it outputs ≥1 event of that type."""
    judgments = gold.get("detect")
    judgments = judgments if isinstance(judgments, list) else [judgments]
    said = {str(event.get("type") or "").upper() for event in asserted_events(pred)}
    score = LayerScore(Counts())
    for judgment in judgments:
        kind = str(judgment.get("type") or "").upper() if isinstance(judgment, dict) else ""
        if not kind:
            continue
        present, output = bool(judgment.get("present")), kind in said
        for counts in (score.counts, score.counts.by_type.setdefault(kind, Counts())):
            counts.n_gold += present
            counts.n_pred += output
            counts.tp += present and output
        if present and not output:
            seen = tuple(sorted(said - {""})) or ("no events",)
            score.misses.append(Miss(gold["id"], f"{kind} present: «{shorten(gold['text'], 50)}»", seen))
    return score


# --- events -----------------------------------------------------------------------------------


def _side(refs: Any, canon: Callable[[object], str | None], key: str) -> frozenset[str]:
    refs = refs if isinstance(refs, list) else []
    found = {canon(ref.get(key)) for ref in refs if isinstance(ref, dict)}
    return frozenset(code for code in found if code)


def _dyad(event: Record) -> tuple[frozenset[str], frozenset[str]]:
    source, target = event.get("source"), event.get("target")
    return _side(source, codes.country, "country"), _side(target, codes.country, "country")


def _sectors(event: Record) -> tuple[frozenset[str], frozenset[str]]:
    source, target = event.get("source"), event.get("target")
    return _side(source, codes.sector, "sector"), _side(target, codes.sector, "sector")


def _describe_event(event: Record, text: str) -> str:
    source, target = (("/".join(sorted(side)) or "–") for side in _dyad(event))
    trigger = event.get("trigger") if isinstance(event.get("trigger"), str) else span_text(event, text)
    return f"{event.get('type')} {source}→{target} «{shorten(trigger, 30)}»"


def score_events(gold: Record, pred: Record) -> LayerScore:
    """Pair gold and predicted events greedily within the record.

    Candidates must share the type; pairs whose source and target country sets agree (an empty
    side matches an empty side) go first, then pairs whose predicted trigger overlaps the gold one.
    Type tp = pairs; dyad tp = pairs whose dyad agrees; sectors are compared on paired events.
    """
    text, preds = gold["text"], asserted_events(pred)
    golds = [event for event in _items(gold, "events") if event.get("type")]
    gold_triggers = [_trigger_spans(event, text) for event in golds]
    candidates = []
    for g, gold_event in enumerate(golds):
        for p, pred_event in enumerate(preds):
            if str(gold_event.get("type") or "").upper() != str(pred_event.get("type") or "").upper():
                continue
            near = any(overlap(s, ps) for s in gold_triggers[g] for ps in pred_span(pred_event, text))
            candidates.append((2 * (_dyad(gold_event) == _dyad(pred_event)) + near, g, p))
    pairs = greedy_pairs(candidates)
    counts = Counts(tp=len(pairs), n_gold=len(golds), n_pred=len(preds))
    misses = []
    for g, gold_event in enumerate(golds):
        p = pairs.get(g)
        if p is None:
            described = _nearby(gold_triggers[g], preds, text, lambda e: _describe_event(e, text))
            misses.append(Miss(gold["id"], _describe_event(gold_event, text), described))
            continue
        dyad_ok = _dyad(gold_event) == _dyad(preds[p])
        counts.extra["dyad_tp"] += dyad_ok
        counts.extra["sector_pairs"] += 1
        counts.extra["sector_agree"] += _sectors(gold_event) == _sectors(preds[p])
        if not dyad_ok:
            described = (_describe_event(preds[p], text),)
            misses.append(Miss(gold["id"], _describe_event(gold_event, text), described, partial=True))
    return LayerScore(counts, misses)


def _trigger_spans(event: Record, text: str) -> list[tuple[int, int]]:
    """Where a gold trigger stands; a trigger phrase not found verbatim falls back to its words."""
    trigger = event.get("trigger") if isinstance(event.get("trigger"), str) else ""
    spans = occurrences(text, trigger)
    if not spans:
        spans = [span for word in trigger.split() if len(word) > 2 for span in occurrences(text, word)]
    return spans


# --- times ------------------------------------------------------------------------------------


def _describe_time(item: Record, text: str) -> str:
    values = sorted(time_values(item))
    return f"«{shorten(span_text(item, text), 30)}» = {', '.join(values[:3]) or '?'}"


def score_times(gold: Record, pred: Record) -> LayerScore:
    """A gold expression is found by a prediction overlapping an occurrence of its text whose value
    (``timex`` or a ``values`` entry, canonicalised) is one of the gold ones; one-to-one matching.
    A gold item with no value at all is found by overlap alone.
    """
    text, golds, preds = gold["text"], _items(gold, "times"), _items(pred, "times")
    spans = [occurrences(text, item.get("text")) for item in golds]
    gold_values = [time_values(item) for item in golds]
    pred_spans = [pred_span(item, text) for item in preds]
    pred_values = [time_values(item) for item in preds]

    def compatible(g: int, p: int) -> bool:
        if gold_values[g] and not gold_values[g] & pred_values[p]:
            return False
        return any(overlap(s, ps) for s in spans[g] for ps in pred_spans[p])

    matched = max_matching(len(golds), len(preds), compatible)
    misses = [
        Miss(gold["id"], _describe_gold_time(item),
             _nearby(spans[g], preds, text, lambda i: _describe_time(i, text)))
        for g, item in enumerate(golds) if g not in matched
    ]
    return LayerScore(Counts(tp=len(matched), n_gold=len(golds), n_pred=len(preds)), misses)


def _describe_gold_time(item: Record) -> str:
    return f"«{shorten(item.get('text'), 30)}» = {item.get('timex') or ', '.join(item.get('values') or [])}"


# --- actors -----------------------------------------------------------------------------------


def score_actors(gold: Record, pred: Record) -> LayerScore:
    """Document-level sets of canonical names; ``forms``/``forms_found`` count the gold surface
    forms linked to the right actor (a predicted actor of the same name naming it by that form
    in its ``forms`` or mentions).
    """
    text = gold["text"]
    golds = {norm_name(a.get("name")): a for a in _items(gold, "actors") if norm_name(a.get("name"))}
    preds = {norm_name(a.get("name")): a for a in _items(pred, "actors") if norm_name(a.get("name"))}
    counts = Counts(tp=len(golds.keys() & preds.keys()), n_gold=len(golds), n_pred=len(preds))
    misses = []
    for key, actor in golds.items():
        forms = {norm_form(form): form for form in actor.get("forms") or [] if norm_form(form)}
        linked = _linked_forms(preds[key], pred, text) if key in preds else set()
        counts.extra["forms"] += len(forms)
        counts.extra["forms_found"] += len(forms.keys() & linked)
        if key not in preds:
            misses.append(Miss(gold["id"], _describe_actor(actor), _actors_near(forms, preds)))
        elif forms.keys() - linked:
            missing = ", ".join(forms[f] for f in sorted(forms.keys() - linked))
            shown = tuple(shorten(f, 30) for f in sorted(linked)[:5]) or ("no forms",)
            misses.append(Miss(gold["id"], f"{actor.get('name')}: forms {shorten(missing, 50)}", shown, True))
    return LayerScore(counts, misses)


def _linked_forms(actor: Record, pred: Record, text: str) -> set[str]:
    forms = {norm_form(form) for form in actor.get("forms") or []}
    forms |= {norm_form(span_text(m, text)) for m in _items(actor, "mentions")}
    if actor.get("id") is not None:
        linked = [m for m in _items(pred, "mentions") if m.get("actor") == actor["id"]]
        forms |= {norm_form(span_text(m, text)) for m in linked}
    return forms - {""}


def _describe_actor(actor: Record) -> str:
    forms = ", ".join(str(form) for form in (actor.get("forms") or [])[:3])
    return f"{actor.get('name')} [{shorten(forms, 40)}]"


def _actors_near(forms: dict[str, str], preds: dict[str, Record]) -> tuple[str, ...]:
    close = [a for a in preds.values() if forms.keys() & {norm_form(f) for f in a.get("forms") or []}]
    if close:
        return tuple(_describe_actor(a) for a in close[:3])
    names = [str(a.get("name")) for a in preds.values()]
    return (f"[elsewhere] {shorten(', '.join(names), 60)}",) if names else ("nothing",)


# --- places -----------------------------------------------------------------------------------


def _coords(item: Record) -> tuple[float, float] | None:
    lat, lon = item.get("lat"), item.get("lon")
    if isinstance(lat, (int, float)) and isinstance(lon, (int, float)):
        return float(lat), float(lon)
    return None


def _same_place(gold_place: Record, pred_place: Record, text: str) -> bool:
    name = norm_name(gold_place.get("name"))
    if name and name == norm_name(pred_place.get("name")):
        return True
    surface = norm_form(gold_place.get("text"))
    if surface and surface == norm_form(span_text(pred_place, text)):
        return True
    a, b = _coords(gold_place), _coords(pred_place)
    return a is not None and b is not None and haversine_km(*a, *b) <= PLACE_RADIUS_KM


def _distinct_places(places: list[Record], text: str) -> list[Record]:
    """One predicted place per name (or surface text): gold lists each place once per record."""
    seen, kept = set(), []
    for place in places:
        key = norm_name(place.get("name")) or norm_form(span_text(place, text))
        if key not in seen or not key:
            seen.add(key)
            kept.append(place)
    return kept


def _describe_place(item: Record, text: str) -> str:
    where = _coords(item)
    at = f" ({where[0]:.2f}, {where[1]:.2f})" if where else ""
    return f"«{shorten(span_text(item, text), 25)}» {item.get('name') or ''}{at}".strip()


def score_places(gold: Record, pred: Record) -> LayerScore:
    """Same name (case-insensitive), same surface text, or within 25 km when both have coordinates.

    Predicted places are counted once per distinct name, as gold lists each place once.
    """
    text, golds = gold["text"], _items(gold, "places")
    preds = _distinct_places(_items(pred, "places"), text)
    matched = max_matching(len(golds), len(preds), lambda g, p: _same_place(golds[g], preds[p], text))
    misses = [
        Miss(gold["id"], _describe_place(item, text),
             _nearby(occurrences(text, item.get("text")), preds, text, lambda i: _describe_place(i, text)))
        for g, item in enumerate(golds) if g not in matched
    ]
    return LayerScore(Counts(tp=len(matched), n_gold=len(golds), n_pred=len(preds)), misses)


# --- quotes -----------------------------------------------------------------------------------


def _describe_quote(item: Record, text: str) -> str:
    return f"{item.get('speaker') or '?'}: «{shorten(span_text(item, text), 40)}»"


def score_quotes(gold: Record, pred: Record) -> LayerScore:
    """A predicted quote covering at least half of an occurrence of the gold quote matches its span;
    ``tp`` also needs the right speaker (canonical names compared case-insensitively), ``span_tp`` not.
    """
    text, golds, preds = gold["text"], _items(gold, "quotes"), _items(pred, "quotes")
    spans = [occurrences(text, item.get("text")) for item in golds]
    pred_spans = [pred_span(item, text) for item in preds]

    def covers(g: int, p: int) -> bool:
        return any(2 * overlap(s, ps) >= s[1] - s[0] > 0 for s in spans[g] for ps in pred_spans[p])

    def right(g: int, p: int) -> bool:
        return covers(g, p) and norm_name(golds[g].get("speaker")) == norm_name(preds[p].get("speaker"))

    by_span = max_matching(len(golds), len(preds), covers)
    strict = max_matching(len(golds), len(preds), right)
    counts = Counts(tp=len(strict), n_gold=len(golds), n_pred=len(preds))
    counts.extra["span_tp"] = len(by_span)
    misses = []
    for g, item in enumerate(golds):
        if g in strict:
            continue
        if g in by_span:
            shown = (_describe_quote(preds[by_span[g]], text),)
        else:
            shown = _nearby(spans[g], preds, text, lambda i: _describe_quote(i, text))
        misses.append(Miss(gold["id"], _describe_quote(item, text), shown, partial=g in by_span))
    return LayerScore(counts, misses)


SCORERS: dict[str, Callable[[Record, Record], LayerScore]] = {
    "detect": score_detect,
    "events": score_events,
    "times": score_times,
    "actors": score_actors,
    "places": score_places,
    "quotes": score_quotes,
}

__all__ = ["SCORERS", "Counts", "LayerScore", "Miss", "metrics", "prf", "score_record"]

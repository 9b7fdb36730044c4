"""The per-layer scorers on tiny invented gold/prediction pairs."""

from __future__ import annotations

import pytest

from marsad.evaluate.matching import canonical_time, haversine_km, max_matching
from marsad.evaluate.scoring import (
    metrics, score_actors, score_detect, score_events, score_places, score_quotes, score_record, score_times,
)


def layer_metrics(gold, pred, layer):
    return metrics(layer, score_record(gold, pred)[layer].counts)


def test_perfect_prediction_scores_one_on_every_layer(doc_gold, doc_pred):
    scores = score_record(doc_gold, doc_pred)
    assert set(scores) == {"events", "times", "actors", "places", "quotes"}
    for layer, score in scores.items():
        result = metrics(layer, score.counts)
        assert (result["precision"], result["recall"], result["f1"]) == (1.0, 1.0, 1.0), layer
        assert score.misses == []
    assert metrics("events", scores["events"].counts)["dyad_f1"] == 1.0
    assert metrics("events", scores["events"].counts)["sector_agreement"] == 1.0
    assert metrics("actors", scores["actors"].counts)["form_recall"] == 1.0
    assert metrics("quotes", scores["quotes"].counts)["speaker_accuracy"] == 1.0


def test_empty_prediction_has_zero_recall_and_reports_misses(doc_gold):
    scores = score_record(doc_gold, {})
    for layer, score in scores.items():
        result = metrics(layer, score.counts)
        assert result["recall"] == 0.0 and result["n_pred"] == 0 and result["n_gold"] > 0
        assert len(score.misses) == result["n_gold"], layer
        assert all(miss.predicted == ("nothing",) for miss in score.misses)


def test_only_listed_layers_are_scored(doc_gold, doc_pred):
    doc_gold["layers"] = ["times"]
    assert set(score_record(doc_gold, doc_pred)) == {"times"}
    assert set(score_record(doc_gold, doc_pred, layers=("quotes",))) == set()


# --- times ------------------------------------------------------------------------------------


def test_wrong_value_in_overlapping_span_is_a_miss(locate):
    text = "The talks resume on Monday."
    gold = {"id": "t", "text": text, "layers": ["times"],
            "times": [{"text": "on Monday", "timex": "2024-03-11", "values": ["2024-03-11"]}]}
    pred = {"times": [{"timex": "2024-03-04", **locate(text, "Monday")}]}
    score = score_times(gold, pred)
    assert (score.counts.tp, score.counts.n_gold, score.counts.n_pred) == (0, 1, 1)
    assert score.misses[0].predicted == ("«Monday» = 2024-03-04",)


def test_overlapping_prediction_with_an_acceptable_value_is_found(locate):
    text = "We meet on 22/04."
    gold = {"id": "t", "text": text, "layers": ["times"],
            "times": [{"text": "on 22/04", "timex": "XXXX-04-22", "values": ["2023-04-22", "2024-04-22"]}]}
    pred = {"times": [{"timex": "XXXX-04-22", "values": ["2024-04-22"], **locate(text, "22/04")}]}
    assert score_times(gold, pred).counts.tp == 1


@pytest.mark.parametrize(("value", "canonical"), [
    ("2016-11-07 16:00:00", "2016-11-07T16:00"),
    ("2016-11-07T16:00", "2016-11-07T16:00"),
    ("2016-11-07T16:00:30", "2016-11-07T16:00:30"),
    ("2016-11-07 16:00:00/2016-11-07 20:00:00", "2016-11-07T16:00/2016-11-07T20:00"),
    ("XXXX-10-14 08:00:00", "XXXX-10-14T08:00"),
    (" 2016-11-07 ", "2016-11-07"),
])
def test_time_values_are_canonicalised(value, canonical):
    assert canonical_time(value) == canonical


def test_datetime_with_space_and_seconds_equals_t_form(locate):
    text = "It starts at 4pm today."
    gold = {"id": "t", "text": text, "layers": ["times"],
            "times": [{"text": "4pm today", "timex": "2016-11-07T16", "values": ["2016-11-07 16:00:00"]}]}
    pred = {"times": [{"timex": "2016-11-07T16:00", **locate(text, "4pm today")}]}
    assert score_times(gold, pred).counts.tp == 1


def test_repeated_text_matches_each_gold_item_once(doc_gold, doc_pred):
    both = score_times(doc_gold, doc_pred)
    assert both.counts.tp == 2
    doc_pred["times"] = doc_pred["times"][:1]
    one = score_times(doc_gold, doc_pred)
    assert (one.counts.tp, one.counts.n_gold, one.counts.n_pred) == (1, 2, 1)
    doc_pred["times"] = doc_pred["times"] * 2  # the same span twice: still only two gold items
    assert score_times(doc_gold, doc_pred).counts.tp == 2


def test_prediction_is_matched_at_most_once(locate):
    text = "Yesterday, yes, yesterday."
    gold = {"id": "t", "text": text, "layers": ["times"], "times": [
        {"text": "Yesterday", "timex": "2024-01-01", "values": []},
        {"text": "yesterday", "timex": "2024-01-01", "values": []},
    ]}
    pred = {"times": [{"timex": "2024-01-01", "start": 0, "end": len(text)}]}  # one long span over both
    score = score_times(gold, pred)
    assert (score.counts.tp, score.counts.n_gold, score.counts.n_pred) == (1, 2, 1)


def test_max_matching_finds_the_augmenting_path():
    edges = {(0, 0), (0, 1), (1, 0)}
    assert max_matching(2, 2, lambda g, p: (g, p) in edges) == {0: 1, 1: 0}


# --- events -----------------------------------------------------------------------------------


def event(kind, source=(), target=(), **extra):
    return {"type": kind, "source": [{"country": c} for c in source],
            "target": [{"country": c} for c in target], **extra}


def test_empty_sides_match_and_null_countries_count_as_empty():
    gold = {"id": "e", "text": "Protesters marched.", "layers": ["events"],
            "events": [{"type": "PROTEST", "source": [{"text": "Protesters", "country": None}],
                        "target": [{"text": None, "country": None, "sector": None}], "trigger": "marched"}]}
    result = metrics("events", score_events(gold, {"events": [event("PROTEST")]}).counts)
    assert result["type_f1"] == 1.0 and result["dyad_f1"] == 1.0


def test_legacy_cameo_codes_are_normalised():
    gold = {"id": "e", "text": "x", "layers": ["events"], "events": [event("AGREE", ["JAP"], ["ITL"])]}
    pred = {"events": [event("AGREE", ["JPN"], ["ITA"])]}
    assert metrics("events", score_events(gold, pred).counts)["dyad_f1"] == 1.0


def test_greedy_pairing_prefers_agreeing_dyads():
    fights = [event("FIGHT", ["USA"], ["IRQ"]), event("FIGHT", ["IRQ"], ["USA"])]
    gold = {"id": "e", "text": "x", "layers": ["events"], "events": [*fights, event("AID", ["GBR"])]}
    pred = {"events": [*fights[::-1], event("AGREE", ["GBR"])]}
    score = score_events(gold, pred)
    result = metrics("events", score.counts)
    assert (result["tp"], result["dyad_tp"], result["n_gold"], result["n_pred"]) == (2, 2, 3, 3)
    assert [miss.gold for miss in score.misses] == ["AID GBR→– «»"]


def test_dyad_disagreement_is_a_partial_miss_and_sectors_are_compared():
    gold = {"id": "e", "text": "x", "layers": ["events"], "events": [
        {"type": "ASSAULT", "source": [{"country": "SYR", "sector": "MILxyz"}],
         "target": [{"country": "SYR"}]}]}
    pred = {"events": [{"type": "ASSAULT", "source": [{"country": "SYR", "sector": "MIL"}], "target": []}]}
    score = score_events(gold, pred)
    result = metrics("events", score.counts)
    assert (result["type_f1"], result["dyad_f1"], result["sector_agreement"]) == (1.0, 0.0, 1.0)
    assert score.misses[0].partial


# --- detect -----------------------------------------------------------------------------------


def test_detect_counts_per_type():
    records = [
        ({"type": "ASSAULT", "present": True}, ["ASSAULT"]),   # tp
        ({"type": "ASSAULT", "present": False}, ["ASSAULT"]),  # fp
        ({"type": "PROTEST", "present": True}, ["ASSAULT"]),   # fn
        ({"type": "PROTEST", "present": False}, []),           # tn
    ]
    from marsad.evaluate.metrics import Counts

    total = Counts()
    for number, (judgment, types) in enumerate(records):
        gold = {"id": str(number), "text": "x", "layers": ["detect"], "detect": judgment}
        total.add(score_detect(gold, {"events": [{"type": kind} for kind in types]}).counts)
    result = metrics("detect", total)
    assert (result["tp"], result["n_gold"], result["n_pred"]) == (1, 2, 2)
    assert result["by_type"]["ASSAULT"]["precision"] == 0.5 and result["by_type"]["ASSAULT"]["recall"] == 1.0
    assert result["by_type"]["PROTEST"]["recall"] == 0.0 and result["by_type"]["PROTEST"]["n_pred"] == 0


def test_detect_miss_shows_what_was_output():
    gold = {"id": "d", "text": "x", "layers": ["detect"], "detect": {"type": "PROTEST", "present": True}}
    score = score_detect(gold, {"events": [{"type": "ASSAULT"}]})
    assert score.misses[0].predicted == ("ASSAULT",)


# --- places -----------------------------------------------------------------------------------


def test_places_match_by_distance_name_or_text(locate):
    text = "Talks in Giza and in Alexandria."
    gold = {"id": "p", "text": text, "layers": ["places"], "places": [
        {"text": "Giza", "name": "Giza", "lat": 30.01, "lon": 31.21},
        {"text": "Alexandria", "name": "Alexandria", "lat": 31.2, "lon": 29.92},
    ]}
    near_cairo = {"name": "Cairo", "lat": 30.04, "lon": 31.24}  # ~4 km from Giza
    assert score_places(gold, {"places": [near_cairo]}).counts.tp == 1
    far = {"name": "Suez", "lat": 29.97, "lon": 32.55}  # ~130 km away
    assert score_places(gold, {"places": [far]}).counts.tp == 0
    assert score_places(gold, {"places": [{"name": "ALEXANDRIA"}]}).counts.tp == 1
    by_text = {"name": "Al-Iskandariyya", **locate(text, "Alexandria")}
    assert score_places(gold, {"places": [by_text]}).counts.tp == 1


def test_repeated_place_predictions_count_once():
    gold = {"id": "p", "text": "Giza, Giza.", "layers": ["places"],
            "places": [{"text": "Giza", "name": "Giza"}]}
    counts = score_places(gold, {"places": [{"name": "Giza", "start": 0, "end": 4},
                                            {"name": "Giza", "start": 6, "end": 10}]}).counts
    assert (counts.tp, counts.n_pred) == (1, 1)


def test_haversine():
    assert haversine_km(0, 0, 0, 1) == pytest.approx(111.2, abs=0.1)


# --- quotes -----------------------------------------------------------------------------------


def test_quote_needs_half_the_gold_characters_and_the_speaker():
    text = "He said: abcdefghij. Then left."
    gold = {"id": "q", "text": text, "layers": ["quotes"],
            "quotes": [{"text": "abcdefghij", "speaker": "Ann Lee"}]}
    start = text.index("abcdefghij")
    half = {"quotes": [{"start": start, "end": start + 5, "speaker": "ann  lee"}]}
    assert score_quotes(gold, half).counts.tp == 1
    under = {"quotes": [{"start": start, "end": start + 4, "speaker": "Ann Lee"}]}
    assert score_quotes(gold, under).counts.extra["span_tp"] == 0
    wrong = score_quotes(gold, {"quotes": [{"start": start, "end": start + 10, "speaker": "Bob"}]})
    result = metrics("quotes", wrong.counts)
    assert (result["f1"], result["span_f1"], result["speaker_accuracy"]) == (0.0, 1.0, 0.0)
    assert wrong.misses[0].partial and wrong.misses[0].predicted == ("Bob: «abcdefghij»",)


# --- actors -----------------------------------------------------------------------------------


def test_actor_names_and_form_recall(doc_gold):
    pred = {"actors": [
        {"name": "ahmed  SALEM", "forms": ["احمد سالم"]},  # hamza dropped: same form after normalisation
        {"name": "Cairo", "forms": ["القاهرة"]},
    ]}
    score = score_actors(doc_gold, pred)
    result = metrics("actors", score.counts)
    assert (result["tp"], result["n_gold"], result["n_pred"]) == (1, 2, 2)
    assert (result["forms_found"], result["n_forms"]) == (1, 3)
    assert result["form_recall"] == pytest.approx(1 / 3)
    partial = [miss for miss in score.misses if miss.partial]
    assert len(partial) == 1 and "وزير الخارجية" in partial[0].gold


def test_forms_may_come_from_linked_mentions(doc_gold, locate):
    pred = {"actors": [{"id": "a1", "name": "Ahmed Salem", "forms": []}],
            "mentions": [{"actor": "a1", **locate(doc_gold["text"], "وزير الخارجية")}]}
    assert score_actors(doc_gold, pred).counts.extra["forms_found"] == 1


def test_negated_and_hypothetical_events_are_not_counted():
    from marsad.evaluate.scoring import score_detect, score_events

    gold = {"text": "No deal was signed.", "layers": ["events", "detect"], "events": [],
            "detect": {"type": "AGREE", "present": False}}
    pred = {"events": [
        {"type": "AGREE", "start": 3, "end": 7, "modality": {"negated": True}},
        {"type": "AGREE", "start": 3, "end": 7, "modality": {"hypothetical": True}},
    ]}
    assert score_events(gold, pred).counts.n_pred == 0
    assert score_detect(gold, pred).counts.n_pred == 0

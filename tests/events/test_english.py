"""English coding: trigger forms and patterns, verb forms that are nouns or adjectives, arguments.

Every sentence is written for these tests; actor mentions are given by hand (see conftest).
"""

from __future__ import annotations

from marsad.events.lexicon import load_lexicon
from marsad.events.matcher import find_hits
from marsad.events.view import build_view

from .conftest import counted, countries, make_doc


def hits(text: str):
    return find_hits(build_view(make_doc(text), frozenset()), load_lexicon(("ar", "en")))


def types(text: str) -> list[str]:
    return [h.coding.type for h in hits(text)]


def test_a_verb_form_after_a_determiner_or_possessive_is_not_a_verb():
    assert types("Peru criticised Chile's support for the rebels.") == ["DISAPPROVE"]
    assert types("Bolivia condemned its support of the militia.") == ["DISAPPROVE"]
    assert types("The attack killed two guards.") == ["ASSAULT", "ASSAULT"]  # the noun, then "killed"
    assert [h.entry.kind for h in hits("The attack killed two guards.")] == ["noun", "verb"]


def test_a_hyphenated_verb_form_is_an_adjective_unless_after_a_prefix():
    assert types("The Iranian-backed militia shelled the town.") == ["FIGHT"]
    assert types("Police re-arrested the activist.") == ["COERCE"]


def test_a_hit_of_more_words_wins_over_a_verb_inside_it():
    found = hits("Two guards died in a car bomb blast.")
    assert [(h.entry.kind, h.entry.label) for h in found] == [("noun", "car bomb")]


def test_doubled_consonants_of_pattern_heads():
    assert types("Lithuania cancelled restrictions on foreign media.") == ["CONCEDE"]
    assert types("Dockers stopped work at the port.") == ["PROTEST"]
    assert types("Ankara dropped the ban on the party.") == ["CONCEDE"]


def test_digits_do_not_count_in_a_pattern_gap():
    assert types("Japan will provide 5,000 tonnes of emergency food to Sudan.") == ["AID"]


def test_rejection_and_complaint_patterns():
    assert types("Kenya dismissed a demand from Uganda.") == ["REJECT"]
    assert types("The two sides failed to reach a deal on fishing rights.") == ["REJECT"]
    assert types("Japan lodged a protest with China over the flights.") == ["DISAPPROVE"]


def test_alleged_as_an_adjective_is_no_accusation():
    assert types("Police seized the alleged smugglers' boat.") == ["COERCE"]


def test_willing_with_its_copula_takes_the_speaker_as_source(coder):
    doc = make_doc("Chad said that it is ready to send troops to Niger.",
                   [("Chad", "TCD GOV", "name"), ("Niger", "NER GOV", "name")])
    events = counted(coder.code(doc))
    assert [e.type for e in events] == ["AGREE"]  # the deployment is what Chad is ready for
    assert countries(events[0].source) == {"TCD"}
    assert events[0].trigger.startswith("is ready")


def test_announced_must_is_a_demand(coder):
    doc = make_doc("Kenya announced that Somalia must withdraw its forces.",
                   [("Kenya", "KEN GOV", "name"), ("Somalia", "SOM GOV", "name")])
    event = [e for e in counted(coder.code(doc)) if e.type == "DEMAND"][0]
    assert countries(event.source) == {"KEN"} and countries(event.target) == {"SOM"}


def test_lodged_protest_codes_both_sides(coder):
    doc = make_doc("Japan lodged a protest with China.", [("Japan", "JPN GOV", "name"), ("China", "CHN GOV", "name")])
    event = counted(coder.code(doc))[0]
    assert (event.type, event.cameo) == ("DISAPPROVE", "114")
    assert countries(event.source) == {"JPN"} and countries(event.target) == {"CHN"}


def test_rejected_calls_by_an_actor_take_it_as_target(coder):
    doc = make_doc("Lisbon rejected fresh calls by Madrid for talks.",
                   [("Lisbon", "PRT GOV", "metonym"), ("Madrid", "ESP GOV", "metonym")])
    event = [e for e in counted(coder.code(doc)) if e.type == "REJECT"][0]
    assert countries(event.source) == {"PRT"} and countries(event.target) == {"ESP"}


def test_intended_aid_is_an_agreement(coder):
    doc = make_doc("Norway intends to send aid to Haiti.", [("Norway", "NOR GOV", "name"), ("Haiti", "HTI GOV", "name")])
    event = counted(coder.code(doc))[0]
    assert (event.type, event.cameo) == ("AGREE", "033")
    assert countries(event.source) == {"NOR"} and countries(event.target) == {"HTI"}

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
    event = next(e for e in counted(coder.code(doc)) if e.type == "DEMAND")
    assert countries(event.source) == {"KEN"} and countries(event.target) == {"SOM"}


def test_lodged_protest_codes_both_sides(coder):
    doc = make_doc("Japan lodged a protest with China.", [("Japan", "JPN GOV", "name"), ("China", "CHN GOV", "name")])
    event = counted(coder.code(doc))[0]
    assert (event.type, event.cameo) == ("DISAPPROVE", "114")
    assert countries(event.source) == {"JPN"} and countries(event.target) == {"CHN"}


def test_rejected_calls_by_an_actor_take_it_as_target(coder):
    doc = make_doc("Lisbon rejected fresh calls by Madrid for talks.",
                   [("Lisbon", "PRT GOV", "metonym"), ("Madrid", "ESP GOV", "metonym")])
    event = next(e for e in counted(coder.code(doc)) if e.type == "REJECT")
    assert countries(event.source) == {"PRT"} and countries(event.target) == {"ESP"}


def test_intended_aid_is_an_agreement(coder):
    doc = make_doc("Norway intends to send aid to Haiti.", [("Norway", "NOR GOV", "name"), ("Haiti", "HTI GOV", "name")])
    event = counted(coder.code(doc))[0]
    assert (event.type, event.cameo) == ("AGREE", "033")
    assert countries(event.source) == {"NOR"} and countries(event.target) == {"HTI"}


def test_a_possessive_country_reaches_its_agent_over_a_modifier(coder):
    doc = make_doc("Ghana's military government ordered the newspaper Daily Voice to suspend publication.",
                   [("Ghana", "GHA GOV", "name"), ("government", "GOV", "agent"), ("Daily Voice", "MED", "name")])
    event = next(e for e in counted(coder.code(doc)) if e.source)
    assert countries(event.source) == {"GHA"}
    assert event.source[0].text == "Ghana's military government"


def test_a_possessive_does_not_reach_past_a_preposition():
    doc = make_doc("Ghana's envoy to the government spoke.", [("Ghana", "GHA GOV", "name"), ("government", "GOV", "agent")])
    units = build_view(doc, frozenset({"GOV"})).units
    assert [(u.ref.text, u.ref.country) for u in units] == [("Ghana", "GHA"), ("government", None)]


def test_an_agent_in_a_country_takes_that_country(coder):
    doc = make_doc("Rebels in the Central African Republic rejected an offer from Chad.",
                   [("Rebels", "REB", "agent"), ("Central African Republic", "CAF GOV", "name"),
                    ("Chad", "TCD GOV", "name")])
    event = counted(coder.code(doc))[0]
    assert event.type == "REJECT"
    assert countries(event.source) == {"CAF"} and event.source[0].text == "Rebels in the Central African Republic"


def test_an_agent_in_a_place_takes_the_place_country():
    doc = make_doc("Protesters in Lyon blocked a road.", [("Protesters", "CVL", "agent")],
                   places=[("Lyon", "Lyon", "FR")])
    units = build_view(doc, frozenset({"CVL"})).units
    assert [(u.ref.text, u.ref.country) for u in units] == [("Protesters", "FRA")]


def test_a_part_joined_by_including_is_the_group_with_a_country(coder):
    doc = make_doc("Turkish troops including special forces killed four fighters.",
                   [("Turkish troops", "TUR MIL", "agent"), ("special forces", "MIL", "agent")])
    event = counted(coder.code(doc))[0]
    assert countries(event.source) == {"TUR"}


def test_a_nationality_before_a_people_is_their_state_and_ethnic_names_no_state(coder):
    doc = make_doc("Bosnian Croats criticised the plan.", [])
    event = counted(coder.code(doc))[0]
    assert countries(event.source) == {"BIH"}
    doc = make_doc("Ethnic Hungarians in Romania protested on Monday.", [], places=[("Romania", "Romania", "RO")])
    event = counted(coder.code(doc))[0]
    assert (event.type, countries(event.source)) == ("PROTEST", {"ROU"})


def test_summoned_to_complain_is_a_complaint_by_the_host(coder):
    doc = make_doc("On Monday, Peru's foreign minister summoned Chile's ambassador to protest over the arrests.",
                   [("Peru's foreign minister", "PER GOV", "title"), ("Chile's ambassador", "CHL GOV", "title")])
    event = counted(coder.code(doc))[0]
    assert (event.type, event.cameo) == ("DISAPPROVE", "114")
    assert countries(event.source) == {"PER"} and countries(event.target) == {"CHL"}


def test_riot_police_is_no_riot():
    assert types("Riot police arrested ten students.") == ["COERCE"]


def test_a_progressive_after_an_auxiliary_is_active(coder):
    doc = make_doc("The Malian army has been holding hundreds of villagers as hostages.",
                   [("Malian army", "MLI MIL", "agent")])
    event = [e for e in counted(coder.code(doc)) if e.type == "COERCE"][0]
    assert countries(event.source) == {"MLI"}

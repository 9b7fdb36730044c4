"""Claims of responsibility and relative clauses on attack nouns (sentences written for these tests)."""

from __future__ import annotations

from marsad.model import Actor

from .conftest import counted, countries, make_doc


def _attacks(events):
    return [e for e in counted(events) if e.type == "ASSAULT"]


def test_a_claimed_attack_has_the_claimant_as_source_and_is_attested(coder):
    doc = make_doc("وتبنت جبهة التحرير مسؤوليتها عن الهجوم على الحاجز.", [("جبهة التحرير", "SYR REB", "actor")])
    attack = _attacks(coder.code(doc))[0]
    assert countries(attack.source) == {"SYR"}
    assert any("claim of responsibility" in step for step in attack.explanation)
    assert not any("topical preposition" in step for step in attack.explanation)


def test_an_attack_after_about_without_a_claim_stays_background(coder):
    doc = make_doc("وتحدث الوزير عن الهجوم على الحاجز.", [("الوزير", "GOV", "agent")])
    assert not _attacks(coder.code(doc))  # a mention of an attack talked about, not a report of it


def test_english_claim_of_responsibility(coder):
    doc = make_doc("The Liberation Front claimed responsibility for the attack on the checkpoint.",
                   [("Liberation Front", "SYR REB", "actor")])
    attack = _attacks(coder.code(doc))[0]
    assert countries(attack.source) == {"SYR"}
    assert any("claim of responsibility" in step for step in attack.explanation)


def test_english_relative_clause_with_its_own_subject_names_the_agent(coder):
    doc = make_doc("Residents described the attack that the rebels launched on the village.",
                   [("rebels", "REB", "agent"), ("Residents", "CVL", "agent")])
    attack = _attacks(coder.code(doc))[0]
    assert attack.source and attack.source[0].text == "rebels"


def test_english_relative_clause_whose_verb_follows_the_pronoun_has_no_agent_in_it(coder):
    doc = make_doc("It was the attack that killed seven Malian soldiers.", [("Malian soldiers", "MLI MIL", "actor")])
    attacks = _attacks(coder.code(doc))
    assert attacks and all("MLI" not in countries(e.source) for e in attacks)


def test_a_vow_to_attack_is_a_threat_against_the_attack_target(coder):
    doc = make_doc("وتعهدت جبهة التحرير بتصعيد هجماتها ضد القوات الفرنسية.",
                   [("جبهة التحرير", "SYR REB", "actor"), ("القوات الفرنسية", "FRA MIL", "agent")])
    events = counted(coder.code(doc))
    assert [(e.type, e.cameo) for e in events] == [("THREATEN", "138")]
    assert countries(events[0].target) == {"FRA"}


def test_a_vow_to_cooperate_stays_an_agreement(coder):
    doc = make_doc("The minister vowed to expand cooperation with Kenya.",
                   [("minister", "GOV", "agent"), ("Kenya", "KEN", "actor")])
    assert [e.type for e in counted(coder.code(doc))] == ["AGREE"]


def test_a_politician_who_attacks_a_rival_disapproves(coder):
    doc = make_doc("شن النائب سمير الأحمد هجوما عنيفا على حزب الأمة.",
                   [("النائب سمير الأحمد", "JOR GOV", "actor"), ("حزب الأمة", "JOR OPP", "actor")])
    doc.result.actors = [Actor(id="a1", name="Samir al-Ahmad", type="PERSON", country="JOR", sector="GOV", linked=True)]
    doc.result.mentions[0].actor = "a1"
    events = counted(coder.code(doc))
    assert [(e.type, e.cameo) for e in events] == [("DISAPPROVE", "111")]
    assert any("a named person" in step for step in events[0].explanation)


def test_an_armed_group_that_attacks_assaults(coder):
    doc = make_doc("شنت جبهة التحرير هجوما على حاجز للجيش.", [("جبهة التحرير", "SYR REB", "actor")])
    assert "ASSAULT" in {e.type for e in counted(coder.code(doc))}


def test_launchers_ceasing_fire_and_snatched_limelight_are_no_attacks(coder):
    for text in ("وعرض الجيش منصات اطلاق الصواريخ في العرض.",
                 "وطالب الوسيط بوقف اطلاق الصواريخ على المدن.",
                 "ونجح المطرب في خطف الاضواء في الحفل."):
        assert not [e for e in coder.code(make_doc(text)) if e.type == "ASSAULT"], text


def test_a_future_attack_is_reported_but_not_counted(coder):
    doc = make_doc("وقال المسؤول إن المدينة ستتعرض لهجوم كبير.", [("المسؤول", "GOV", "agent")])
    attacks = [e for e in coder.code(doc) if e.type == "ASSAULT"]
    assert attacks and all(e.modality["future"] and e.modality["hypothetical"] for e in attacks)


def test_a_verb_form_after_a_preposition_is_its_verbal_noun(coder):
    doc = make_doc("* مقتل 4 مدنيين وجندي في قصف مكثف في شرق أوكرانيا",
                   [("مدنيين", "CVL", "agent"), ("جندي", "MIL", "agent")], places=[("أوكرانيا", "Ukraine", "UA")])
    shelling = [e for e in counted(coder.code(doc)) if e.type == "FIGHT"]
    assert shelling and not shelling[0].source  # not the civilians killed in it


def test_a_killing_verb_with_its_actor_then_a_cause_is_passive(coder):
    doc = make_doc("وقتل جنديان في قصف على المدينة.", [("جنديان", "MIL", "agent")])
    killing = [e for e in counted(coder.code(doc)) if e.type == "ASSAULT"][0]
    assert [r.text for r in killing.target] == ["جنديان"] and not killing.source


def test_a_killing_verb_with_an_object_stays_active(coder):
    doc = make_doc("وقتل مسلحون شرطيا في المدينة.", [("مسلحون", "UAF", "agent"), ("شرطيا", "COP", "agent")])
    killing = [e for e in counted(coder.code(doc)) if e.type == "ASSAULT"][0]
    assert [r.text for r in killing.source] == ["مسلحون"]


def test_what_an_attack_targets_is_its_target(coder):
    doc = make_doc("وشن الطيران غارة استهدفت مواقع للحوثيين في صعدة.",
                   [("الطيران", "MIL", "agent"), ("للحوثيين", "YEM REB", "actor")])
    strike = [e for e in counted(coder.code(doc)) if e.type == "FIGHT"][0]
    assert countries(strike.target) == {"YEM"} and any("aims at" in step for step in strike.explanation)


def test_killings_during_clashes_are_their_toll(coder):
    doc = make_doc("قتل خمسة أشخاص خلال اشتباكات بين قوات الحكومة ومسلحين.",
                   [("قوات الحكومة", "MIL", "agent"), ("مسلحين", "UAF", "agent")])
    events = counted(coder.code(doc))
    assert [e.type for e in events] == ["FIGHT"]
    assert any("toll" in step for step in events[0].explanation)


def test_killings_in_an_air_strike_stay_an_assault(coder):
    doc = make_doc("قتل خمسة أشخاص في غارة على القرية.")
    assert "ASSAULT" in {e.type for e in counted(coder.code(doc))}


def test_sports_and_figurative_wars_are_no_violence(coder):
    for text in ("ونجح الفريق في خطف بطاقة التأهل إلى النهائي.", "وتشن الشركات حرب الأسعار في السوق."):
        assert not [e for e in coder.code(make_doc(text)) if e.type in ("ASSAULT", "FIGHT")], text


def test_investigate_needs_its_preposition_achieve_takes_an_object(coder):
    assert [e.type for e in coder.code(make_doc("وحققت الشرطة في الحادث.", [("الشرطة", "COP", "agent")]))] \
        == ["INVESTIGATE"]
    assert not coder.code(make_doc("وحقق الفريق الفوز في المباراة.", [("الفريق", "CVL", "agent")]))


def test_receiving_patients_is_no_visit(coder):
    assert not coder.code(make_doc("وتستقبل المستشفى عشرات المصابين يوميا."))


def test_a_trigger_form_inside_a_one_word_name_is_no_act(coder):
    doc = make_doc("وقال إن التحالف سيحقق النصر لليمن.", [("لليمن", "YEM", "name")])
    assert not [e for e in coder.code(doc) if e.type == "DISAPPROVE"]


def test_a_set_phrase_to_ignore_vetoes_a_longer_pattern(coder):
    doc = make_doc("قطعت إدارة النادي مشوارا طويلا في مفاوضاتها مع اللاعب.")
    assert "SANCTION" not in {e.type for e in coder.code(doc)}


def test_words_that_only_look_like_triggers(coder):
    for text in ("ساد الهدوء المدينة مما يدل على صمود وقف إطلاق النار.",  # a ceasefire holding: no firing
                 "فتجمع المباراة الأولى كولومبيا مع البيرو.",  # a fixture brings teams together
                 "ورقة نقاش أعدها الجهاز الدبلوماسي للاتحاد.",  # أعدّ "prepared", not "promised"
                 "عين الأمير وزيرا للدولة.",  # وزيرا "a minister", not a visit
                 "ويجلس المتهمون في قفص الاتهام."):  # the dock accuses no one
        assert not counted(coder.code(make_doc(text))), text


def test_a_speaker_concerned_about_an_attack_did_not_commit_it(coder):
    doc = make_doc("وأعربت بعثة الأمم المتحدة عن قلقها من الهجوم على المستشفى أمس.",
                   [("بعثة الأمم المتحدة", "IGO", "actor")], times=[("أمس", "2024-03-09")])
    attacks = [e for e in counted(coder.code(doc)) if e.type == "ASSAULT"]
    assert attacks and not attacks[0].source


def test_an_adjective_of_an_attack_noun_is_no_subject_of_a_later_verb(coder):
    doc = make_doc("وأغلقت الشرطة منطقة الاعتداء الانتحاري واعتقلت عددا من الأشخاص.",
                   [("الشرطة", "COP", "agent"), ("الانتحاري", "UAF", "agent")])
    arrests = [e for e in counted(coder.code(doc)) if e.type == "COERCE"]
    assert arrests and all(r.text != "الانتحاري" for r in arrests[0].source)


def test_constituting_a_threat_is_no_threatening(coder):
    doc = make_doc("وقال الوزير إن المخدرات تشكل تهديدا للمجتمع.", [("الوزير", "GOV", "agent")])
    assert "THREATEN" not in {e.type for e in coder.code(doc)}


def test_an_agent_in_a_place_over_its_adjective_keeps_the_country_as_a_victim(coder):
    doc = make_doc("وقال مصدر إن مسلحين اغتالوا مدير الشرطة الوطنية في البصرة.",
                   [("مسلحين", "UAF", "agent"), ("الشرطة", "COP", "agent")],
                   places=[("البصرة", "Basrah", "IQ")])
    killing = [e for e in counted(coder.code(doc)) if e.type == "ASSAULT"][0]
    assert countries(killing.target) == {"IRQ"}


def test_shells_that_exploded_or_fell_are_an_attack(coder):
    for text in ("وانفجرت خمس قذائف هاون قرب مقر الحكومة.", "وسقطت ثلاثة صواريخ على البلدة مساء أمس."):
        assert "ASSAULT" in {e.type for e in counted(coder.code(make_doc(text)))}, text

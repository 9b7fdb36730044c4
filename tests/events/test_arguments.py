"""Argument rules for Arabic word order and nouns, on sentences written for these tests."""

from __future__ import annotations

from .conftest import counted, countries, make_doc


def _of(events, kind, trigger):
    found = [e for e in counted(events) if e.type == kind and trigger in e.trigger]
    assert found, [(e.type, e.trigger) for e in events]
    return found[0]


def test_plural_verb_takes_no_subject_after_it(coder):
    doc = make_doc("قال مسؤول إن مسلحين مجهولين خطفوا أمس القنصل الأفغاني في المدينة.",
                   [("القنصل الأفغاني", "AFG GOV", "title")])
    event = _of(coder.code(doc), "ASSAULT", "خطفوا")
    assert not countries(event.source) and countries(event.target) == {"AFG"}


def test_nationality_adjective_on_an_agent_noun_is_the_source(coder):
    doc = make_doc("قصفت طائرات إسرائيلية مواقع في المدينة أمس.")
    events = coder.code(doc)
    assert any(countries(e.source) == {"ISR"} for e in counted(events))


def test_nationality_adjective_on_another_noun_is_never_the_subject(coder):
    doc = make_doc("أعلنت مصادر أمنية عراقية مقتل خمسة أشخاص في انفجار أمس.")
    events = counted(coder.code(doc))
    assert events and not any("IRQ" in countries(e.source) for e in events)


def test_possessed_members_stand_for_their_owner_and_the_announcer_is_no_source(coder):
    doc = make_doc("أعلن الجيش الأميركي مقتل أحد جنوده في انفجار أمس.",
                   [("الجيش الأميركي", "USA MIL", "agent")])
    event = _of(coder.code(doc), "ASSAULT", "مقتل")
    assert countries(event.target) == {"USA"} and not countries(event.source)
    assert any("possessive" in step for step in event.explanation)


def test_dual_verb_of_a_meeting_takes_the_party_named_before(coder):
    doc = make_doc("وصل كيم إلى روسيا. وناقش كيم مع بوتين التعاون العسكري، عندما التقيا يوم الأربعاء.",
                   [("روسيا", "RUS", "name"), ("كيم", "PRK GOV", "name"), ("كيم", "PRK GOV", "name", 1),
                    ("بوتين", "RUS GOV", "name")])
    event = _of(coder.code(doc), "CONSULT", "التقيا")
    assert countries(event.source) == {"PRK"} and countries(event.target) == {"RUS"}


def test_compound_subject_of_a_reciprocal_act_gives_both_sides(coder):
    doc = make_doc("اجتمع بوتين وكيم في موسكو أمس.",
                   [("بوتين", "RUS GOV", "name"), ("كيم", "PRK GOV", "name")])
    event = _of(coder.code(doc), "CONSULT", "اجتمع")
    assert countries(event.source) == {"RUS"} and countries(event.target) == {"PRK"}


def test_name_inside_a_street_name_is_no_target(coder):
    doc = make_doc("قتل مسلحون شرطيا في شارع فلسطين أمس.", [("فلسطين", "PSE", "name")])
    events = counted(coder.code(doc))
    assert events and not any("PSE" in countries(e.target) | countries(e.source) for e in events)


def test_number_after_a_verb_with_its_subject_before_is_the_object(coder):
    doc = make_doc("قالت الشرطة إن القوات الأميركية قتلت 11 مسلحا من تنظيم القاعدة أمس.",
                   [("الشرطة", "COP", "agent"), ("القوات الأميركية", "USA MIL", "agent"),
                    ("تنظيم القاعدة", "IMG", "name")])
    event = _of(coder.code(doc), "ASSAULT", "قتلت")
    assert countries(event.source) == {"USA"} and countries(event.target) == {"IMG"}


def test_verbal_noun_takes_no_target_beyond_a_comma(coder):
    doc = make_doc("وتمهيدا لهذا الاجتماع، عقد الوزراء لقاء في الدوحة برئاسة وزير الخارجية القطري.",
                   [("الوزراء", "GOV", "agent"), ("وزير الخارجية القطري", "QAT GOV", "title")])
    events = coder.code(doc)
    assert not [e for e in events if e.trigger == "الاجتماع" and countries(e.target)]


def test_victims_of_a_casualty_word_are_the_target_of_the_attack(coder):
    doc = make_doc("وأعلنت الوزارة مقتل عشرة جنود عراقيين أمس في هجوم على موقع حدودي.")
    events = [e for e in counted(coder.code(doc)) if e.type == "ASSAULT" and "هجوم" in e.trigger]
    assert events, [(e.type, e.trigger) for e in coder.code(doc)]
    assert countries(events[0].target) == {"IRQ"} and "IRQ" not in countries(events[0].source)
    assert any("casualty word" in step for step in events[0].explanation)


def test_victims_before_a_passive_casualty_verb_are_the_target(coder):
    doc = make_doc("وقال مصدر إن ثلاثة عراقيين قتلوا بانفجار عبوة ناسفة في السوق.")
    events = [e for e in counted(coder.code(doc)) if e.type == "ASSAULT" and "انفجار" in e.trigger]
    assert events and countries(events[0].target) == {"IRQ"} and not countries(events[0].source)


def test_actor_before_an_attack_without_a_casualty_word_stays_the_source(coder):
    doc = make_doc("القوات الإسرائيلية شنت أمس هجوما على مواقع في المدينة.",
                   [("القوات الإسرائيلية", "ISR MIL", "agent")])
    events = [e for e in counted(coder.code(doc)) if e.type in ("ASSAULT", "FIGHT")]
    assert events and all("ISR" not in countries(e.target) for e in events)


def _assault(coder, text, mentions=(), places=(), word=None):
    events = [e for e in counted(coder.code(make_doc(text, mentions, places=places)))
              if e.type == "ASSAULT" and (word is None or word in e.trigger)]
    assert events, [(e.type, e.trigger) for e in coder.code(make_doc(text, mentions, places=places))]
    return events[0]


def test_casualty_verb_followed_by_another_casualty_is_passive(coder):
    event = _assault(coder, "وقال المتحدث إن جنديين فرنسيين قتلا وأصيب ثالث بجروح في هجوم قرب الحدود.", word="قتلا")
    assert countries(event.target) == {"FRA"} and not countries(event.source)
    assert any("passive" in step for step in event.explanation)


def test_agent_of_the_cause_is_the_source_of_a_passive_killing(coder):
    event = _assault(coder, "وقال مصدر إن خمسة أشخاص قتلوا جراء ضربة جوية بريطانية على القرية.", word="قتلوا")
    assert countries(event.source) == {"GBR"} and not countries(event.target)


def test_no_direct_object_inside_a_prepositional_phrase(coder):
    doc = make_doc("قتل مسلحون حارسا في هجوم انتحاري قرب المدينة أمس.", [("مسلحون", "UAF", "agent"),
                                                                          ("انتحاري", "UAF", "agent")])
    event = _of(coder.code(doc), "ASSAULT", "قتل")
    assert all(t.text != "انتحاري" for t in event.target)


def test_descriptive_adjective_after_an_attack_noun_is_no_genitive(coder):
    doc = make_doc("ووقع هجوم انتحاري في السوق أمس.", [("انتحاري", "UAF", "agent")])
    events = [e for e in counted(coder.code(doc)) if "هجوم" in e.trigger]
    assert all(not any(s.text == "انتحاري" for s in e.source) for e in events)


def test_definite_attack_noun_takes_its_nationality_adjective_as_source(coder):
    events = [e for e in counted(coder.code(make_doc("أدت الغارات الفرنسية على القرى إلى مقتل خمسة مدنيين أمس.")))
              if "غارات" in e.trigger]
    assert events and countries(events[0].source) == {"FRA"}
    assert any("nationality adjective" in step for step in events[0].explanation)


def test_nationality_adjective_must_agree_in_definiteness(coder):
    doc = make_doc("ونفذ الجيش الغارة على مواقع فرنسية أمس.", [("الجيش", "MIL", "agent")])
    assert not any("FRA" in countries(e.source) for e in counted(coder.code(doc)))


def test_nationals_counted_with_a_partitive_are_the_subject(coder):
    doc = make_doc("وكان الآلاف من الفرنسيين قد خرجوا في مسيرات في العاصمة أمس.")
    events = [e for e in counted(coder.code(doc)) if e.type == "PROTEST"]
    assert events and countries(events[0].source) == {"FRA"}


def test_relative_clause_without_a_pronoun_back_to_the_noun_gives_no_agent(coder):
    doc = make_doc("وتوقفت الهجمات الجوية التي أثارت غضب فرنسا على المدينة.", [("فرنسا", "FRA", "name")])
    assert not any("FRA" in countries(e.source) for e in counted(coder.code(doc)) if "هجمات" in e.trigger)


def test_police_victims_are_not_coded_by_the_place(coder):
    event = _assault(coder, "قتل مسلحون ثلاثة من رجال الشرطة في مدينة الموصل أمس.",
                     [("مسلحون", "UAF", "agent"), ("رجال الشرطة", "COP", "agent")],
                     places=[("الموصل", "Mosul", "IQ")], word="قتل")
    assert "IRQ" not in countries(event.target)


def test_pronoun_of_the_complementiser_stands_for_the_speaker(coder):
    text = "وأعلنت حركة الشباب في تسجيل صوتي انها هاجمت قاعدة للقوات الكينية."
    event = _assault(coder, text, [("حركة الشباب", "SOM REB", "agent")], word="هاجمت")
    assert countries(event.source) == {"SOM"}
    assert any("pronoun" in step for step in event.explanation)


def test_subject_before_an_apposition_is_the_source(coder):
    text = "وكان «حزب العمال»، الجناح المسلح للحركة الكردية، قد هاجم مركزا للشرطة أمس."
    event = _assault(coder, text, [("حزب العمال", "TUR REB", "agent")], word="هاجم")
    assert countries(event.source) == {"TUR"}


def test_a_unit_of_a_force_is_that_force(coder):
    doc = make_doc("وهاجمت دورية من الجيش الاسرائيلي المزارعين.", [("الجيش الاسرائيلي", "ISR MIL", "agent")])
    attack = [e for e in counted(coder.code(doc)) if e.type == "ASSAULT"][0]
    assert countries(attack.source) == {"ISR"}


def test_a_coordinated_verb_with_a_preposition_after_it_shares_the_subject(coder):
    doc = make_doc("وقال سكان إن قوة من الشرطة الليبية قامت بمداهمة المسجد واعتدت على المصلين بالضرب.",
                   [("الشرطة الليبية", "LBY COP", "agent")])
    beating = [e for e in counted(coder.code(doc)) if e.type == "ASSAULT"][0]
    assert countries(beating.source) == {"LBY"}

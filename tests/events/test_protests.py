"""Demonstrations, what they express, wrongdoing nouns and appositions (sentences written for these tests)."""

from __future__ import annotations

from marsad.events.merge import merge_events
from marsad.model import ActorRef, Event, Span

from .conftest import counted, countries, make_doc


def _types(events):
    return sorted(e.type for e in counted(events))


def test_what_a_demonstration_demands_is_part_of_the_protest(coder):
    doc = make_doc("وتظاهر الطلاب أمام السفارة رافعين لافتات تندد بالحكومة الهولندية.",
                   [("الطلاب", "EDU", "agent"), ("الحكومة الهولندية", "NLD GOV", "agent")])
    events = counted(coder.code(doc))
    assert _types(events) == ["PROTEST"]
    protest = events[0]
    assert countries(protest.target) == {"NLD"}
    assert any("what the protest expresses" in step for step in protest.explanation)
    assert len(protest.triggers) == 2


def test_demonstrators_who_denounce_are_protesting(coder):
    doc = make_doc("وندد آلاف المحتجين في العاصمة بقرار الحكومة الكينية.",
                   [("المحتجين", "CVL", "agent"), ("الحكومة الكينية", "KEN GOV", "agent")])
    event = counted(coder.code(doc))[0]
    assert (event.type, event.cameo) == ("PROTEST", "141")
    assert any("demonstrators" in step for step in event.explanation)


def test_demonstrators_who_attack_are_rioting(coder):
    doc = make_doc("وهاجم متظاهرون غاضبون مركزا للشرطة في المدينة.", [("متظاهرون", "CVL", "agent")])
    event = counted(coder.code(doc))[0]
    assert (event.type, event.mode, event.cameo) == ("PROTEST", "riot", "145")


def test_a_demand_by_someone_else_stays_a_demand(coder):
    doc = make_doc("تظاهر الطلاب في المدينة، وطالبت فرنسا الحكومة الكينية بالحوار.",
                   [("الطلاب", "EDU", "agent"), ("فرنسا", "FRA GOV", "name"),
                    ("الحكومة الكينية", "KEN GOV", "agent")])
    assert _types(coder.code(doc)) == ["DEMAND", "PROTEST"]


def test_expressions_fold_only_into_a_host_of_their_sentence():
    def event(kind, start, sentence, source=()):
        refs = [ActorRef(text="x", country=c) for c in source]
        return Event(type=kind, start=start, end=start + 3, source=refs, trigger="x",
                     evidence=[Span(start=sentence, end=sentence + 50, text="x")])
    hosts = {"DEMAND": frozenset({"PROTEST"})}
    folded = merge_events([event("PROTEST", 0, 0), event("DEMAND", 10, 0)], expressed_in=hosts)
    apart = merge_events([event("PROTEST", 0, 0), event("DEMAND", 60, 60)], expressed_in=hosts)
    other = merge_events([event("PROTEST", 0, 0), event("DEMAND", 10, 0, ["FRA"])], expressed_in=hosts)
    assert [e.type for e in folded] == ["PROTEST"]
    assert [e.type for e in apart] == ["PROTEST", "DEMAND"]
    assert [e.type for e in other] == ["PROTEST", "DEMAND"]


def test_a_violation_named_in_a_quote_is_the_speakers_accusation(coder):
    text = "وقال الوزير الأردني: «إن إسرائيل ارتكبت انتهاكات كثيرة في القدس»."
    doc = make_doc(text, [("الوزير الأردني", "JOR GOV", "title"), ("إسرائيل", "ISR GOV", "name")])
    event = [e for e in counted(coder.code(doc)) if e.type == "DISAPPROVE"][0]
    assert countries(event.source) == {"JOR"} and countries(event.target) == {"ISR"}


def test_a_violation_with_no_speaker_has_its_doer_as_target(coder):
    doc = make_doc("ارتكبت القوات الإثيوبية انتهاكات في الإقليم أمس.", [("القوات الإثيوبية", "ETH MIL", "agent")])
    event = [e for e in counted(coder.code(doc)) if e.type == "DISAPPROVE"][0]
    assert not countries(event.source) and countries(event.target) == {"ETH"}
    assert any("the doer of the wrongdoing" in step for step in event.explanation)


def test_a_speaker_names_the_wrongdoing_of_another(coder):
    text = "وقال الوزير الأردني إن القوات الإثيوبية ارتكبت انتهاكات في الإقليم."
    doc = make_doc(text, [("الوزير الأردني", "JOR GOV", "title"), ("القوات الإثيوبية", "ETH MIL", "agent")])
    event = [e for e in counted(coder.code(doc)) if e.type == "DISAPPROVE"][0]
    assert countries(event.source) == {"JOR"} and countries(event.target) == {"ETH"}


def test_an_apposition_running_up_to_the_verb_describes_the_subject(coder):
    text = "وكانت «جبهة البوليساريو»، الحركة الانفصالية في الصحراء الغربية قد هاجمت مواقع الجيش المغربي."
    doc = make_doc(text, [("جبهة البوليساريو", "ESH REB", "name"), ("الجيش المغربي", "MAR MIL", "agent")])
    event = [e for e in counted(coder.code(doc)) if e.trigger.startswith("هاجمت")][0]
    assert countries(event.source) == {"ESH"}


def test_who_survived_an_attack_is_its_target(coder):
    doc = make_doc("نجا وزير الداخلية الليبي من انفجار سيارة مفخخة في طرابلس أمس.",
                   [("وزير الداخلية الليبي", "LBY GOV", "title")])
    event = [e for e in counted(coder.code(doc)) if e.type == "ASSAULT"][0]
    assert countries(event.target) == {"LBY"} and not countries(event.source)
    assert any("who suffered the attack" in step for step in event.explanation)


def test_a_condemned_act_points_to_its_agent(coder):
    doc = make_doc("وتظاهر المئات في لندن للتنديد بالغارات التي يشنها الجيش السعودي على القرى.",
                   [("الجيش السعودي", "SAU MIL", "agent")])
    protest = [e for e in counted(coder.code(doc)) if e.type == "PROTEST"][0]
    assert countries(protest.target) == {"SAU"}


def test_demonstrators_in_a_place_take_its_country(coder):
    doc = make_doc("ورفع المتظاهرون في أنقرة الأعلام أمس.", [("المتظاهرون", "CVL", "agent")],
                   places=[("أنقرة", "Ankara", "TR")])
    event = [e for e in counted(coder.code(doc)) if e.type == "PROTEST"][0]
    assert countries(event.source) == {"TUR"}


def test_demonstrators_drawn_from_a_group_take_its_country(coder):
    doc = make_doc("وأغلق متظاهرون من أنصار حزب الأمة الطريق إلى المطار.",
                   [("متظاهرون", "CVL", "agent"), ("حزب الأمة", "SDN PTY", "name")])
    event = [e for e in counted(coder.code(doc)) if e.type == "PROTEST"][0]
    assert countries(event.source) == {"SDN"}


def test_an_english_participle_clause_continues_the_main_subject(coder):
    text = "Kenyan police opened fire on the crowd on Friday, wounding three people and arresting 20."
    doc = make_doc(text, [("Kenyan police", "KEN COP", "agent")])
    events = counted(coder.code(doc))
    arrest = [e for e in events if e.trigger.startswith("arresting")][0]
    assert countries(arrest.source) == {"KEN"}
    assert any("which the participle continues" in step for step in arrest.explanation)


def test_his_country_is_the_state_of_the_person_before_it(coder):
    text = "وأكد الرئيس اليمني أن علاقة بلاده بالسعودية تتوثق بعد وقوف المملكة السعودية إلى جانب بلاده."
    doc = make_doc(text, [("الرئيس اليمني", "YEM GOV", "title"), ("السعودية", "SAU GOV", "name"),
                          ("المملكة السعودية", "SAU GOV", "name")])
    event = [e for e in counted(coder.code(doc)) if e.type == "SUPPORT"][0]
    assert countries(event.source) == {"SAU"} and countries(event.target) == {"YEM"}


def test_his_country_is_not_the_target_of_its_own_person(coder):
    doc = make_doc("The Egyptian president warned that his country would retaliate.",
                   [("The Egyptian president", "EGY GOV", "title")])
    event = [e for e in counted(coder.code(doc)) if e.type == "THREATEN"][0]
    assert not event.target


def test_a_plural_possessive_is_the_agent_of_its_noun(coder):
    text = "وتحدث الوزير الأردني عن السعوديين والإماراتيين وسعيهم للعمل مع الحكومة العراقية."
    doc = make_doc(text, [("الوزير الأردني", "JOR GOV", "title"), ("السعوديين", "SAU", "name"),
                          ("الإماراتيين", "ARE", "name"), ("الحكومة العراقية", "IRQ GOV", "agent")])
    event = [e for e in counted(coder.code(doc)) if e.type == "AGREE"][0]
    assert countries(event.source) == {"SAU", "ARE"} and countries(event.target) == {"IRQ"}


def test_us_in_a_quotation_is_the_speakers_side(coder):
    text = "وقال الوزير الليبي إن فرنسا «ستتصل بنا قريبا»."
    doc = make_doc(text, [("الوزير الليبي", "LBY GOV", "title"), ("فرنسا", "FRA GOV", "name")])
    event = [e for e in coder.code(doc) if e.type == "CONSULT"][0]
    assert countries(event.source) == {"FRA"} and countries(event.target) == {"LBY"}


def test_a_price_for_this_targets_what_the_speakers_condemned(coder):
    text = ("وقالت فرنسا وألمانيا إن التعاون بين إيران وسوريا انتهاك للقرار، "
            "وإن البلدين سيتأكدان من أن هناك ثمنا لهذا.")
    doc = make_doc(text, [("فرنسا", "FRA GOV", "name"), ("ألمانيا", "DEU GOV", "name"),
                          ("إيران", "IRN GOV", "name"), ("سوريا", "SYR GOV", "name")])
    threat = [e for e in coder.code(doc) if e.type == "THREATEN"][0]
    assert countries(threat.target) == {"IRN", "SYR"}


def test_especially_is_no_negation(coder):
    doc = make_doc("وتتوثق العلاقات لا سيما بعد وقوف فرنسا إلى جانب تونس.",
                   [("فرنسا", "FRA GOV", "name"), ("تونس", "TUN GOV", "name")])
    event = [e for e in coder.code(doc) if e.trigger.startswith("وقوف")][0]
    assert not event.modality["negated"]


def test_shots_into_the_air_are_no_attack(coder):
    doc = make_doc("وأطلق الجنود الإسرائيليون النار في الهواء لتفريق الحشد.",
                   [("الجنود الإسرائيليون", "ISR MIL", "agent")])
    assert not [e for e in coder.code(doc) if e.type in ("ASSAULT", "FIGHT")]


def test_an_accusative_participle_takes_its_object_as_target(coder):
    doc = make_doc("وتوجه ممثلو النقابات إلى البرلمان أمس مطالبين الحكومة الأردنية بالإصلاح.",
                   [("ممثلو النقابات", "LAB", "agent"), ("الحكومة الأردنية", "JOR GOV", "agent")])
    demand = [e for e in counted(coder.code(doc)) if e.type == "DEMAND"][0]
    assert countries(demand.target) == {"JOR"} and "JOR" not in countries(demand.source)


def test_the_two_sides_before_a_verb_are_the_parties_named_before(coder):
    text = ("واستقبل الرئيس المصري ولي العهد السعودي في القاهرة.\n"
            "وأضاف المتحدث باسم الرئاسة أن الجانبين اتفقا على تشكيل لجنة مشتركة.")
    doc = make_doc(text, [("الرئيس المصري", "EGY GOV", "title"), ("ولي العهد السعودي", "SAU GOV", "title"),
                          ("المتحدث باسم الرئاسة", "GOV", "title")])
    agree = [e for e in coder.code(doc) if e.type == "AGREE"][0]
    assert countries(agree.source) == {"EGY", "SAU"}


def test_two_word_nationality_names_the_victims(coder):
    doc = make_doc("وكانت حركة طالبان قد خطفت 23 من الكوريين الجنوبيين في يوليو.",
                   [("حركة طالبان", "AFG REB", "name")])
    event = [e for e in counted(coder.code(doc)) if e.type == "ASSAULT"][0]
    assert countries(event.target) == {"KOR"}


def test_a_protested_killing_is_no_new_event(coder):
    doc = make_doc("وأحرق متظاهرون سيارات في المدينة احتجاجا على مقتل طالب برصاص الشرطة.",
                   [("متظاهرون", "CVL", "agent"), ("الشرطة", "COP", "agent")])
    assert [e.type for e in counted(coder.code(doc))] == ["PROTEST"]


def test_demonstrators_clashing_with_the_police_are_protesting(coder):
    doc = make_doc("ووقعت مواجهات بين الشرطة والمتظاهرين في وسط العاصمة التشيلية.",
                   [("الشرطة", "COP", "agent"), ("المتظاهرين", "CVL", "agent")])
    event = counted(coder.code(doc))[0]
    assert event.type == "PROTEST" and [r.text for r in event.source] == ["المتظاهرين"]


def test_a_trigger_word_inside_a_name_is_no_act(coder):
    doc = make_doc("وشارك أنصار حركة تحرير السودان في الاجتماع.",
                   [("حركة تحرير السودان", "SDN REB", "name")])
    assert not [e for e in coder.code(doc) if e.type == "FIGHT"]


def test_fighters_loyal_to_a_group_take_its_country(coder):
    doc = make_doc("وقال مسؤول إن المسلحين الموالين لحركة الشباب خطفوا خمسة جنود.",
                   [("المسلحين", "UAF", "agent"), ("حركة الشباب", "SOM REB", "name")])
    event = [e for e in counted(coder.code(doc)) if e.type == "ASSAULT"][0]
    assert countries(event.source) == {"SOM"}


def test_the_possessor_of_an_attack_noun_is_its_agent(coder):
    doc = make_doc("وواصلت إثيوبيا عملياتها في الإقليم، وراح ضحية اعتداءاتها أمس سبعة مدنيين.",
                   [("إثيوبيا", "ETH GOV", "name")])
    event = [e for e in counted(coder.code(doc)) if e.type == "ASSAULT"][0]
    assert countries(event.source) == {"ETH"}


def test_residents_of_a_place_take_its_country(coder):
    doc = make_doc("وخرج سكان أحياء وسط الخرطوم في مظاهرة أمس.", [("سكان", "CVL", "agent")],
                   places=[("الخرطوم", "Khartoum", "SD")])
    event = [e for e in counted(coder.code(doc)) if e.type == "PROTEST"][0]
    assert countries(event.source) == {"SDN"}


def test_an_object_pronoun_resumes_the_noun_before_the_verb(coder):
    doc = make_doc("وأعلنت الجماعة أنها أفرجت عن صحفيين فرنسيين خطفتهم الشهر الماضي.",
                   [("صحفيين فرنسيين", "FRA MED", "agent")])
    abduction = [e for e in coder.code(doc) if e.trigger.startswith("خطف")][0]
    assert countries(abduction.target) == {"FRA"} and not countries(abduction.source)


def test_accusing_participle_and_accused_participle(coder):
    accusing = make_doc("واحتج مئات المتظاهرين أمس متهمين الجنود الفرنسيين بإطلاق النار على المدنيين.",
                        [("المتظاهرين", "CVL", "agent"), ("الجنود الفرنسيين", "FRA MIL", "agent")])
    events = counted(coder.code(accusing))
    assert [e.type for e in events] == ["PROTEST"] and countries(events[0].target) == {"FRA"}
    accused = make_doc("وصادرت الجماعة منزل قروي متهم بالولاء إلى الحكومة السورية.",
                       [("الحكومة السورية", "SYR GOV", "agent")])
    assert not [e for e in coder.code(accused) if e.type == "DISAPPROVE"]


def test_demonstrators_after_the_verb_of_a_protest_pattern_are_its_source(coder):
    doc = make_doc("واستقبل الرئيس الكيني نظيره الفرنسي، فيما تدفق آلاف المتظاهرين إلى الساحة.",
                   [("الرئيس الكيني", "KEN GOV", "title"), ("نظيره الفرنسي", "FRA GOV", "title"),
                    ("المتظاهرين", "CVL", "agent")])
    protest = [e for e in counted(coder.code(doc)) if e.type == "PROTEST"][0]
    assert [r.text for r in protest.source] == ["المتظاهرين"]


def test_whose_flags_demonstrators_burn_is_the_target(coder):
    doc = make_doc("وقام المتظاهرون باحراق الاعلام الفرنسية.", [("المتظاهرون", "CVL", "agent")])
    riot = [e for e in counted(coder.code(doc)) if e.mode == "riot"][0]
    assert countries(riot.target) == {"FRA"} and [r.text for r in riot.source] == ["المتظاهرون"]


def test_the_demonstrators_are_the_crowd_a_protest_named_before(coder):
    doc = make_doc("وتظاهر مئات من الطلاب الكينيين أمس، وهتف المتظاهرون بشعارات ضد الفساد.",
                   [("الطلاب الكينيين", "KEN EDU", "agent"), ("المتظاهرون", "CVL", "agent")])
    chants = [e for e in counted(coder.code(doc)) if any("named before in the paragraph" in s for s in e.explanation)]
    assert chants and countries(chants[0].source) == {"KEN"}


def test_stones_thrown_at_a_states_vehicles_aim_at_that_state(coder):
    doc = make_doc("وألقى عشرات المتظاهرين الحجارة على جرافات اسرائيلية قرب القرية.",
                   [("المتظاهرين", "CVL", "agent")])
    riot = [e for e in counted(coder.code(doc)) if e.type == "PROTEST"][0]
    assert countries(riot.target) == {"ISR"}

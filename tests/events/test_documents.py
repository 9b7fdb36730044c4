"""Argument and type rules that whole articles need (armed parties, speech acts, hosts, relative
clauses, «between»), on sentences written for these tests."""

from __future__ import annotations

from marsad.model import Actor

from .conftest import counted, countries, make_doc


def _of(events, kind, trigger):
    found = [e for e in counted(events) if e.type == kind and trigger in e.trigger]
    assert found, [(e.type, e.trigger, countries(e.source), countries(e.target)) for e in events]
    return found[0]


def test_attack_between_armed_parties_is_fighting(coder):
    doc = make_doc("هاجم مسلحو الحركة أمس القوات الحكومية في شمال البلاد.",
                   [("مسلحو الحركة", "SDN REB", "agent"), ("القوات الحكومية", "SDN MIL", "agent")])
    event = _of(coder.code(doc), "FIGHT", "هاجم")
    assert event.cameo == "190" and any("armed actors" in step for step in event.explanation)


def test_attack_on_civilians_stays_assault_and_killing_keeps_its_code(coder):
    doc = make_doc("هاجمت القوات الحكومية المتظاهرين أمس. وقتلت القوات الحكومية مسلحين من الحركة أمس.",
                   [("القوات الحكومية", "SDN MIL", "agent"), ("المتظاهرين", "SDN CVL", "agent"),
                    ("القوات الحكومية", "SDN MIL", "agent", 1), ("الحركة", "SDN REB", "agent")])
    events = coder.code(doc)
    assert _of(events, "ASSAULT", "هاجمت").cameo == "180"
    assert _of(events, "ASSAULT", "قتلت").cameo == "1823"


def test_appeal_is_aimed_at_the_state_its_content_names(coder):
    doc = make_doc("دعا الرئيس الفلسطيني إلى مراجعة العلاقات مع إسرائيل أمس.",
                   [("الرئيس الفلسطيني", "PSE GOV", "title"), ("إسرائيل", "ISR GOV", "name")])
    event = _of(coder.code(doc), "DEMAND", "دعا")
    assert countries(event.source) == {"PSE"} and countries(event.target) == {"ISR"}


def test_two_names_of_one_actor_are_one_unit(coder):
    doc = make_doc("دعا الرئيس محمود عباس أبو مازن إلى مراجعة العلاقات مع إسرائيل.",
                   [("الرئيس", "PSE GOV", "title"), ("محمود عباس", "PSE GOV", "name"),
                    ("أبو مازن", "PSE GOV", "name"), ("إسرائيل", "ISR GOV", "name")])
    for mention in doc.result.mentions[1:3]:
        mention.actor = "abbas"
    doc.result.actors = [Actor(id="abbas", name="Mahmoud Abbas", type="PER", country="PSE", linked=True)]
    event = _of(coder.code(doc), "DEMAND", "دعا")
    assert countries(event.target) == {"ISR"}


def test_title_of_another_state_is_not_an_apposition_of_the_name_before(coder):
    doc = make_doc("انتقد عباس وزير الخارجية الأمريكي جون كيري أمس.",
                   [("عباس", "PSE GOV", "name"), ("وزير الخارجية الأمريكي", "USA GOV", "title"),
                    ("جون كيري", "USA GOV", "name")])
    event = _of(coder.code(doc), "DISAPPROVE", "انتقد")
    assert countries(event.source) == {"PSE"} and countries(event.target) == {"USA"}


def test_host_of_a_reception_is_the_actor_before_it_and_the_guest_its_genitive(coder):
    doc = make_doc("وأعرب الأمين العام، لدى استقبال رئيس الوزراء اليمني أمس، عن ارتياحه.",
                   [("الأمين العام", "IGO IGO", "title"), ("رئيس الوزراء اليمني", "YEM GOV", "title")])
    event = _of(coder.code(doc), "CONSULT", "استقبال")
    assert countries(event.source) == {"IGO"} and countries(event.target) == {"YEM"}


def test_relative_clause_on_a_verbal_noun_gives_its_agent_and_target(coder):
    doc = make_doc("تظاهر المئات أمس للتنديد بالغارات التي يشنها الجيش التركي على مواقع الحزب.",
                   [("الجيش التركي", "TUR MIL", "agent"), ("الحزب", "TUR REB", "agent")])
    event = _of(coder.code(doc), "FIGHT", "غارات")
    assert countries(event.source) == {"TUR"} and countries(event.target) == {"TUR"}


def test_definite_verbal_noun_takes_no_genitive(coder):
    minister = [("وزير الخارجية السعودي", "SAU GOV", "title")]
    indefinite = coder.code(make_doc("وبدأ أمس اجتماع وزير الخارجية السعودي في الرياض.", minister))
    assert countries(_of(indefinite, "CONSULT", "اجتماع").source) == {"SAU"}
    definite = coder.code(make_doc("وترأس الاجتماع وزير الخارجية السعودي أمس في الرياض.", minister))
    assert not any("genitive" in step for e in definite for step in e.explanation)


def test_between_with_modifiers_and_unnamed_fighters_of_the_place(coder):
    doc = make_doc("قتل خمسة أشخاص أمس في اشتباكات في ليبيا بين قوات موالية للحكومة وجماعات مسلحة.",
                   [("قوات", "LBY MIL", "agent"), ("للحكومة", "GOV", "agent"), ("جماعات مسلحة", "UAF", "agent")],
                   places=[("ليبيا", "Libya", "LY")])
    event = _of(coder.code(doc), "FIGHT", "اشتباكات")
    assert countries(event.source) == {"LBY"} and countries(event.target) == {"LBY"}
    assert [r.sector for r in event.target] == ["UAF"]


def test_intransitive_verb_takes_no_object_pronoun(coder):
    doc = make_doc("استعادت القوات المدينة من سيطرة المسلحين أمس.", [("القوات", "MIL", "agent")])
    assert not any("سيطر" in e.trigger for e in coder.code(doc))


def test_speech_verb_without_subject_continues_the_speaker(coder):
    doc = make_doc("واتهم عباس الحركة بالتعنت، وقال: «إننا نمد يدنا إلى الحركة».",
                   [("عباس", "PSE GOV", "name"), ("الحركة", "PSE OPP", "agent"), ("الحركة", "PSE OPP", "agent", 1)])
    event = _of(coder.code(doc), "AGREE", "نمد")
    assert countries(event.source) == {"PSE"} and countries(event.target) == {"PSE"}


def test_verb_with_an_object_pronoun_takes_no_later_direct_object(coder):
    doc = make_doc("قال المتظاهرون إن الحكومة تقتلنا، ورفعوا صور زعيم الحزب أمس.",
                   [("الحكومة", "SYR GOV", "agent"), ("الحزب", "SYR OPP", "agent")])
    event = _of(coder.code(doc), "ASSAULT", "تقتلنا")
    assert countries(event.source) == {"SYR"} and not event.target


def test_common_words_are_not_verb_forms_of_their_homographs(coder):
    doc = make_doc("وقال المسؤول إن هناك تعاونا في المجال الأمني مع الحكومة.", [("الحكومة", "SYR GOV", "agent")])
    assert not any(e.type in ("SUPPORT", "DISAPPROVE") for e in coder.code(doc))

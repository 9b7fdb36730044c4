"""Linking on the document date: titles, metonyms versus places, agents, coreference."""

from __future__ import annotations

from datetime import date

from marsad.model import Document

from tests.actors.conftest import actor, names

SEPT_2023 = date(2023, 9, 16)
JUNE_2024 = date(2024, 6, 1)


def test_title_with_demonym_is_the_office_holder_on_the_date(run_actors):
    text = "وصل وزير الدفاع الروسي إلى المعرض."
    assert "Sergei Shoigu" in names(run_actors(text, SEPT_2023))
    assert "Andrei Belousov" in names(run_actors(text, JUNE_2024))
    older = run_actors("زار الرئيس الروسي الصين", date(2010, 1, 1))
    assert "Dmitry Medvedev" in names(older) and "Vladimir Putin" not in names(older)


def test_title_followed_by_a_name_is_one_actor(run_actors):
    result = run_actors("استقبل الرئيس الروسي فلاديمير بوتين الضيف.", SEPT_2023)
    putin = actor(result, "Vladimir Putin")
    assert {"الرئيس الروسي", "فلاديمير بوتين"} <= set(putin.forms)
    assert [a.name for a in result.actors] == ["Vladimir Putin"]
    assert putin.code == "RUS GOV"


def test_english_title_with_determiner_and_demonym(run_actors):
    result = run_actors("The North Korean leader met Russian Defense Minister Sergei Shoigu.", SEPT_2023)
    assert "The North Korean leader" in actor(result, "Kim Jong Un").forms
    shoigu = actor(result, "Sergei Shoigu")
    assert {"Russian Defense Minister", "Sergei Shoigu"} <= set(shoigu.forms)


def test_unnamed_title_without_holder_is_a_coded_mention(run_actors):
    result = run_actors("قال وزير الداخلية الياباني إن البلاد مستعدة.", SEPT_2023)
    assert result.actors == []
    coded = [m for m in result.mentions if m.role == "title"]
    assert len(coded) == 1 and coded[0].actor is None and coded[0].code == "JPN GOV"
    assert result.text[coded[0].start : coded[0].end] == "وزير الداخلية الياباني"


def test_capital_as_actor_and_as_place(run_actors):
    actor_use = run_actors("اتهمت واشنطن موسكو بتسليح الجماعة.", SEPT_2023)
    assert {"United States", "Russia"} <= names(actor_use)
    assert actor(actor_use, "Russia").mentions[0].text == "موسكو"
    place_use = run_actors("عقد الاجتماع في موسكو وانتهى.", SEPT_2023)
    assert place_use.actors == []
    range_use = run_actors("طارت الطائرة من موسكو إلى طوكيو دون توقف.", SEPT_2023)
    assert range_use.actors == []


def test_states_listed_after_a_place_are_places(run_actors):
    result = run_actors("نشط التنظيم في سوريا وإيران وتركيا. وقالت تركيا إنها سترد.", SEPT_2023)
    assert names(result) == {"Turkey"}


def test_capital_in_a_dateline_is_a_place(run_actors):
    result = run_actors("الرياض 5 مايو\nأعلنت إيران اليوم عن خطة.", SEPT_2023)
    assert names(result) == {"Iran"}


def test_surname_after_a_full_mention_links_to_the_person(run_actors):
    result = run_actors("وصل كيم جونغ أون إلى المدينة. واستقبل بوتين كيم في المطار.", SEPT_2023)
    kim = actor(result, "Kim Jong Un")
    assert {"كيم جونغ أون", "كيم"} <= set(kim.forms)
    assert "Vladimir Putin" in names(result)  # a surname the base lists stands alone


def test_generated_surname_needs_a_full_mention_a_title_or_several_words(run_actors):
    assert "Sergei Shoigu" not in names(run_actors("واستقبل شويغو الضيوف.", SEPT_2023))
    assert "Sergei Shoigu" in names(run_actors("واستقبل الوزير شويغو الضيوف.", SEPT_2023))
    assert "Kim Jong Un" in names(run_actors("واستقبل جونغ أون الضيوف.", SEPT_2023))


def test_title_and_one_name_word_find_the_office_holder(run_actors):
    result = run_actors("استقبل الرئيس فلاديمير الضيوف.", date(2010, 1, 1))
    assert names(result) == set()  # Putin was prime minister then
    result = run_actors("استقبل الرئيس دميتري الضيوف.", date(2010, 1, 1))
    assert names(result) == {"Dmitry Medvedev"}


def test_short_surname_alone_is_not_linked_without_a_full_mention(run_actors):
    assert "Kim Jong Un" not in names(run_actors("قال كيم إن الطقس جميل.", SEPT_2023))


def test_coreference_prefers_the_person_named_in_the_document(run_actors):
    result = run_actors("زار كيم جونغ إيل موسكو عام 2001، وكان كيم يحب القطارات.", date(2001, 8, 4))
    kim = actor(result, "Kim Jong Il")
    assert "كيم" in kim.forms and "Kim Jong Un" not in names(result)


def test_middle_names_before_a_surname_are_taken_in(run_actors):
    result = run_actors("أعلن عادل بن أحمد الجبير أن المملكة ستشارك.", date(2015, 8, 3))
    jubeir = actor(result, "Adel al-Jubeir")
    assert "عادل بن أحمد الجبير" in jubeir.forms


def test_agent_with_demonym_stands_for_the_state(run_actors):
    result = run_actors("أوقفت السلطات البلجيكية المشتبه به.", SEPT_2023)
    belgium = actor(result, "Belgium")
    assert belgium.forms == ["السلطات البلجيكية"]
    police = run_actors("فرقت الشرطة التركية المتظاهرين.", SEPT_2023)
    assert police.actors == []
    codes = {m.text: m.code for m in police.mentions}
    assert codes["الشرطة التركية"] == "TUR COP" and codes["المتظاهرين"] == "CVL"


def test_agent_with_a_country_of_its_own_is_coded_with_it(run_actors):
    result = run_actors("اقتلع مستوطنون أشجار الزيتون قرب القرية.", SEPT_2023)
    assert result.actors == []  # a coded mention, not a named actor
    assert {m.text: m.code for m in result.mentions}["مستوطنون"] == "ISR CVL"


def test_definite_head_noun_refers_back_to_a_body(run_actors):
    result = run_actors("قالت وزارة الدفاع الروسية إن التدريبات انتهت. وأضافت الوزارة أن الجنود عادوا.",
                        SEPT_2023)
    assert "الوزارة" in actor(result, "Russian Ministry of Defence").forms


def test_clitic_forms_are_kept_with_and_without_the_clitic(run_actors):
    result = run_actors("انضمت السفينة للأسطول الروسي في المحيط الهادئ أمس.", SEPT_2023)
    fleet = actor(result, "Russian Pacific Fleet")
    assert {"للأسطول الروسي في المحيط الهادئ", "الأسطول الروسي في المحيط الهادئ"} <= set(fleet.forms)
    clitic = run_actors("وقال مصدر لوكالة الأنباء الفرنسية إن", SEPT_2023)
    assert {"وكالة الأنباء الفرنسية", "لوكالة الأنباء الفرنسية"} <= set(actor(clitic, "Agence France-Presse").forms)


def test_agent_naming_a_group_is_a_mention_of_it(run_actors):
    result = run_actors("هاجمت ميليشيات داعش القرية.", SEPT_2023)
    assert "ميليشيات داعش" in actor(result, "Islamic State").forms


def test_member_states_name_their_organisation(run_actors):
    result = run_actors("وافقت الدول الأعضاء في الأمم المتحدة على القرار.", SEPT_2023)
    assert "الدول الأعضاء في الأمم المتحدة" in actor(result, "United Nations").forms


def test_a_group_inside_a_longer_name_is_named_too(run_actors):
    result = run_actors("انضمت الدولة إلى بعثة الأمم المتحدة للمراقبة.", SEPT_2023)
    assert "الأمم المتحدة" in actor(result, "United Nations").forms


def test_definite_agent_refers_to_the_group_of_its_sector_named_before(run_actors):
    text = "هاجم تنظيم داعش القرية. وقال شهود إن المسلحين انسحبوا."
    result = run_actors(text, SEPT_2023)
    assert "المسلحين" not in actor(result, "Islamic State").forms  # UAF, not the group's REB
    result = run_actors("هاجم تنظيم داعش القرية. وقال شهود إن المتمردين انسحبوا.", SEPT_2023)
    assert "المتمردين" in actor(result, "Islamic State").forms
    far = run_actors("هاجم تنظيم داعش القرية.\nفقرة ثانية.\nفقرة ثالثة.\nوانسحب المتمردون.", SEPT_2023)
    assert "المتمردون" in actor(far, "Islamic State").forms
    text = "أعلن حزب العمال الكردستاني الهدنة. وقال حزب العمال الكردستاني إن تنظيم داعش عدو. وقال المتمردون إن الهدنة قائمة."
    salient = run_actors(text, SEPT_2023)
    assert "المتمردون" in actor(salient, "Kurdistan Workers' Party").forms  # named most often
    assert "المتمردون" not in actor(salient, "Islamic State").forms
    later = run_actors("وقال المتمردون إن تنظيم داعش هاجم القرية.", SEPT_2023)
    assert "المتمردون" in actor(later, "Islamic State").forms  # the document's only rebel group


def test_group_noun_with_a_qualifier_names_the_last_armed_group(run_actors):
    text = "تلقى المتهم أموالا من تنظيم داعش ثم من جبهة النصرة لدعم هذا التنظيم الإرهابي."
    result = run_actors(text, SEPT_2023)
    assert "هذا التنظيم الإرهابي" in actor(result, "Al-Nusra Front").forms
    assert "هذا التنظيم الإرهابي" not in actor(result, "Islamic State").forms
    rebels = run_actors("سيطر الحوثيون على المدينة ثم انسحبت الميليشيات المتمردة منها.", SEPT_2023)
    assert "الميليشيات المتمردة" in actor(rebels, "Houthis (Ansar Allah)").forms
    party = run_actors("وقال الحزب الشيوعي الصيني إن الحوثيين هاجموا السفينة.", SEPT_2023)
    assert all("الحزب" not in form for a in party.actors for form in a.forms)


def test_group_named_before_a_relative_clause_is_not_its_antecedent(run_actors):
    text = "فرضت عقوبات على تمويل تنظيم القاعدة وجبهة النصرة التي أعلنت ولاءها للتنظيم الإرهابي."
    result = run_actors(text, SEPT_2023)
    assert "للتنظيم الإرهابي" in actor(result, "Al-Qaeda").forms
    assert "للتنظيم الإرهابي" not in actor(result, "Al-Nusra Front").forms


def test_capital_after_a_place_noun_is_a_place(run_actors):
    assert run_actors("شارك في مهرجان موسكو السينمائي عدد من النجوم.", SEPT_2023).actors == []
    assert run_actors("قال مدير التعليم بمنطقة طهران إن المدارس مغلقة.", SEPT_2023).actors == []
    assert "Iran" in names(run_actors("طالب الوزراء بالتزام طهران بالاتفاق.", SEPT_2023))


def test_state_agent_before_a_title_of_that_state_names_the_state(run_actors):
    result = run_actors("تؤكد إدارة الرئيس الروسي فلاديمير بوتين أن", SEPT_2023)
    assert "إدارة الرئيس الروسي فلاديمير بوتين" in actor(result, "Russia").forms
    chaired = run_actors("عقد اجتماع برئاسة وزير الخارجية الروسي سيرغي لافروف", SEPT_2023)
    assert "Russia" not in names(chaired)


def test_the_state_a_war_is_fought_in_is_an_actor(run_actors):
    assert "Ukraine" in names(run_actors("ناقشا الحرب في أوكرانيا أمس.", SEPT_2023))
    assert "Ukraine" in names(run_actors("ساعدها في حربها بأوكرانيا.", SEPT_2023))
    assert "Ukraine" not in names(run_actors("عقد المؤتمر في أوكرانيا أمس.", SEPT_2023))


def test_a_state_opening_a_paragraph_before_an_apposition_is_an_actor_not_a_dateline(pipeline):
    def mentioned(text: str) -> list[str]:
        return [m.text for m in pipeline.process(Document(id="t", text=text)).mentions]

    assert "Kenya" in mentioned("Kenya, a close ally of Uganda, has closed the border.")
    assert "Nairobi" not in mentioned("NAIROBI, March 3 (AP) - Kenya has closed the border.")


def test_two_titles_of_different_states_are_two_people(pipeline):
    result = pipeline.process(Document(id="t", text="استقبل الرئيس المصري وزير الخارجية الروسي.",
                                       published=date(2015, 3, 1)))
    assert [m.text for m in result.mentions] == ["الرئيس المصري", "وزير الخارجية الروسي"]

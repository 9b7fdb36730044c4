"""The quote stage on Arabic sentences written for these tests."""

from __future__ import annotations


def _only(result, needle):
    found = [q for q in result.quotes if needle in q.text]
    assert len(found) == 1, [q.text for q in result.quotes]
    return found[0]


def test_offsets_point_at_the_quoted_words(quotes_of):
    result = quotes_of('قال بوتين للصحفيين: "سنواصل العمل مع شركائنا في آسيا".')
    for quote in result.quotes:
        assert result.text[quote.start : quote.end] == quote.text
        assert result.text[quote.cue.start : quote.cue.end] == quote.cue.text


def test_direct_quote_after_colon_with_speaker_and_addressee(quotes_of):
    quote = _only(quotes_of('قال بوتين للصحفيين: "سنواصل العمل مع شركائنا في آسيا".'), "سنواصل")
    assert quote.text == "سنواصل العمل مع شركائنا في آسيا"
    assert (quote.speaker, quote.addressee, quote.direct) == ("Vladimir Putin", "journalists", True)
    assert quote.cue.text == "قال"


def test_indirect_clause_in_vso_order(quotes_of):
    quote = _only(quotes_of("وأكد لافروف أن المحادثات كانت بناءة ومفيدة للطرفين."), "المحادثات")
    assert quote.text == "المحادثات كانت بناءة ومفيدة للطرفين"
    assert quote.speaker == "Sergei Lavrov" and not quote.direct


def test_subject_before_the_verb(quotes_of):
    quote = _only(quotes_of("وزارة الدفاع الروسية قالت إن التدريبات ستستمر أسبوعين."), "التدريبات")
    assert quote.speaker == "Russian Ministry of Defence"
    quote = _only(quotes_of("كان شويغو قد قال إن الطائرات جاهزة للإقلاع."), "الطائرات")
    assert quote.speaker == "Sergei Shoigu"


def test_dropped_subject_takes_the_previous_speaker(quotes_of):
    result = quotes_of("أكد لافروف أن الاجتماع كان مثمرا. وأضاف: «سنلتقي مجددا في الخريف».")
    assert _only(result, "سنلتقي").speaker == "Sergei Lavrov"


def test_participle_continues_the_same_speaker(quotes_of):
    result = quotes_of("دعا بوتين إلى وقف التصعيد في المنطقة، مؤكدا أن الحوار هو الطريق الوحيد.")
    assert _only(result, "وقف التصعيد").speaker == "Vladimir Putin"
    assert _only(result, "الحوار هو الطريق").speaker == "Vladimir Putin"


def test_unnamed_sources_have_no_speaker(quotes_of):
    result = quotes_of("وقالت مصادر مطلعة إن الوفد سيصل غدا. وأوضح المسؤول أن الزيارة تستغرق يومين.")
    assert [q.speaker for q in result.quotes] == [None, None]


def test_sentence_final_attribution_makes_the_sentence_a_quote_of_the_source(quotes_of):
    result = quotes_of("وصل الوفد الروسي إلى العاصمة صباح اليوم، وفقاً لما ذكرته وكالة الأنباء الفرنسية.")
    quote = _only(result, "وصل الوفد")
    assert quote.text == "وصل الوفد الروسي إلى العاصمة صباح اليوم"
    assert quote.speaker == "Agence France-Presse"


def test_attribution_after_a_reported_clause_gives_the_outlet(quotes_of):
    text = "كما أعرب كيم عن رغبته في تعزيز التعاون، بحسب ما أوردت الوكالة الكورية الشمالية للأنباء."
    quote = _only(quotes_of(text), "رغبته")
    assert (quote.speaker, quote.via) == ("Kim Jong Un", "Korean Central News Agency")
    assert quote.text == "رغبته في تعزيز التعاون"


def test_quote_filling_the_clause_is_direct_and_the_continuation_indirect(quotes_of):
    result = quotes_of('قال بوتين إن بلاده "لن تتراجع عن التزاماتها"، لكنها ستراجع بعض الاتفاقات.')
    direct = _only(result, "لن تتراجع")
    assert direct.text == "لن تتراجع عن التزاماتها" and direct.direct
    rest = _only(result, "ستراجع")
    assert rest.text.startswith("لكنها") and not rest.direct and rest.speaker == "Vladimir Putin"


def test_fragment_inside_a_longer_clause_stays_in_the_indirect_quote(quotes_of):
    result = quotes_of('وأكد كيم أن العلاقة مع موسكو "استراتيجية" وستتطور في السنوات المقبلة.')
    assert len(result.quotes) == 1
    assert result.quotes[0].text.startswith("العلاقة مع موسكو") and not result.quotes[0].direct


def test_accusation_and_call_frames(quotes_of):
    quote = _only(quotes_of("واتهمت واشنطن كوريا الشمالية بتطوير صواريخ جديدة."), "بتطوير")
    assert quote.speaker == "United States" and quote.text.startswith("كوريا الشمالية")
    result = quotes_of("قال بوتين إن الوضع خطير. ودعا المجتمع الدولي إلى التحرك العاجل.")
    assert _only(result, "التحرك").speaker == "Vladimir Putin"  # a generic noun phrase is the object


def test_next_cue_ends_the_previous_clause(quotes_of):
    text = "قال بوتين إن الاقتصاد الروسي قوي، وقال المتحدث باسم الكرملين دميتري بيسكوف إنه لا توجد خطط جديدة."
    result = quotes_of(text)
    assert _only(result, "الاقتصاد").text == "الاقتصاد الروسي قوي"
    assert _only(result, "لا توجد").speaker == "Dmitry Peskov"


def test_title_is_resolved_to_the_person_it_named_before(quotes_of):
    text = "التقى الرئيس الروسي فلاديمير بوتين نظيره. وتحدث الرئيس الروسي أمام الصحافة عن «فرص» كبيرة."
    quote = _only(quotes_of(text), "فرص")
    assert quote.speaker == "Vladimir Putin" and quote.text == "فرص" and quote.direct


def test_unclosed_quotation_ends_before_the_next_cue(quotes_of):
    text = "وقال بوتين إن «الحوار مستمر مع الجميع وأضاف أن «الوفد سيعود قريبا."
    result = quotes_of(text)
    assert _only(result, "الحوار").text == "الحوار مستمر مع الجميع"
    assert _only(result, "الوفد").speaker == "Vladimir Putin"


def test_not_quotes(quotes_of):
    result = quotes_of("يذكر أن الاجتماع عقد في «قصر الضيافة» بحضور وفد من «جبهة العمل». وبحسب المناطق تختلف الأسعار.")
    assert result.quotes == []


def test_chants_after_a_speech_noun_are_quotes_without_speaker(quotes_of):
    result = quotes_of("وردد المتظاهرون هتافات منها «لا للحرب» و«نريد السلام الآن».")
    assert {q.text for q in result.quotes} == {"لا للحرب", "نريد السلام الآن"}
    assert {q.speaker for q in result.quotes} == {None}


def test_via_cue_names_the_outlet_and_the_source(quotes_of):
    text = "ونقلت وكالة الأنباء الفرنسية عن مسؤول قوله إن المفاوضات ستستأنف الأسبوع المقبل."
    quote = _only(quotes_of(text), "المفاوضات")
    assert quote.speaker is None and quote.via == "Agence France-Presse"

"""The compiled matcher: clitics, the article, casing, word boundaries, longest match."""

from __future__ import annotations

import pytest

from marsad.actors.engine import load_engine
from marsad.actors.matcher import ADJECTIVE, GIVEN, NAME, TITLE, WORD_ENDS, spaced, variants
from marsad.text.normalize import default_normalizer


@pytest.fixture(scope="module")
def engine(fixture_kb):
    return load_engine(fixture_kb)


def scan(engine, text: str) -> list[tuple[str, set[str]]]:
    """(matched normalised text, ids/titles it names) of each kept hit."""
    norm = default_normalizer()(text)
    out = []
    for hit in engine.matcher.scan(norm):
        refs = {engine.kb.entries[p.ref].id if isinstance(p.ref, int) and p.kind <= ADJECTIVE else str(p.ref)
                for p in hit.payloads}
        out.append((norm.text[hit.start : hit.end], refs))
    return out


@pytest.mark.parametrize("text", ["وروسيا", "لروسيا", "بروسيا", "فروسيا", "وبروسيا", "روسيا"])
def test_proclitics_before_a_name(engine, text):
    assert scan(engine, f"قالت {text} امس") == [("روسيا", {"russia"})]


@pytest.mark.parametrize("text", ["الولايات المتحدة", "والولايات المتحدة", "للولايات المتحدة",
                                  "بالولايات المتحدة", "وللولايات المتحدة"])
def test_a_name_with_the_article_after_prepositions(engine, text):
    assert scan(engine, f"أعلنت {text} ذلك")[0][1] == {"united-states"}


def test_a_name_with_the_article_needs_it(engine):
    assert scan(engine, "أعلنت ولايات المتحدة") == []


def test_no_match_inside_a_longer_word(engine):
    assert scan(engine, "الروسياتي والروسياني") == []
    assert scan(engine, "Russians' Russiaville") == [("russians", {"russia"})]


def test_a_name_ends_at_any_word_end(engine):
    for end in WORD_ENDS:
        assert scan(engine, f"قالت روسيا{end}امس")[:1] == [("روسيا", {"russia"})], repr(end)
    found = scan(engine, "the U.S. and U.S, officials")  # a key with punctuation stands as written
    assert ("u.s.", {"united-states"}) in found and not any(t.startswith("u.s,") for t, _ in found)


def test_spaced_keeps_offsets():
    text = "قالت، روسيا: (نعم) - U.S.؟"
    assert len(spaced(text)) == len(text)
    assert all(c == " " for c, o in zip(spaced(text), text, strict=True) if o in WORD_ENDS)


def test_adjectives_take_the_article_or_not(engine):
    found = scan(engine, "خبراء روس وخبير روسي والخبير الروسي")
    assert [refs for _, refs in found] == [{"russia"}, {"russia"}, {"russia"}]


def test_english_names_are_case_sensitive_where_written_so(engine):
    assert scan(engine, "the US said") == [("us", {"united-states"})]
    assert scan(engine, "let us go") == []
    assert scan(engine, "Putin's visit")[0] == ("putin", {"vladimir-putin"})
    assert scan(engine, "putin was") == []


def test_the_longest_match_wins(engine):
    found = scan(engine, "أعلنت وزارة الدفاع الروسية")
    assert found == [("وزاره الدفاع الروسيه", {"russian-ministry-of-defence"})]
    titles = scan(engine, "وزير الدفاع")
    assert titles == [("وزير الدفاع", {"defence-minister"})]


def test_partial_names_are_keyed_for_coreference(engine):
    norm = default_normalizer()("التقى كيم جونغ أون. وقال كيم")
    hits = engine.matcher.scan(norm)
    kinds = [(norm.text[h.start : h.end], h.payloads[0].kind, h.payloads[0].partial) for h in hits]
    assert kinds == [("كيم جونغ اون", NAME, 0), ("كيم", NAME, GIVEN)]
    assert any(p.kind == TITLE for h in engine.matcher.scan(default_normalizer()("الرئيس")) for p in h.payloads)


def test_joined_name_prefixes_have_both_spellings(engine):
    rules = engine.kb.rules.get("ar")
    assert variants("عبد الله اوجلان", rules) >= {"عبد الله اوجلان", "عبدالله اوجلان"}
    assert "عبد الله اوجلان" in variants("عبدالله اوجلان", rules)


def test_ambiguous_forms_need_quotes_and_block_phrases_hide_a_form(tmp_path):
    (tmp_path / "media.yaml").write_text(
        "- id: paper\n  name: The Paper\n  type: MEDIA\n  country: SAU\n  ar: [صحيفة النهار]\n"
        "  ambiguous: {ar: [النهار]}\n"
        "- id: jazeera\n  name: Al Jazeera\n  type: MEDIA\n  country: QAT\n  ar: [الجزيرة]\n"
        "  block: {ar: [شبه الجزيرة, الجزيرة العربية]}\n",
        encoding="utf-8",
    )
    engine = load_engine(tmp_path)
    assert scan(engine, "قال مصدر لـ«النهار» إن") == [("نهار", {"paper"})]  # keyed without the article
    assert scan(engine, "في وضح النهار أمس") == []
    assert scan(engine, "قالت الجزيرة إن") == [("جزيره", {"jazeera"})]
    assert scan(engine, "دول شبه الجزيرة العربية") == []


@pytest.mark.parametrize("text", ["الروسيان", "روسيين", "الروسيتان", "روسيتين", "الروسيات", "الروسيون"])
def test_dual_and_plural_demonyms_are_generated_from_the_singular(engine, text):
    assert scan(engine, f"قال {text} ذلك") == [(default_normalizer()(text).text.removeprefix("ال"), {"russia"})]


def test_inflections_replace_the_ending_of_every_word(engine):
    rules = engine.kb.rules.get("ar")
    assert rules.inflect("الكوري الشمالي") >= {"الكوريان الشماليان", "الكوريين الشماليين"}
    assert rules.inflect("اسبانيه") == {"اسبانيتان", "اسبانيتين", "اسبانيات"}
    assert rules.inflect("الروس") == set()

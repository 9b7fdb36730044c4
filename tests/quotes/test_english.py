"""The quote stage on English sentences written for these tests."""

from __future__ import annotations


def _only(result, needle):
    found = [q for q in result.quotes if needle in q.text]
    assert len(found) == 1, [q.text for q in result.quotes]
    return found[0]


def test_x_said_that(quotes_of):
    quote = _only(quotes_of("Sergei Lavrov said on Monday that the talks had been useful."), "talks")
    assert quote.text == "the talks had been useful"
    assert quote.speaker == "Sergei Lavrov" and not quote.direct and quote.cue.text == "said"


def test_said_without_that(quotes_of):
    quote = _only(quotes_of("Putin said the sanctions would not change Russian policy."), "sanctions")
    assert quote.text == "the sanctions would not change Russian policy"


def test_quote_then_attribution_and_pronoun_subject(quotes_of):
    text = '"We are ready to talk," Putin told reporters in Moscow. "Nobody wants a war," he added.'
    result = quotes_of(text)
    first = _only(result, "ready")
    assert first.text == "We are ready to talk" and first.direct
    assert (first.speaker, first.addressee) == ("Vladimir Putin", "journalists")
    assert _only(result, "Nobody").speaker == "Vladimir Putin"


def test_inverted_attribution(quotes_of):
    quote = _only(quotes_of('"The door remains open," said Lavrov.'), "door")
    assert quote.speaker == "Sergei Lavrov" and quote.text == "The door remains open"


def test_trailing_attribution_of_a_reported_sentence(quotes_of):
    text = "Security forces detained dozens of protesters overnight, Human Rights Watch said on Friday."
    quote = _only(quotes_of(text), "detained")
    assert quote.text == "Security forces detained dozens of protesters overnight"
    assert quote.speaker == "Human Rights Watch"


def test_unnamed_official_and_according_to(quotes_of):
    result = quotes_of("The convoy reached the border at dawn, a senior official said. "
                       "According to Reuters, the convoy carried medical supplies.")
    assert _only(result, "reached").speaker is None
    quote = _only(result, "medical")
    assert quote.speaker == "Reuters" and quote.text == "the convoy carried medical supplies"


def test_participle_takes_the_sentence_subject(quotes_of):
    quote = _only(quotes_of("Putin rejected the proposal, saying it ignored Russian interests."), "ignored")
    assert quote.speaker == "Vladimir Putin" and quote.text == "it ignored Russian interests"


def test_passive_and_names_are_not_quotes(quotes_of):
    result = quotes_of("He was told to leave the country. The United States Congress met on Monday. "
                       "The minister's 'red lines' were discussed.")
    assert result.quotes == []

"""Embedded posts, the component contract and robustness."""

from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import Config, Pipeline
from marsad.quotes.component import QuoteComponent

POST = (
    "وصل الوفد إلى المطار صباحا.\n"
    "A warm welcome for the delegation in Moscow today pic.twitter.com/AbCdEf12\n"
    "— RT (@RT_com) September 16, 2023\n"
    "وانتهت الزيارة مساء."
)


def test_an_embedded_post_is_a_direct_quote_of_its_author(quotes_of):
    result = quotes_of(POST)
    post = [q for q in result.quotes if q.text.startswith("A warm welcome")]
    assert len(post) == 1
    assert post[0].text == "A warm welcome for the delegation in Moscow today"
    assert post[0].speaker == "RT" and post[0].direct


def test_component_contract():
    component = QuoteComponent.from_config(Config())
    assert component.name == "quotes"
    assert component.reads == ("text", "segments", "actors", "mentions")
    assert component.writes == ("quotes",)


def test_text_without_actors_layer_content_still_works():
    """With empty actor layers every speaker falls back to the words of the text."""

    class NoActors:
        name, reads, writes = "actors", ("text",), ("actors", "mentions")

        def __call__(self, doc):
            doc.result.actors, doc.result.mentions = [], []

    pipeline = Pipeline([*Pipeline.default().components, NoActors(), QuoteComponent()])
    result = pipeline.process(Document(id="x", text="وقال منصور الراشد إن الاتفاق سيوقع قريبا."))
    assert [(q.speaker, q.text) for q in result.quotes] == [("منصور الراشد", "الاتفاق سيوقع قريبا")]


def test_odd_inputs_do_not_break(quotes_of):
    for text in ["", "«", '"', "قال", "قال:", "said", "\n\n", "«»", "قال إن «", "، بحسب"]:
        result = quotes_of(text)
        for quote in result.quotes:
            assert result.text[quote.start : quote.end] == quote.text

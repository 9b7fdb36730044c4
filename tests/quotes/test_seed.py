"""Acceptance on the reference article (read at run time from ../shared, never copied).

The expected spans are derived from the article itself: the quotation marks of the paragraph that
names the speaker. Names are facts; the fake actor stage of conftest.py links them, so these tests
check the quote stage on its own. ``test_seed_with_the_real_actor_stage`` runs the real one.
"""

from __future__ import annotations

import re

import pytest

from marsad.model import Document
from marsad.pipeline import Config, Pipeline
from marsad.quotes.component import QuoteComponent

QUOTED = re.compile(r'"([^"\n]+)"')


@pytest.fixture(scope="module")
def seed(seed_text, quote_pipeline):
    return quote_pipeline.process(Document(id="seed", text=seed_text, published="2023-09-16"))


def _paragraph(text: str, *words: str) -> tuple[int, str]:
    start = 0
    for line in text.split("\n"):
        if all(w in line for w in words) and QUOTED.search(line):
            return start, line
        start += len(line) + 1
    raise AssertionError(f"no paragraph with {words}")


def _fragments(text: str, *words: str) -> list[tuple[int, int]]:
    start, line = _paragraph(text, *words)
    return [(start + m.start(1), start + m.end(1)) for m in QUOTED.finditer(line)]


def _covering(result, span):
    return [q for q in result.quotes if q.start <= span[0] and span[1] <= q.end]


def test_shoigu_to_kim(seed):
    span = _fragments(seed.text, "شويغو", "لكيم")[0]
    quote = next(q for q in seed.quotes if (q.start, q.end) == span)
    assert (quote.speaker, quote.addressee, quote.direct) == ("Sergei Shoigu", "Kim Jong Un", True)


def test_putin_to_journalists_and_peskov(seed):
    span = _fragments(seed.text, "بوتين", "بيسكوف")[0]
    quote = next(q for q in seed.quotes if (q.start, q.end) == span)
    assert (quote.speaker, quote.addressee, quote.direct) == ("Vladimir Putin", "journalists", True)
    peskov = [q for q in seed.quotes if q.speaker == "Dmitry Peskov"]
    assert len(peskov) == 1 and not peskov[0].direct and peskov[0].addressee == "journalists"
    assert peskov[0].start > seed.text.index("بيسكوف") and peskov[0].text.split()[0] == "لا"


def test_kim_priority_and_putin_praise(seed):
    first, second, third = _fragments(seed.text, "كيم", "أشاد")
    assert [q.speaker for q in _covering(seed, first)] == ["Kim Jong Un"]
    assert [q.speaker for q in _covering(seed, second)] == ["Vladimir Putin"]
    assert [(q.speaker, q.text) for q in _covering(seed, third)] == [("Vladimir Putin", seed.text[slice(*third)])]


def test_kim_via_kcna(seed):
    spans = _fragments(seed.text, "كيم", "للأنباء")
    quotes = {id(q): q for span in spans for q in _covering(seed, span)}
    assert len(quotes) == 1
    quote = next(iter(quotes.values()))
    assert (quote.speaker, quote.via, quote.direct) == ("Kim Jong Un", "Korean Central News Agency", False)


def test_rt_post(seed):
    post = next(s for s in seed.segments if s.kind == "post")
    quote = next(q for q in seed.quotes if q.start == post.start)
    assert quote.speaker == "RT" and quote.direct
    assert "pic.twitter.com" not in quote.text and quote.end < post.end


def test_every_quote_is_grounded(seed):
    assert len(seed.quotes) >= 10
    for quote in seed.quotes:
        assert seed.text[quote.start : quote.end] == quote.text


def test_seed_with_the_real_actor_stage(seed_text):
    actors = pytest.importorskip("marsad.actors.component")
    pipeline = Pipeline([*Pipeline.default().components, actors.ActorComponent.from_config(Config()),
                         QuoteComponent.from_config(Config())])
    result = pipeline.process(Document(id="seed", text=seed_text))
    spans = [*_fragments(seed_text, "شويغو", "لكيم")[:1], *_fragments(seed_text, "كيم", "أشاد"),
             *_fragments(seed_text, "كيم", "للأنباء")]
    for span in spans:
        assert _covering(result, span), seed_text[slice(*span)]
    shoigu = next(q for q in result.quotes if (q.start, q.end) == spans[0])
    assert shoigu.speaker in ("Sergei Shoigu", "شويغو") and shoigu.direct

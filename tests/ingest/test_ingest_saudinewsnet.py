"""The real SaudiNewsNet corpus (read from ../shared at test time only; skipped when absent).

The corpus holds 31,030 articles in 18 day zips; 354 of them have an empty ``content``
field, and those are reported as Failures ("empty article text"), never as Documents.
"""

from __future__ import annotations

import json
import zipfile
from collections import Counter
from datetime import date

from marsad import Config, Pipeline
from marsad.errors import Failure
from marsad.ingest import read_inputs

TOTAL_ARTICLES = 31_030
EMPTY_ARTICLES = 354


def _expected(path):
    """(member, index, article) for every article in a day zip, read independently of marsad."""
    with zipfile.ZipFile(path) as archive:
        for member in sorted(archive.namelist()):
            for index, article in enumerate(json.loads(archive.read(member))):
                yield member, index, article


def test_one_day_zip(saudinewsnet, split):
    path = saudinewsnet / "2015-08-11.zip"
    expected = list(_expected(path))
    documents, failures = split(read_inputs([path]))
    full = [(m, i, a) for m, i, a in expected if a["content"].strip()]
    blank = [(m, i, a) for m, i, a in expected if not a["content"].strip()]
    assert len(documents) == len(full) > 1_600
    assert [d.origin for d in documents] == [f"{path}!{m}[{i}]" for m, i, _ in full]
    for doc, (_, _, article) in zip(documents, full):
        assert doc.text.strip() and doc.text == article["content"]
        assert doc.id == doc.url == article["url"]
        assert doc.source == article["source"]
        assert doc.published == date.fromisoformat(article["date_extracted"][:10])
        assert doc.published_from == "metadata"
    assert [f.origin for f in failures] == [f"{path}!{m}[{i}]" for m, i, _ in blank]
    assert {f.reason.split(" (")[0] for f in failures} <= {"empty article text"}


def test_whole_corpus_through_ingest_and_segmentation(saudinewsnet, split):
    """Every article is read and segmented without a crash (the whole pipeline over the corpus
    is exercised by bench/bench_pipeline.py, which is too slow for the test suite)."""
    zips = sorted(saudinewsnet.glob("*.zip"))
    results, failures = 0, []
    text_stage = Pipeline.default(Config(components=("segmenter", "language")))
    for item in text_stage.pipe(read_inputs(zips)):
        if isinstance(item, Failure):
            failures.append(item)
        else:
            results += 1
            assert item.text.strip() and item.published is not None
    assert Counter(f.stage for f in failures) == {"ingest": EMPTY_ARTICLES}  # nothing fails in the pipeline
    assert all(f.reason.startswith("empty article text") for f in failures)
    assert results + len(failures) == TOTAL_ARTICLES

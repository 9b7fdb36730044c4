"""Speed of the time stage against dateparser's ``search_dates`` on the same SaudiNewsNet articles.

    python bench/bench_times.py [--limit 1000] [--corpus ../shared/corpus/saudinewsnet]

Both run on one core over articles already in memory, anchored on each article's date: the
time stage alone (``TimeComponent`` on a fresh document, no other component) and
``dateparser.search.search_dates`` with Arabic and English. Prints articles per second, the
number of expressions each found, and the ratio. dateparser is in the optional ``bench`` extra.
"""

from __future__ import annotations

import argparse
import time
import warnings
from datetime import datetime
from pathlib import Path

from marsad.model import Document
from marsad.pipeline import Config, Doc
from marsad.times import TimeComponent

from corpus import DEFAULT_CORPUS, read_documents  # noqa: E402  (bench/ is on sys.path)


def run_stage(documents: list[Document]) -> tuple[float, int]:
    component = TimeComponent.from_config(Config())
    component(Doc.start(documents[0]))  # warm-up
    started = time.perf_counter()
    found = 0
    for document in documents:
        doc = Doc.start(document)
        component(doc)
        found += len(doc.result.times)
    return time.perf_counter() - started, found


def run_dateparser(documents: list[Document]) -> tuple[float, int]:
    from dateparser.search import search_dates

    warnings.simplefilter("ignore")
    search_dates("15 سبتمبر 2023", languages=["ar", "en"])  # warm-up
    started = time.perf_counter()
    found = 0
    for document in documents:
        anchor = document.anchor() or datetime.now()
        hits = search_dates(document.text, languages=["ar", "en"], settings={"RELATIVE_BASE": anchor})
        found += len(hits or [])
    return time.perf_counter() - started, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=1000, help="number of articles (default 1000)")
    args = parser.parse_args()

    documents = read_documents(args.corpus, args.limit)
    chars = sum(len(d.text) for d in documents)
    print(f"{len(documents)} articles, {chars / 1e6:.2f} M chars")
    rates = {}
    for name, runner in (("marsad times", run_stage), ("dateparser search_dates", run_dateparser)):
        seconds, found = runner(documents)
        rates[name] = len(documents) / seconds
        print(f"{name:24s} {rates[name]:9.1f} articles/s  {chars / seconds / 1e3:8.1f} k chars/s  "
              f"{found:6d} expressions  ({seconds:.2f} s)")
    ratio = rates["marsad times"] / rates["dateparser search_dates"]
    print(f"time stage is {ratio:.1f}x the speed of dateparser search_dates")


if __name__ == "__main__":
    main()

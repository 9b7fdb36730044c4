"""Throughput of the quote stage alone on the SaudiNewsNet corpus.

    python bench/bench_quotes.py [--limit N] [--corpus ../shared/corpus/saudinewsnet]

Documents are read, segmented and run through the actor stage first (not timed); then the
``quotes`` component runs over them on one core. Both the wall-clock rate and the rate per CPU
second of this process are shown (the latter is steadier on a busy machine).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from marsad.ingest import read_inputs
from marsad.model import Document
from marsad.pipeline import Config, Doc, Pipeline

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "saudinewsnet"


def prepared(corpus: Path, limit: int) -> list[Doc]:
    """Documents with segments, actors and mentions filled (the quote stage's inputs)."""
    from marsad.actors.component import ActorComponent

    before = [*Pipeline.default(Config(components=("segmenter", "language"))).components, ActorComponent()]
    docs = []
    for item in read_inputs([str(corpus)]):
        if not isinstance(item, Document):
            continue
        doc = Doc.start(item)
        for component in before:
            component(doc)
        docs.append(doc)
        if limit and len(docs) >= limit:
            break
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=0, help="stop after N articles (0 = all)")
    args = parser.parse_args()

    from marsad.quotes.component import QuoteComponent

    started = time.perf_counter()
    quotes = QuoteComponent.from_config(Config())
    print(f"resources loaded and compiled in {time.perf_counter() - started:.2f} s")
    docs = prepared(args.corpus, args.limit)
    chars = sum(len(d.text) for d in docs)
    quotes(docs[0])  # warm-up
    started, cpu_started = time.perf_counter(), time.process_time()
    for doc in docs:
        quotes(doc)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    found = sum(len(d.result.quotes) for d in docs)
    print(f"quotes stage {len(docs) / seconds:9.0f} articles/s wall, {len(docs) / cpu:.0f} articles/s per CPU "
          f"second  {chars / cpu / 1e6:6.2f} M chars/s  ({len(docs)} articles, {found} quotes, "
          f"{seconds:.2f} s wall, {cpu:.2f} s CPU)")


if __name__ == "__main__":
    main()

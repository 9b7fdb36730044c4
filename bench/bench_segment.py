"""Throughput of reading and segmentation (+ language tagging) on the SaudiNewsNet corpus.

    python bench/bench_segment.py [--limit N] [--corpus ../shared/corpus/saudinewsnet]

Reports articles per second for reading alone and for the text stage alone (segmenter +
language tagger, on one core, documents already in memory).
"""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

from marsad.pipeline import Config, Pipeline

from corpus import DEFAULT_CORPUS, read_documents  # noqa: E402  (bench/ is on sys.path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=0, help="stop after N articles (0 = all)")
    args = parser.parse_args()

    started = time.perf_counter()
    documents = read_documents(args.corpus, args.limit)
    read_seconds = time.perf_counter() - started
    chars = sum(len(d.text) for d in documents)

    for name, components in (("segmenter", ("segmenter",)), ("segmenter+language", ("segmenter", "language"))):
        pipeline = Pipeline.default(Config(components=components))
        pipeline.process(documents[0])  # warm-up: load models and patterns
        started = time.perf_counter()
        segments = sum(len(pipeline.process(d).segments) for d in documents)
        seconds = time.perf_counter() - started
        print(f"{name:20s} {len(documents) / seconds:9.0f} articles/s  {chars / seconds / 1e6:6.2f} M chars/s  "
              f"({len(documents)} articles, {segments} segments, {seconds:.2f} s)")
    print(f"{'reading':20s} {len(documents) / read_seconds:9.0f} articles/s  ({read_seconds:.2f} s)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory {peak:.0f} MB")


if __name__ == "__main__":
    main()

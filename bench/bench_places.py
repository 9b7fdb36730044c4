"""Place stage: gazetteer load time and memory, and throughput on the SaudiNewsNet corpus.

    python bench/bench_places.py [--limit N] [--corpus ../shared/corpus/saudinewsnet]

1. Loads the cached gazetteer in a fresh interpreter (building it first if needed) and reports
   the load time and the peak resident memory of that interpreter.
2. Runs the place stage (one core) over documents that are already segmented, and reports
   articles per second (wall clock, and per CPU second of this process), with and without
   building the normalised view (``doc.norm``, which the pipeline shares between stages).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

from corpus import DEFAULT_CORPUS, read_documents  # noqa: E402  (bench/ is on sys.path)

_LOAD = """
import resource, time
started, cpu = time.perf_counter(), time.process_time()
from marsad.places.gazetteer import load_gazetteer
imported = time.perf_counter()
index = load_gazetteer()
seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{seconds:.3f} {cpu:.3f} {time.perf_counter() - imported:.3f} {peak:.0f} {len(index)} {len(index.forms)}")
"""


def measure_load() -> list[float]:
    """[wall s, CPU s, index-only wall s, peak MB, places, names] of loading the gazetteer (with
    the marsad imports) in a fresh interpreter."""
    subprocess.run(
        [sys.executable, "-c", "from marsad.places import load_gazetteer; load_gazetteer()"], check=True
    )
    out = subprocess.run(
        [sys.executable, "-c", _LOAD], check=True, capture_output=True, text=True
    ).stdout.split()
    return [float(value) for value in out]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=5000, help="articles to process (0 = all)")
    args = parser.parse_args()

    seconds, cpu, index_only, peak, places, names = measure_load()
    print(
        f"gazetteer load        {seconds:9.3f} s wall ({cpu:.3f} s CPU; {index_only:.3f} s after imports)   "
        f"peak {peak:.0f} MB   ({places:,.0f} places, {names:,.0f} names)"
    )

    from marsad.pipeline import Config, Doc, Pipeline
    from marsad.places.component import PlaceComponent

    documents = read_documents(args.corpus, args.limit)
    text_stage = Pipeline.default(Config(components=("segmenter", "language")))
    stage = PlaceComponent.from_config(Config())
    prepared = []
    for document in documents:
        doc = Doc.start(document)
        for component in text_stage.components:
            component(doc)
        prepared.append(doc)
    chars = sum(len(d.text) for d in prepared)

    wall, cpu = time.perf_counter(), time.process_time()
    for doc in prepared:
        doc.norm  # noqa: B018 - build the shared normalised view inside the timing
        stage(doc)
    with_norm = (time.perf_counter() - wall, time.process_time() - cpu)
    wall, cpu = time.perf_counter(), time.process_time()
    found = sum(len(doc.result.places) for doc in prepared if stage(doc) is None)
    alone = (time.perf_counter() - wall, time.process_time() - cpu)
    n = len(prepared)
    for label, (seconds, cpu_seconds) in (
        ("places (+ norm view)", with_norm),
        ("places (stage alone)", alone),
    ):
        print(
            f"{label:21s} {n / seconds:9.0f} articles/s wall  {n / cpu_seconds:7.0f} articles/s per CPU second  "
            f"{chars / cpu_seconds / 1e6:6.2f} M chars/CPU s"
        )
    print(f"{n} articles, {found} places; CPU-second rates are what one free core gives on a busy machine")


if __name__ == "__main__":
    main()

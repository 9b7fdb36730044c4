"""Throughput and memory of the whole pipeline (every stage) on the SaudiNewsNet corpus.

    python bench/bench_pipeline.py [--limit N] [--corpus ../shared/corpus/saudinewsnet] [--cpu K]

Builds the pipeline from every stage that exists (segmenter, language, actors, times, places,
quotes, events; a stage that cannot be built is reported and left out, with an empty stand-in
for its layers), pins the process to one core, streams the articles (reading is not timed) and
prints articles per second (wall clock and per CPU second), the time each stage takes, the build
time, and the peak resident memory of the process.
"""

from __future__ import annotations

import argparse
import importlib
import os
import resource
import time
from collections import defaultdict
from pathlib import Path

from marsad.ingest import read_inputs
from marsad.model import Document
from marsad.pipeline import Component, Config, Doc, Pipeline

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "saudinewsnet"

#: (module, class, layers it writes) in pipeline order after the text stage
STAGES = [
    ("marsad.actors.component", "ActorComponent", ("actors", "mentions")),
    ("marsad.times.component", "TimeComponent", ("times",)),
    ("marsad.places.component", "PlaceComponent", ("places",)),
    ("marsad.quotes.component", "QuoteComponent", ("quotes",)),
    ("marsad.events.component", "EventComponent", ("events",)),
]


class Missing(Component):
    """Stands in for a stage that cannot be built: writes nothing, so later stages still run."""

    def __init__(self, name: str, writes: tuple[str, ...]):
        self.name, self.writes = f"{name} (missing)", writes

    def __call__(self, doc: Doc) -> None:
        pass


def build(config: Config) -> tuple[Pipeline, list[str]]:
    components: list[Component] = list(Pipeline.default(config).components)
    present = {component.name for component in components}
    missing = []
    for module, name, writes in STAGES:
        if module.split(".")[1] in present:  # already registered as a built-in component
            continue
        try:
            components.append(getattr(importlib.import_module(module), name).from_config(config))
        except Exception as error:  # noqa: BLE001 - report any failure to build and go on
            missing.append(f"{name}: {type(error).__name__}: {error}")
            components.append(Missing(name, writes))
    return Pipeline(components), missing


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def run(pipeline: Pipeline, corpus: Path, limit: int) -> dict:
    per_stage: dict[str, float] = defaultdict(float)
    articles = events = chars = 0
    wall = cpu = 0.0
    for item in read_inputs([str(corpus)]):
        if not isinstance(item, Document):
            continue
        started, cpu_started = time.perf_counter(), time.process_time()
        doc = Doc.start(item)
        for component in pipeline.components:
            before = time.perf_counter()
            component(doc)
            per_stage[component.name] += time.perf_counter() - before
        wall += time.perf_counter() - started
        cpu += time.process_time() - cpu_started
        articles += 1
        chars += len(item.text)
        events += len(doc.result.events)
        if limit and articles >= limit:
            break
    return {"articles": articles, "chars": chars, "events": events, "wall": wall, "cpu": cpu, "stages": per_stage}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=0, help="stop after N articles (0 = all)")
    parser.add_argument("--cpu", type=int, default=0, help="core to pin the process to")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {args.cpu})

    started = time.perf_counter()
    pipeline, missing = build(Config())
    build_seconds = time.perf_counter() - started
    print(f"pipeline: {' → '.join(pipeline.names)}  (built in {build_seconds:.1f} s, "
          f"peak RSS so far {peak_rss_mb():.0f} MB)")
    for problem in missing:
        print(f"  left out: {problem}")

    found = run(pipeline, args.corpus, args.limit)
    n, wall, cpu = found["articles"], found["wall"], found["cpu"]
    print(f"{n} articles, {found['chars'] / 1e6:.1f} M chars, {found['events']} events")
    print(f"whole pipeline: {n / wall:.1f} articles/s wall, {n / cpu:.1f} articles/s per CPU second "
          f"({wall:.1f} s wall, {cpu:.1f} s CPU, one core)")
    for name, seconds in sorted(found["stages"].items(), key=lambda kv: -kv[1]):
        print(f"  {name:28s} {seconds:8.1f} s  {1000 * seconds / max(n, 1):7.2f} ms/article")
    print(f"peak RSS {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()

"""Throughput of the actor stage alone on the SaudiNewsNet corpus, and the knowledge-base load cost.

    python bench/bench_actors.py [--limit N] [--corpus ../shared/corpus/saudinewsnet] [--folder KB]

Documents are read and segmented first (not timed); then the ``actors`` component runs over
them on one core (its time includes the normalised view of each text). Both the wall-clock rate
and the rate per CPU second of this process are shown (the latter is steadier on a busy machine).
The load is measured three times in fresh interpreters with an empty cache folder: the first build
(from ``compiled.tsv``, the JSON copy of the YAML files, as after a fresh clone), the load of
the compiled engine that build pickled, and (``--yaml``) a build that parses every YAML file (as
after editing one without regenerating the copy). Each reports its time and the memory it adds.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import DEFAULT_CORPUS, read_documents

from marsad.pipeline import Config, Doc, Pipeline

LOAD_PROBE = """
import json, sys, time
def rss():
    for line in open('/proc/self/status'):
        if line.startswith('VmRSS'):
            return int(line.split()[1]) / 1024
import marsad.actors.engine as engine
if len(sys.argv) > 2:  # parse the YAML files: pretend the compiled copy is out of date
    import marsad.actors.compiled as compiled
    compiled.read_rows = lambda folder: {}
before, started = rss(), time.perf_counter()
built = engine.load_engine(sys.argv[1] if len(sys.argv) > 1 and sys.argv[1] else None)
seconds = time.perf_counter() - started
print(json.dumps({"seconds": seconds, "rss_added_mb": rss() - before, "rss_mb": rss(),
                  "entries": len(built.kb.entries), "keys": built.matcher.size}))
"""


def load_cost(folder: str | None, cache: str, yaml_only: bool = False) -> dict:
    """Load the knowledge base in a fresh interpreter: seconds and resident memory added."""
    env = {**os.environ, "MARSAD_CACHE_DIR": cache}
    argv = [sys.executable, "-c", LOAD_PROBE, folder or ""] + (["yaml"] if yaml_only else [])
    out = subprocess.run(argv, capture_output=True, text=True, check=True, env=env)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=0, help="stop after N articles (0 = all)")
    parser.add_argument("--folder", default=None, help="knowledge-base folder (default: the bundled one)")
    parser.add_argument("--yaml", action="store_true", help="also time a build that parses the YAML files")
    args = parser.parse_args()

    from marsad.actors.component import ActorComponent

    with tempfile.TemporaryDirectory() as cache:
        cold, warm = load_cost(args.folder, cache), load_cost(args.folder, cache)
    loads = [("first build (empty cache)", cold), ("from the compiled cache", warm)]
    if args.yaml:
        with tempfile.TemporaryDirectory() as cache:
            loads.append(("first build parsing the YAML", load_cost(args.folder, cache, yaml_only=True)))
    print(f"knowledge base: {cold['entries']} entries, {cold['keys']} keys")
    for label, cost in loads:
        print(f"  load {label}: {cost['seconds']:.2f} s, +{cost['rss_added_mb']:.0f} MB resident "
              f"({cost['rss_mb']:.0f} MB total)")

    documents = read_documents(args.corpus, args.limit)
    segmenter = Pipeline.default(Config(components=("segmenter",)))
    docs = []
    for document in documents:
        doc = Doc.start(document)
        for component in segmenter.components:
            component(doc)
        docs.append(doc)
    chars = sum(len(d.text) for d in docs)

    actors = ActorComponent(args.folder)
    actors(docs[0])  # warm-up
    for doc in docs:
        doc.__dict__.pop("norm", None)  # the normalised view is part of the stage's cost
    started, cpu_started = time.perf_counter(), time.process_time()
    for doc in docs:
        actors(doc)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    found = sum(len(d.result.actors) for d in docs)
    mentions = sum(len(d.result.mentions) for d in docs)
    print(f"actors stage {len(docs) / seconds:9.0f} articles/s wall, {len(docs) / cpu:.0f} articles/s per CPU "
          f"second  {chars / cpu / 1e6:6.2f} M chars/s  ({len(docs)} articles, {found} actors, "
          f"{mentions} mentions, {seconds:.2f} s wall, {cpu:.2f} s CPU)")


if __name__ == "__main__":
    main()

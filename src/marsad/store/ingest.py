"""Parallel, resumable, idempotent ingest: read → pipeline (worker processes) → store.

Reading and storing happen in the main process; the pipeline runs in a pool of worker
processes. Each batch is committed in one transaction, so a crash or Ctrl-C loses at most the
batch in flight, and re-running skips every document whose content is already stored.
"""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain, islice

from marsad.errors import Failure
from marsad.model import Document
from marsad.pipeline import Config, Pipeline
from marsad.store.database import Store
from marsad.store.prepare import Prepared, content_hash, prepare

_WORKER: dict[str, Pipeline] = {}  # per-process pipeline, set by the pool initializer


@dataclass
class IngestStats:
    """What an ingest run did."""

    read: int = 0
    skipped: int = 0
    added: int = 0
    failures: list[Failure] = field(default_factory=list)
    interrupted: bool = False

    @property
    def processed(self) -> int:
        return self.read - self.skipped


def _init_worker(config: Config) -> None:
    if "pipeline" not in _WORKER:
        _WORKER["pipeline"] = Pipeline.default(config)


def _process(document: Document) -> Prepared | Failure:
    try:
        return prepare(_WORKER["pipeline"].process(document), document.origin or document.id)
    except Exception as error:  # one bad document must not stop the batch
        return Failure(document.origin or document.id, f"{type(error).__name__}: {error}", stage="pipeline")


def _fresh(items: Iterable[Document | Failure], known: set[str], stats: IngestStats) -> Iterator[Document]:
    """Documents whose content is not stored yet; failures are collected in ``stats``."""
    for item in items:
        if isinstance(item, Failure):
            stats.failures.append(item)
            continue
        stats.read += 1
        digest = content_hash(item.text, item.id)
        if digest in known:
            stats.skipped += 1
            continue
        known.add(digest)
        yield item


def ingest(
    items: Iterable[Document | Failure],
    store: Store,
    config: Config | None = None,
    workers: int = 1,
    batch_size: int = 500,
    on_batch: Callable[[IngestStats], None] | None = None,
) -> IngestStats:
    """Process and store ``items``; returns counts. Ctrl-C stops cleanly after committed batches."""
    config = config or Config()
    stats = IngestStats()
    fresh = _fresh(items, store.known_hashes(), stats)
    windows = iter(lambda: list(islice(fresh, batch_size)), [])
    reported = 0
    try:
        for prepared in _processed(windows, config, workers):
            good = [p for p in prepared if isinstance(p, Prepared)]
            stats.failures.extend(p for p in prepared if isinstance(p, Failure))
            stats.added += store.add_prepared(good)
            store.add_failures(stats.failures[reported:])
            reported = len(stats.failures)
            if on_batch:
                on_batch(stats)
    except KeyboardInterrupt:
        stats.interrupted = True
    store.add_failures(stats.failures[reported:])
    return stats


def _processed(windows: Iterator[list[Document]], config: Config, workers: int) -> Iterator[list]:
    """Results window by window; with workers > 1 the next window is processed while one is stored."""
    first = next(windows, None)
    if first is None:  # nothing new: do not load the pipeline at all
        return
    windows = chain([first], windows)
    if workers <= 1:
        _init_worker(config)
        for window in windows:
            yield [_process(document) for document in window]
        return
    _init_worker(config)  # built before fork: workers inherit the loaded resources
    context = mp.get_context("fork")
    with context.Pool(workers, initializer=_init_worker, initargs=(config,)) as pool:
        pending = None
        for window in windows:
            submitted = pool.map_async(_process, window, chunksize=8)
            if pending is not None:
                yield pending.get()
            pending = submitted
        if pending is not None:
            yield pending.get()

"""The actor engine: knowledge base + compiled matcher + linking, built once per folder."""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from marsad.actors.cues import to_norm
from marsad.actors.entities import EntityLinker
from marsad.actors.home import link_home_state
from marsad.actors.kb import KnowledgeBase, default_folder, folder_digest, read_knowledge_base
from marsad.actors.link import Context, Found, Linker
from marsad.actors.matcher import ADJECTIVE, METONYM, NAME, Matcher
from marsad.actors.paired import link_main_state, link_paired, main_state_forms, paired_forms
from marsad.actors.unknown import UnknownNames
from marsad.model import Segment
from marsad.text.normalize import NormText, default_normalizer


class ActorEngine:
    """Find and link the actors of a text."""

    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        self.matcher = Matcher(kb)
        self.linker = Linker(kb, self.matcher)
        self.entities = EntityLinker(self.linker)
        self.unknown = UnknownNames(kb, self.matcher, self.entities.first_names)
        self.paired, self.main_state = paired_forms(kb), main_state_forms(kb)

    def analyse(self, norm_text: NormText, day: date | None, segments: Iterable[Segment] = (),
                address: str | None = None) -> Context:
        """Every resolved mention of a normalised text (see :class:`~marsad.actors.link.Context`);
        ``address``: the article's URL, for the outlet's home state."""
        segments = list(segments)
        blocks = [s for s in segments if s.kind in ("paragraph", "post")]
        paragraphs = sorted(to_norm(norm_text, s.start) for s in blocks) or [0]
        hits, cues, nested = self.matcher.scan_with_cues(norm_text)
        ctx = Context(norm_text.text, hits, day, paragraphs, cues=cues, nested=nested,
                      starts={hit.word_start: index for index, hit in enumerate(hits)})
        self.linker.link_titles(ctx)
        self.linker.link_agents(ctx)
        self.entities(ctx)
        link_paired(self.kb, self.paired, ctx)
        link_main_state(self.linker, self.main_state, ctx)
        link_home_state(self.linker, ctx, address)
        self.unknown(ctx, norm_text)
        self._handles(ctx, norm_text, blocks)
        return ctx

    def lookup(self, name: str, day: date | None = None) -> list[int]:
        """Entry indexes a name (in any language) stands for on a date, best first: what the text
        links to (titles resolve to the office holder), else every entry a form belongs to."""
        norm_text = default_normalizer()(name.strip())
        ctx = Context(norm_text.text, self.matcher.scan(norm_text), day, [0])
        self.linker.link_titles(ctx)
        self.linker.link_agents(ctx)
        self.entities(ctx)
        found = [self.kb.by_id[f.key] for f in ctx.found if f.key in self.kb.by_id]
        for hit in ctx.hits:
            found += [p.ref for p in hit.payloads if isinstance(p.ref, int) and p.kind in (NAME, METONYM, ADJECTIVE)]
        return list(dict.fromkeys(found))

    def _handles(self, ctx: Context, norm_text: NormText, blocks: list[Segment]) -> None:
        """The @handle of an embedded post names the post's author when the author is known."""
        for block in blocks:
            if block.kind != "post" or not block.author or not block.handle:
                continue
            candidates = self.lookup(block.author, ctx.day)
            if not candidates:
                continue
            handle = "@" + block.handle.lstrip("@")
            where = norm_text.original.find(handle, block.start, block.end)
            if where < 0:
                continue
            start, end = to_norm(norm_text, where), to_norm(norm_text, where + len(handle))
            ctx.found.append(Found(start, end, start, self.kb.entries[candidates[0]].id, "handle"))


def cache_dir() -> Path:
    """Where compiled engines are kept: ``$MARSAD_CACHE_DIR``, else the user's cache folder."""
    if os.environ.get("MARSAD_CACHE_DIR"):
        return Path(os.environ["MARSAD_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "marsad"


@lru_cache(maxsize=1)
def _code_digest() -> str:
    """Hash of this package's code and of the libraries a pickled engine depends on."""
    hasher = hashlib.sha256(f"{sys.version_info[:2]} {metadata.version('pyahocorasick')}".encode())
    for path in sorted(Path(__file__).parent.glob("*.py")):
        hasher.update(path.read_bytes())
    return hasher.hexdigest()[:12]


def _cached_build(folder: Path, digest: str, use_cache: bool) -> ActorEngine:
    """Unpickle a compiled engine for these files and this code, or build (and store) it."""
    path = cache_dir() / f"actors-{digest}-{_code_digest()}.pickle"
    if use_cache and path.is_file():
        try:
            with path.open("rb") as handle:
                engine = pickle.load(handle)
            if isinstance(engine, ActorEngine):
                return engine
        except (pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
            pass  # a stale or broken cache file is rebuilt
    with _no_gc():
        engine = ActorEngine(read_knowledge_base(folder))
    if use_cache:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False, suffix=".tmp") as handle:
                pickle.dump(engine, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(handle.name, path)
            _prune(path.parent)
        except OSError:  # a read-only cache folder only costs the next load its build time
            pass
    return engine


@contextmanager
def _no_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while the engine's many small objects are made (none of
    them is garbage): a build takes about a third less time."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _prune(folder: Path, keep: int = 4) -> None:
    """Keep the most recently written compiled engines only."""
    files = sorted(folder.glob("actors-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in files[keep:]:
        old.unlink(missing_ok=True)


@lru_cache(maxsize=4)
def _engine(folder: str, digest: str, use_cache: bool) -> ActorEngine:
    return _cached_build(Path(folder), digest, use_cache)


def load_engine(folder: Path | str | None = None, use_cache: bool = True) -> ActorEngine:
    """The engine of a knowledge-base folder (default: the bundled one), built once per process and
    pickled under :func:`cache_dir` keyed by the files' and the code's hashes."""
    folder = Path(folder) if folder is not None else default_folder()
    return _engine(str(folder.resolve()), folder_digest(folder), use_cache)

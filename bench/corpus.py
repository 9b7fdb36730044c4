"""What the benchmarks share: where the corpus is and how its articles are read."""

from __future__ import annotations

from itertools import islice
from pathlib import Path

from marsad.ingest import read_inputs
from marsad.model import Document

#: the SaudiNewsNet corpus in ../shared, read at run time (never copied into the project)
DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "saudinewsnet"


def iter_documents(corpus: Path):
    """The corpus's readable articles (failures, e.g. empty articles, are skipped)."""
    return (item for item in read_inputs([str(corpus)]) if isinstance(item, Document))


def read_documents(corpus: Path, limit: int = 0) -> list[Document]:
    """The first ``limit`` readable articles (all when 0)."""
    documents = iter_documents(corpus)
    return list(islice(documents, limit) if limit else documents)

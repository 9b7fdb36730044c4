"""Turn a pipeline result into ready-to-insert rows (done in worker processes during ingest)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import lru_cache

from marsad.model import Result
from marsad.store.fingerprint import MinHasher
from marsad.store.rows import layer_rows


def content_hash(text: str, doc_id: str = "") -> str:
    """Identity of one article (its id and its text), the key of idempotent ingest.

    The same article read again is skipped; the same text under another id (a syndicated copy)
    is stored and linked as a duplicate; an id whose text changed is stored beside the old one.
    """
    return hashlib.sha256(f"{doc_id}\x00{text}".encode("utf-8")).hexdigest()


@lru_cache(maxsize=1)
def _hasher() -> MinHasher:
    return MinHasher()


@dataclass
class Prepared:
    """One document as rows: its document row (without store-assigned fields) and layer rows."""

    doc_id: str
    digest: str
    document: tuple
    layers: dict[str, list[tuple]]
    signature: bytes | None = None
    buckets: list[tuple[int, int]] = field(default_factory=list)

    def renamed(self, new_id: str) -> Prepared:
        """The same document under another id (rows re-keyed)."""
        layers = {table: [(new_id, *row[1:]) for row in rows] for table, rows in self.layers.items()}
        return Prepared(new_id, self.digest, (new_id, *self.document[1:]), layers, self.signature, self.buckets)


def prepare(result: Result, origin: str | None) -> Prepared:
    """Rows, content hash and near-duplicate fingerprint of one result."""
    digest = content_hash(result.text, result.id)
    document = (result.id, digest, result.url, result.source, result.title, result.published,
                result.lang, origin, result.text)
    signature = _hasher().signature(result.text)
    buckets = _hasher().buckets(signature) if signature is not None else []
    return Prepared(result.id, digest, document, layer_rows(result),
                    signature.tobytes() if signature is not None else None, buckets)

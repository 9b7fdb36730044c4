"""Near-duplicate fingerprints: MinHash over character shingles, banded for LSH.

Everything is vectorised with numpy over the whole text (no per-shingle Python loop), and
deterministic across processes (no use of Python's salted ``hash``).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

_SPACE = re.compile(r"\s+")
_MASK = np.uint64(0xFFFFFFFF)


@dataclass(frozen=True)
class MinHasher:
    """MinHash with ``bands * rows`` permutations over ``shingle``-character windows."""

    shingle: int = 9
    bands: int = 8
    rows: int = 8
    seed: int = 20150721

    def __post_init__(self) -> None:
        rng = np.random.default_rng(self.seed)
        size = self.bands * self.rows
        object.__setattr__(self, "_a", rng.integers(1, 2**32, size=size, dtype=np.uint64) | np.uint64(1))
        object.__setattr__(self, "_b", rng.integers(0, 2**32, size=size, dtype=np.uint64))
        object.__setattr__(self, "_powers", (np.uint64(1000003) ** np.arange(self.shingle, dtype=np.uint64)))

    def signature(self, text: str) -> np.ndarray | None:
        """uint32 MinHash signature, or None for texts shorter than one shingle."""
        flat = _SPACE.sub(" ", text).strip().lower()
        codes = np.frombuffer(flat.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
        if codes.size < self.shingle:
            return None
        with np.errstate(over="ignore"):
            shingles = np.unique(sliding_window_view(codes, self.shingle) @ self._powers)
            mixed = (shingles[None, :] * self._a[:, None] + self._b[:, None]) >> np.uint64(16)
        return (mixed & _MASK).min(axis=1).astype(np.uint32)

    def buckets(self, signature: np.ndarray) -> list[tuple[int, int]]:
        """(band, bucket) pairs: documents sharing one are near-duplicate candidates."""
        out = []
        for band in range(self.bands):
            chunk = signature[band * self.rows : (band + 1) * self.rows].tobytes()
            digest = hashlib.blake2b(chunk, digest_size=8).digest()
            out.append((band, int.from_bytes(digest, "little", signed=True)))
        return out

    @staticmethod
    def similarity(first: np.ndarray, second: np.ndarray) -> float:
        """Estimated Jaccard similarity of two signatures."""
        return float(np.mean(first == second))

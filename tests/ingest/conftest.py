"""Shared fixtures for the ingestion tests (test files are named test_ingest_* to stay unique)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

import pytest

from marsad.errors import Failure
from marsad.ingest import read_inputs
from marsad.model import Document

Split = tuple[list[Document], list[Failure]]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: takes more than about a minute; deselect with -m 'not slow'")


def _split(items: Iterable[Document | Failure]) -> Split:
    documents: list[Document] = []
    failures: list[Failure] = []
    for item in items:
        (failures if isinstance(item, Failure) else documents).append(item)
    return documents, failures


@pytest.fixture
def fixtures() -> Path:
    """The folder of hand-written ingestion fixtures."""
    return Path(__file__).parents[1] / "fixtures" / "ingest"


@pytest.fixture
def saudinewsnet() -> Path:
    """The real SaudiNewsNet zips (shared corpus); the test is skipped when absent."""
    folder = Path(__file__).parents[2].parent / "shared" / "corpus" / "saudinewsnet"
    if not any(folder.glob("*.zip")):
        pytest.skip(f"SaudiNewsNet corpus not found at {folder}")
    return folder


@pytest.fixture
def read() -> Callable[..., Split]:
    """read(*paths, **options) -> (documents, failures), both in stream order."""

    def run(*paths: str | Path, **options) -> Split:
        return _split(read_inputs([str(p) for p in paths], **options))

    return run


@pytest.fixture
def split() -> Callable[[Iterable[Document | Failure]], Split]:
    return _split

"""Language data shipped with marsad (YAML/TSV files); see docs/resources.md."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml


def resource_path(name: str) -> Path:
    """Filesystem path of a bundled resource file."""
    return Path(str(resources.files(__package__).joinpath(name)))


@lru_cache(maxsize=None)
def load_yaml(name: str) -> Any:
    """Parse a bundled YAML resource (cached: resources are read-only data)."""
    with resource_path(name).open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)

"""Writing systems of place names, from ``languages.yaml`` and the ``scripts`` block of
``places/priors.yaml`` (which alternate names are indexed, the shortest form kept)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from marsad.resources import load_yaml

#: characters allowed inside a name besides letters
_JOINERS = " -.'"


@dataclass(frozen=True)
class Scripts:
    """Script detection and the per-script indexing rules."""

    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    alternates: frozenset[str]
    min_letters: dict[str, int]

    def of(self, text: str) -> str | None:
        """The one script all letters of ``text`` are written in, None when mixed or none."""
        found = None
        for char in text:
            if char in _JOINERS or not char.isalpha():
                continue
            script = self._script(char)
            if script is None or (found is not None and script != found):
                return None
            found = script
        return found

    def first(self, text: str) -> str | None:
        """Script of the first letter of ``text``."""
        for char in text:
            if char.isalpha():
                return self._script(char)
        return None

    def indexed_alternate(self, name: str) -> bool:
        """Whether an alternate name (GeoNames) is written in a script whose alternates are indexed."""
        return any(self._script(char) in self.alternates for char in name if char.isalpha())

    def _script(self, char: str) -> str | None:
        for name, pattern in self.patterns:
            if pattern.match(char):
                return name
        return None


@lru_cache(maxsize=2)
def default_scripts(priors: str = "places/priors.yaml") -> Scripts:
    ranges = load_yaml("languages.yaml")["scripts"]
    spec = load_yaml(priors)["scripts"]
    return Scripts(
        patterns=tuple(
            (name, re.compile(f"[{rule.get('letters') or ranges[name]}]")) for name, rule in spec.items()
        ),
        alternates=frozenset(name for name, rule in spec.items() if rule.get("alternates")),
        min_letters={name: int(rule.get("min_letters", 1)) for name, rule in spec.items()},
    )

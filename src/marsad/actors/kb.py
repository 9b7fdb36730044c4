"""The actor knowledge base: every YAML file of a folder, validated, with date-aware lookups.

``titles.yaml``, ``agents.yaml`` and ``matching.yaml`` are read from the folder when present,
else from the bundled ``resources/actors`` folder (so a test folder may hold entries only).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from marsad.actors.compiled import YamlReader, parse_yaml
from marsad.actors.rules import MatchingRules
from marsad.actors.schema import Agent, Entry, Role, Title
from marsad.resources import resource_path

SPECIAL_FILES = ("titles.yaml", "agents.yaml", "matching.yaml")


class KnowledgeBaseError(ValueError):
    """The resource files do not validate; ``problems`` lists every message."""

    def __init__(self, problems: list[str]):
        super().__init__("; ".join(problems[:5]) + (f" (+{len(problems) - 5} more)" if len(problems) > 5 else ""))
        self.problems = problems


def default_folder() -> Path:
    return resource_path("actors")


def kb_files(folder: Path) -> list[Path]:
    """Entry files of a folder (every ``*.yaml`` but the special ones), sorted."""
    return sorted(p for p in folder.glob("*.yaml") if p.name not in SPECIAL_FILES)


def special_file(folder: Path, name: str) -> Path:
    own = folder / name
    return own if own.is_file() else default_folder() / name


def read_yaml(path: Path) -> Any:
    return parse_yaml(path.read_bytes())


def _validate(model: type, items: Any, source: str, problems: list[str]) -> list[tuple[Any, str]]:
    """Validate a YAML list item by item; bad items become messages, the rest are kept."""
    if items is None:
        return []
    if not isinstance(items, list):
        problems.append(f"{source}: expected a list of entries")
        return []
    kept = []
    for position, item in enumerate(items):
        label = f"{source}[{position}]" + (f" ({item.get('id')})" if isinstance(item, dict) else "")
        try:
            kept.append((model.model_validate(item), source))
        except ValidationError as error:
            details = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in error.errors())
            problems.append(f"{label}: {details}")
    return kept


@dataclass
class KnowledgeBase:
    """Entries, titles, agents and matching rules, with lookups by id and by office."""

    folder: Path
    entries: list[Entry]
    sources: list[str]
    titles: dict[str, Title]
    agents: list[Agent]
    rules: MatchingRules
    digest: str
    problems: list[str] = field(default_factory=list)
    by_id: dict[str, int] = field(default_factory=dict)
    offices: dict[str, list[tuple[int, Role]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        offices: dict[str, list[tuple[int, Role]]] = defaultdict(list)
        for index, entry in enumerate(self.entries):
            self.by_id.setdefault(entry.id, index)
            for role in entry.roles:
                offices[role.title].append((index, role))
        self.offices = dict(offices)

    def get(self, entry_id: str) -> Entry | None:
        index = self.by_id.get(entry_id)
        return None if index is None else self.entries[index]

    def title_ids(self, title_id: str) -> list[str]:
        """The title and the ids it covers, in order of preference."""
        title = self.titles.get(title_id)
        return [title_id, *(title.covers if title else [])]

    def holders(self, title_ids: list[str], country: str | None, org: str | None, day: date | None) -> list[int]:
        """People holding the first of ``title_ids`` that has a holder, for that country/organisation."""
        for title_id in title_ids:
            found = []
            for index, role in self.offices.get(title_id, ()):
                if org is not None and role.of is not None:
                    if role.of != org:
                        continue
                elif country is not None and (role.country or self.entries[index].country) != country:
                    continue
                if day is None or role.covers(day):
                    found.append(index)
            if day is None and found:
                found = [max(found, key=lambda i: self.entries[i].role_on(None).start or date.min)]
            if found:
                return list(dict.fromkeys(found))
        return []


def _digest(paths: list[Path]) -> str:
    hasher = hashlib.sha256()
    for path in paths:
        hasher.update(path.name.encode())
        hasher.update(path.read_bytes())
    return hasher.hexdigest()[:20]


def read_knowledge_base(folder: Path | str | None = None, strict: bool = True) -> KnowledgeBase:
    """Read and validate a folder; ``strict`` raises :class:`KnowledgeBaseError` on any problem."""
    folder = Path(folder) if folder is not None else default_folder()
    if not folder.is_dir():
        raise KnowledgeBaseError([f"{folder}: not a folder"])
    problems: list[str] = []
    entries: list[tuple[Entry, str]] = []
    files = kb_files(folder)
    read = YamlReader()  # the compiled copy (compiled.tsv) where it is up to date
    for path in files:
        try:
            entries += _validate(Entry, read(path), path.name, problems)
        except yaml.YAMLError as error:
            problems.append(f"{path.name}: not valid YAML ({error})")
    specials = [special_file(folder, name) for name in SPECIAL_FILES]
    titles = [t for t, _ in _validate(Title, read(specials[0]), "titles.yaml", problems)]
    agents = [a for a, _ in _validate(Agent, read(specials[1]), "agents.yaml", problems)]
    rules = MatchingRules.from_spec(read(specials[2]) or {})
    if strict and problems:
        raise KnowledgeBaseError(problems)
    return KnowledgeBase(
        folder=folder,
        entries=[e for e, _ in entries],
        sources=[s for _, s in entries],
        titles={t.id: t for t in titles},
        agents=agents,
        rules=rules,
        digest=_digest(files + specials),
        problems=problems,
    )


def folder_digest(folder: Path | str | None = None) -> str:
    """Hash of every file a knowledge base folder is built from (cache key)."""
    folder = Path(folder) if folder is not None else default_folder()
    return _digest(kb_files(folder) + [special_file(folder, name) for name in SPECIAL_FILES])


@lru_cache(maxsize=4)
def _cached(folder: str, digest: str) -> KnowledgeBase:
    return read_knowledge_base(Path(folder))


def load_knowledge_base(folder: Path | str | None = None) -> KnowledgeBase:
    """The validated knowledge base of a folder, cached while its files are unchanged."""
    folder = Path(folder) if folder is not None else default_folder()
    return _cached(str(folder.resolve()), folder_digest(folder))

"""``marsad actors check``: validate the knowledge-base files beyond their schema.

Errors: schema problems (malformed ids, codes, dates), duplicate ids, unknown title ids or
references, a form claimed by entries of different countries with no disambiguation note, and
two people holding a single-holder office at the same time.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from marsad.actors.kb import KnowledgeBase, KnowledgeBaseError, read_knowledge_base
from marsad.actors.rules import norm
from marsad.actors.schema import Role

#: a handover may overlap by a few days (inauguration versus formal hand-over dates)
HANDOVER = timedelta(days=7)


@dataclass(frozen=True)
class Issue:
    level: str  # "error" or "warning"
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.level}: {self.where}: {self.message}"


def check_folder(folder: Path | str | None = None) -> list[Issue]:
    """Every problem of a knowledge-base folder (an empty list when it is sound)."""
    try:
        kb = read_knowledge_base(folder, strict=False)
    except KnowledgeBaseError as error:
        return [Issue("error", str(folder), problem) for problem in error.problems]
    issues = [Issue("error", problem.split(":", 1)[0], problem.split(":", 1)[-1].strip()) for problem in kb.problems]
    for check in (_duplicate_ids, _references, _shared_forms, _overlapping_roles):
        issues += check(kb)
    return issues


def _where(kb: KnowledgeBase, index: int) -> str:
    return f"{kb.sources[index]} ({kb.entries[index].id})"


def _duplicate_ids(kb: KnowledgeBase) -> list[Issue]:
    seen: dict[str, int] = {}
    issues = []
    for index, entry in enumerate(kb.entries):
        if entry.id in seen:
            issues.append(Issue("error", _where(kb, index), f"duplicate id, first in {kb.sources[seen[entry.id]]}"))
        else:
            seen[entry.id] = index
    titles = [title.id for title in kb.titles.values()]
    for title in kb.titles.values():
        unknown = [c for c in title.covers if c not in kb.titles]
        if unknown:
            issues.append(Issue("error", f"titles.yaml ({title.id})", f"covers unknown title id(s) {unknown}"))
    if len(set(titles)) != len(titles):
        issues.append(Issue("error", "titles.yaml", "duplicate title id"))
    return issues


def _references(kb: KnowledgeBase) -> list[Issue]:
    issues = []
    for index, entry in enumerate(kb.entries):
        if entry.parent and kb.get(entry.parent) is None:
            issues.append(Issue("error", _where(kb, index), f"parent {entry.parent!r} is not an entry id"))
        target = kb.get(entry.stands_for) if entry.stands_for else None
        if entry.stands_for and (target is None or target.type != "GPE"):
            issues.append(Issue("error", _where(kb, index), f"stands_for {entry.stands_for!r} is not a state id"))
        unknown = [key for key in entry.paired.get("with", ()) if kb.get(key) is None]
        if unknown or (entry.paired and not entry.paired.get("with")):
            issues.append(Issue("error", _where(kb, index), f"paired 'with' needs entry ids (unknown: {unknown})"))
        for role in entry.roles:
            if role.title not in kb.titles:
                issues.append(Issue("error", _where(kb, index), f"role title {role.title!r} is not in titles.yaml"))
            if role.of and kb.get(role.of) is None:
                issues.append(Issue("error", _where(kb, index), f"role 'of' {role.of!r} is not an entry id"))
        if entry.roles and entry.type != "PERSON":
            issues.append(Issue("warning", _where(kb, index), "roles on an entry that is not a PERSON"))
        if not any(entry.forms().values()):
            issues.append(Issue("error", _where(kb, index), "no names in any language"))
    return issues


def _noted(kb: KnowledgeBase, index: int) -> bool:
    extra = kb.entries[index].model_extra or {}
    return bool(extra.get("disambiguation") or extra.get("note"))


def _shared_forms(kb: KnowledgeBase) -> list[Issue]:
    """A name or metonym claimed by entries of different countries needs a note on one of them."""
    claims: dict[str, set[int]] = defaultdict(set)
    for index, entry in enumerate(kb.entries):
        for forms in (*entry.forms().values(), *entry.metonyms.values()):
            for form in forms:
                claims[norm(form)].add(index)
    issues = []
    for form, owners in sorted(claims.items()):
        countries = {kb.entries[i].country for i in owners}
        if len(owners) > 1 and len(countries) > 1 and not any(_noted(kb, i) for i in owners):
            names = ", ".join(sorted(kb.entries[i].id for i in owners))
            issues.append(Issue("error", _where(kb, min(owners)),
                                f"form {form!r} is claimed by entries of different countries ({names}) "
                                "with no disambiguation note"))
    return issues


def _overlapping_roles(kb: KnowledgeBase) -> list[Issue]:
    """Two people in the same single-holder office (title, country, organisation) at once."""
    offices: dict[tuple, list] = defaultdict(list)
    for index, entry in enumerate(kb.entries):
        for role in entry.roles:
            title = kb.titles.get(role.title)
            if title is None or title.many:
                continue
            offices[(role.title, role.country or entry.country, role.of)].append((index, role))
    issues = []
    for (title, country, org), holders in offices.items():
        holders.sort(key=lambda item: item[1].start or item[1].end or date.min)
        current = None
        for index, role in holders:
            if role.start is None:
                continue
            if current is not None and current[0] != index and _overlap(current[1], role) \
                    and not _noted_role(current[1]) and not _noted_role(role):
                what = f"{title} of {org or country}"
                issues.append(Issue("error", _where(kb, index),
                                    f"{what} from {role.start} overlaps {kb.entries[current[0]].id} "
                                    f"({current[1].start}–{current[1].end or 'ongoing'})"))
            if current is None or (current[1].end is not None and (role.end is None or role.end > current[1].end)):
                current = (index, role)
    return issues


def _noted_role(role: Role) -> bool:
    return bool((role.model_extra or {}).get("note"))


def _overlap(first: Role, second: Role) -> bool:
    """Does ``second`` (starting no earlier) begin before ``first`` ends, beyond a handover?"""
    return first.end is None or first.end - second.start >= HANDOVER

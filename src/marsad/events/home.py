""""His country" (بلاده، بلادها، his country): the state of the actor the possessive refers to.

A speaker's own state is often named only this way ("قال الوزير إن بلاده سترد", "warned that his
country would respond"). Such a word becomes an actor unit of the state of the nearest actor with a
country named before it in its paragraph. The nouns and the possessives are ``cues.yaml`` data
(``home_nouns`` and ``home_clitics`` per language; a one-word noun takes the possessives of
``pronoun_numbers``, a phrase is written with its possessive: "his country").
"""

from __future__ import annotations

from functools import lru_cache

from marsad.events.lexicon import RESOURCE_DIR, norm
from marsad.events.view import DocView, Unit
from marsad.model import ActorRef
from marsad.resources import load_yaml

_NOT_ANTECEDENT = frozenset({"nisba", "place"})


@lru_cache(maxsize=1)
def _home_forms() -> dict[tuple[str, ...], str]:
    """Every home-noun form (as a word tuple) of every language → the number of its possessive
    (singular: "his country" refers to a person; plural and dual: to any actor)."""
    spec = load_yaml(f"{RESOURCE_DIR}/cues.yaml")
    forms: dict[tuple[str, ...], str] = {}
    for lang, section in spec.items():
        if lang == "general" or not isinstance(section, dict):
            continue
        possessives = [(norm(p), number) for p, number in (section.get("pronoun_numbers") or {}).items()
                       if number != "speaker"]
        for noun in section.get("home_nouns") or []:
            words = tuple(norm(noun).split())
            if len(words) > 1:  # written with its possessive ("his country")
                forms[words] = "plural" if words[0] in ("their",) else "singular"
                continue
            for suffix, number in possessives:
                for clitic in ("", *map(norm, section.get("home_clitics") or [])):
                    forms[(clitic + words[0] + suffix,)] = number
    return forms


def home_units(view: DocView, people: frozenset[str] = frozenset()) -> list[Unit]:
    """Units for the home nouns of the text, each with the country of its antecedent (``people``:
    the names of the persons among the document's actors)."""
    forms, firsts = _home_forms(), _first_words()
    taken = {i for u in view.units for i in range(u.first, u.last)}
    found = []
    for index, word in enumerate(view.words):
        if word not in firsts or index in taken:
            continue
        for form in firsts[word]:  # longest first
            if tuple(view.words[index:index + len(form)]) == form:
                unit = _resolved(view, index, len(form), people if forms[form] == "singular" else None)
                if unit is not None:
                    found.append(unit)
                break
    return found


@lru_cache(maxsize=1)
def _first_words() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The home-noun forms by their first word, longest first."""
    firsts: dict[str, list[tuple[str, ...]]] = {}
    for form in _home_forms():
        firsts.setdefault(form[0], []).append(form)
    return {word: tuple(sorted(forms, key=len, reverse=True)) for word, forms in firsts.items()}


def _resolved(view: DocView, index: int, size: int, people: frozenset[str] | None) -> Unit | None:
    """The home noun at ``index`` as a unit of its antecedent's state, if one is named before it
    (``people`` given: a singular possessive, whose antecedent is a person or a title)."""
    sentence = view.sentence_of(index)
    paragraph = sentence.parent if sentence is not None else None
    before = [u for u in view.units if u.last <= index and u.ref.country and u.role not in _NOT_ANTECEDENT
              and (sentence is None or _paragraph(view, u.first) == paragraph)
              and (people is None or u.role == "title" or u.ref.name in people)]
    if not before:
        return None
    antecedent = before[-1]
    start, end = view.original(index, index + size)
    ref = ActorRef(text=view.norm.original[start:end], country=antecedent.ref.country, sector="GOV",
                   start=start, end=end)
    return Unit(index, index + size, ref, "agent", country_from=f"«{antecedent.ref.text}», whose country it is")


def _paragraph(view: DocView, token: int) -> int | None:
    sentence = view.sentence_of(token)
    return sentence.parent if sentence is not None else None

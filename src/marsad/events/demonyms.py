"""The table of nationality adjectives the event coder reads as actors (غارة إسرائيلية، القوات
الأميركية, Russian aircraft), built from the actor knowledge base's states.
"""

from __future__ import annotations

from functools import lru_cache

from marsad.resources import load_yaml
from marsad.text.normalize import default_normalizer


@lru_cache(maxsize=4)
def demonym_table(languages: tuple[str, ...]) -> dict[str, tuple[str, str]]:
    """Normalised nationality adjective, with any glued clitic of ``DEMONYM_CLITICS`` → (country
    code, clitic), from the actor knowledge base's states."""
    try:
        from marsad.actors.kb import load_knowledge_base

        kb = load_knowledge_base()
    except Exception:  # noqa: BLE001 - the actor stage is optional: no table, no demonym actors
        return {}
    normalise = default_normalizer().string
    table: dict[str, tuple[str, str]] = {}
    states = [e for e in kb.entries if e.type == "GPE" and e.country]
    multi: list[tuple[str, str]] = []
    for entry in states:
        for lang in languages:
            for form in entry.adjectives.get(lang, []):
                key = " ".join(normalise(form).split())
                if " " in key:
                    multi.append((key, entry.country))
                    continue
                table.setdefault(key, (entry.country, ""))
                if not key.isascii():
                    for clitic in _clitics():
                        table.setdefault(clitic + key, (entry.country, clitic))
    for key, country in multi:
        table.setdefault(key, (country, ""))
    for word, country in _distinctive_tails(multi, states, languages, normalise).items():
        table.setdefault(word, (country, ""))
    return table


def _distinctive_tails(multi: list[tuple[str, str]], states: list, languages: tuple[str, ...],
                       normalise) -> dict[str, str]:
    """Last words of two-word nationality adjectives that name one country on their own: the word
    grows from a word of that country's name found in no other country's name ("Sri Lankan" →
    "lankan" from "Lanka", "Sierra Leonean" → "leonean"); "South African", "North Korean" and
    "كوري شمالي" share their last word with other countries and give nothing."""
    owners: dict[str, set[str]] = {}
    for entry in states:
        for lang in languages:
            for form in entry.forms().get(lang, []):
                for word in normalise(form).split():
                    owners.setdefault(word, set()).add(entry.country)
    tails: dict[str, set[str]] = {}
    for key, country in multi:
        tails.setdefault(key.split()[-1], set()).add(country)
    found = {}
    for word, countries in tails.items():
        if len(countries) != 1 or len(word) < 5:
            continue
        country = next(iter(countries))
        roots = [w for w, c in owners.items() if len(w) >= 4 and word.startswith(w[:4]) and c == {country}]
        if roots and not any(word.startswith(w[:4]) and c != {country} for w, c in owners.items() if len(w) >= 4):
            found[word] = country
    return found


@lru_cache(maxsize=1)
def _clitics() -> tuple[str, ...]:
    """Letters glued before a nationality adjective: the noun proclitics of the Arabic-script paradigms."""
    spec = load_yaml("events/morphology.yaml")
    found: set[str] = set()
    for section in spec.values():
        for item in (section.get("noun") or {}).get("proclitics") or []:
            found.add(default_normalizer().string(item))
    return tuple(sorted(found))

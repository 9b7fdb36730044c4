"""Expand speech-verb entries of a cue resource into the surface forms news text uses.

Templates come from the resource's ``conjugation`` table: each class maps a template group
(``past``, ``present``, ``participle``, ``base``, ``base_participle``) to templates over
placeholders derived from the entry's form for that group's key — ``{p}``/``{i}``/``{a}``/``{v}`` for the form itself, ``{p0}``/``{i0}``
without its last letter, ``{i1}`` without its first letter, ``{v_e}``/``{v_y}`` without a final
"e"/"y". Nothing here knows a language: the paradigms are data.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

#: template group → (entry key it expands, placeholder letter, paradigm slot of the forms)
TEMPLATE_SLOTS: dict[str, tuple[str, str, str]] = {
    "past": ("past", "p", "past"),
    "present": ("present", "i", "present"),
    "participle": ("participle", "a", "participle"),
    "base": ("base", "v", "base"),
    "base_participle": ("base", "v", "participle"),  # English -ing forms built on the base
}


def placeholders(letter: str, form: str) -> dict[str, str]:
    """The values a template may use for one slot form."""
    return {
        letter: form,
        f"{letter}0": form[:-1],
        f"{letter}1": form[1:],
        f"{letter}_e": form.removesuffix("e"),
        f"{letter}_y": form.removesuffix("y"),
    }


def expand_entry(entry: Mapping[str, Any], conjugation: Mapping[str, Any]) -> dict[str, str]:
    """Surface form → paradigm slot ("past", "present", "participle", "base" or "form")."""
    forms: dict[str, str] = {}
    paradigm = conjugation.get(entry.get("class") or _default_class(conjugation)) or {}
    for group, (key, letter, slot) in TEMPLATE_SLOTS.items():
        stem = entry.get(key)
        if not stem:
            continue
        values = placeholders(letter, stem)
        for template in paradigm.get(group, []):
            forms.setdefault(template.format(**values), slot)
    for form in entry.get("participles") or []:
        forms.setdefault(form, "participle")
    for form in entry.get("forms") or []:
        forms.setdefault(form, "form")
    for form in entry.get("exclude") or []:
        forms.pop(form, None)
    return forms


def _default_class(conjugation: Mapping[str, Any]) -> str | None:
    return next(iter(conjugation), None)

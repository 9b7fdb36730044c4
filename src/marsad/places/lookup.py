"""Look a single name up in the place index (for ``marsad places lookup`` and the API)."""

from __future__ import annotations

from typing import Any

from marsad.places.gazetteer import Gazetteer, load_gazetteer
from marsad.places.scan import ScriptOf
from marsad.places.translit import default_transliterator
from marsad.text.normalize import default_normalizer


def lookup_name(name: str, gazetteer: Gazetteer | None = None) -> list[dict[str, Any]]:
    """Places a name may refer to, best first: exact (normalised) names, else transliteration keys."""
    gazetteer = gazetteer or load_gazetteer()
    form = " ".join(default_normalizer().string(name).split())
    ids = list(gazetteer.forms.get(form, ()))
    how = "name"
    if not ids:
        translit = default_transliterator()
        latin = ScriptOf()(form) == "Latin"
        keys = translit.latin_keys(form) if latin else translit.arabic_keys(form)
        ids = [i for key in keys if len(key) >= translit.min_key for i in gazetteer.keys.get(key, ())]
        how = "transliteration"
    ids = sorted(dict.fromkeys(ids), key=lambda i: -gazetteer.populations[i])
    return [{**gazetteer.place(i), "population": gazetteer.populations[i], "match": how} for i in ids]

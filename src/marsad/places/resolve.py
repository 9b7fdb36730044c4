"""Disambiguation: pick one gazetteer place per mention, then decide place versus actor.

Score of a candidate = feature prior + weight × log10(population) + document context (its country
is named in the document or is an actor's country) + nearness to the other places of the text +
cue fit (a city after "مدينة", a place that fits "X km from Y" or "X near Y", a place in the country
that qualifies it, "X، Y"). Two passes: the first, context-free, supplies the context of the second.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Any

from marsad.places.gazetteer import Gazetteer, haversine_km
from marsad.places.scan import Mention

#: features whose coordinates are too coarse to make another place "near"
_COARSE = frozenset({"country", "continent", "water", "region"})
_CITYLIKE = frozenset({"city", "capital", "airport", "port", "base", "crossing", "admin"})


class Resolver:
    """Chooses among a mention's candidate places and tells place from actor."""

    def __init__(
        self,
        gazetteer: Gazetteer,
        priors: dict[str, Any],
        ambiguous: frozenset[str],
        short: dict[str, int],
        home: frozenset[str],
    ):
        self.gazetteer = gazetteer
        self.features = priors["features"]
        self.weights = priors["weights"]
        self.population = priors["population"]
        self.near_km = float(priors["near_km"])
        self.ambiguous = ambiguous
        self.short = short
        self.home = home
        self.locative_clitics: frozenset[str] = frozenset()

    def size(self, index: int) -> int:
        """Population, with a town of unknown size counted as the smallest town indexed."""
        population = self.gazetteer.populations[index]
        if self.gazetteer.features[index] == "city":
            return max(population, self.population["unknown_town"])
        return population

    def static(self, index: int) -> float:
        feature = self.features.get(self.gazetteer.features[index], {})
        population = self.size(index)
        return float(feature.get("prior", 0.0)) + self.population["weight"] * math.log10(population + 1)

    def resolve(self, mentions: list[Mention], actor_countries: set[str]) -> Counter[str]:
        """Set ``info["choice"]`` on every mention with candidates; returns the context countries."""
        first = [max(m.ids, key=self.static) if m.ids else None for m in mentions]
        by_form = {
            m.form: self.gazetteer.countries[c]
            for m, c in zip(mentions, first)
            if c is not None and self._reliable(m, c)
        }
        context = Counter(by_form.values())
        context.update({country: 1 for country in actor_countries})
        context.pop("", None)
        for mention in mentions:
            mention.info["form_country"] = by_form.get(mention.form, "")
        position = {id(m): i for i, m in enumerate(mentions)}
        points = self._points(first)
        for index, mention in enumerate(mentions):
            if len(mention.ids) == 1:
                mention.info["choice"] = mention.ids[0]
            elif mention.ids:
                links = {
                    key: first[position[id(mention.info[key])]]
                    for key in ("qualifier", "anchor")
                    if id(mention.info.get(key)) in position
                }
                anchor = mention.info.get("anchor")
                km = anchor.info.get("km") if anchor is not None else None
                mention.info["choice"] = max(
                    mention.ids,
                    key=lambda i: self.score(i, mention, first[index], points, context, links, km),
                )
        return context

    def score(
        self,
        candidate: int,
        mention: Mention,
        own: int | None,
        points: list[tuple[int, float, float]],
        context: Counter[str],
        links: dict[str, int | None],
        km: float | None = None,
    ) -> float:
        """Context score of one candidate of a mention (``own``: its pass-1 choice); ``points``: the
        other places of the text; ``links``: pass-1 choices of its qualifier and anchor mentions;
        ``km``: the distance the anchor's cue gives."""
        g, w = self.gazetteer, self.weights
        value = self.static(candidate)
        value += self._context(candidate, mention, context)
        if mention.info.get("noun") and g.features[candidate] in _CITYLIKE:
            value += w["cue_city"]
        qualifier = links.get("qualifier")
        country = g.countries[candidate]
        linked = qualifier is not None and qualifier != candidate and g.countries[qualifier] == country
        if linked or mention.info.get("qualifier_country") == country:
            value += w["qualifier"]
        value += self._distance_fit(candidate, links.get("anchor"), km)
        if self._near_other(candidate, own, points):
            value += w["near"]
        return value

    def _context(self, candidate: int, mention: Mention, context: Counter[str]) -> float:
        """Bonus for a country the text names (more for one it names often); a town ten times
        smaller than a large bearer of the name gets none: naming a country is not enough to
        overturn that prior (Moscow, Idaho in a text that also names the United States), unless
        it lies in a home country the text names repeatedly (Zinjibar, Yemen, not Zanzibar)."""
        g = self.gazetteer
        count = context[g.countries[candidate]] if g.countries[candidate] else 0
        if not count:
            return 0.0
        largest = max(self.size(i) for i in mention.ids)
        dominated = self.size(candidate) * 10 < largest and largest >= self.population["free_min"]
        if dominated and not (g.countries[candidate] in self.home and count >= 2):
            return 0.0
        return self.weights["context"] * min(count, self.weights["context_cap"])

    def _distance_fit(self, candidate: int, anchor: int | None, km_wanted: float | None = None) -> float:
        if anchor is None:
            return 0.0
        km = self.gazetteer.distance_km(candidate, anchor)
        if km is None:
            return 0.0
        tolerance = max(0.5 * km_wanted, 30.0) if km_wanted else 100.0
        return self.weights["distance"] if abs(km - (km_wanted or 0.0)) <= tolerance else 0.0

    def _points(self, first: list[int | None]) -> list[tuple[int, float, float]]:
        """(place, lat, lon) of the pass-1 choices precise enough to be "near" something."""
        g, seen, points = self.gazetteer, set(), []
        for choice in first:
            if choice is None or choice in seen or g.features[choice] in _COARSE:
                continue
            seen.add(choice)
            where = g.coords(choice)
            if where is not None:
                points.append((choice, *where))
        return points

    def _near_other(self, candidate: int, own: int | None, points: list[tuple[int, float, float]]) -> bool:
        where = self.gazetteer.coords(candidate)
        if where is None:
            return False
        for other, lat, lon in points:
            if other != candidate and other != own and haversine_km(*where, lat, lon) <= self.near_km:
                return True
        return False

    def _reliable(self, mention: Mention, choice: int) -> bool:
        """Whether a mention may lend its country to the document context: anything with a locative
        cue or place noun; else states, capitals, large towns and curated places that are not
        common words."""
        level = self.common_level(mention)
        if mention.info.get("drop") or (level == 2 and not mention.info.get("noun")):
            return False
        if mention.info.get("locative") or mention.info.get("noun"):
            return True
        if level:
            return False
        g = self.gazetteer
        return g.features[choice] != "city" or g.populations[choice] >= self.population["free_min"]

    def _short_foreign(self, mention: Mention, country: str) -> bool:
        """A short name of a place outside the home countries ("كان" = Cannes, or "was")."""
        letters = len(mention.form.replace(" ", ""))
        return country not in self.home and letters < self.short.get(mention.script, 0)

    def role(self, mention: Mention, context: Counter[str], actor_countries: set[str]) -> str | None:
        """ "place", "actor" (a state or capital standing for its government) or None (not a place).

        States, capitals and continents are places only with a locative cue. Other names: after a
        place noun, always (small towns abroad: when their country is named); names that are also
        common words with a locative cue and their country named elsewhere (the most frequent ones
        only after a place noun); towns abroad with a locative cue; small home-region towns with a
        locative cue and their country named.
        """
        info = mention.info
        choice = info.get("choice")
        if choice is None or info.get("drop"):
            return None
        g = self.gazetteer
        feature = g.features[choice]
        locative = bool(info.get("locative")) and not info.get("actor_cue")
        if self.features.get(feature, {}).get("metonymic"):
            return "place" if locative else "actor"
        country = g.countries[choice]
        own = 1 if country and info.get("form_country") == country else 0
        named = context[country] - own > 0 or country in actor_countries
        small = feature == "city" and g.populations[choice] < self.population["free_min"]
        if info.get("noun"):
            return "place" if named or not small or country in self.home else None
        if info.get("source") and not info.get("actor_cue") and (feature != "city" or country in self.home):
            locative = True
        level = self.common_level(mention)
        if level == 2 or self._short_foreign(mention, country):
            return None
        if level == 1:
            return "place" if locative and named else None
        if feature != "city":
            return "place"
        if country not in self.home:
            clitic_only = info.get("locative") in self.locative_clitics
            return "place" if locative and not (small and clitic_only) else None
        return "place" if not small or (locative and named) else None

    def common_level(self, mention: Mention) -> int:
        """0, 1 (ambiguous: also a common word or name) or 2 (a place only after a place noun)."""
        level = self.gazetteer.common.get(mention.form, 0)
        return max(level, 1) if mention.form in self.ambiguous else level

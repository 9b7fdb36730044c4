"""Turn place records into the compact :class:`~marsad.places.gazetteer.Gazetteer` index."""

from __future__ import annotations

import math
import re
import warnings
from array import array
from collections.abc import Iterable
from typing import Any

from marsad.places.gazetteer import Gazetteer, fingerprint, make_automaton
from marsad.places.scripts import default_scripts
from marsad.places.sources import PlaceRecord, base_records, curated_records
from marsad.places.translit import default_transliterator
from marsad.resources import load_yaml
from marsad.text.normalize import default_normalizer

#: forms kept per name, best first
MAX_CANDIDATES = 12
_NAME_CHARS = re.compile(r"[^\W\d_]+(?:[ \-.'][^\W\d_.]+)*\.?")


def load_priors(name: str = "places/priors.yaml") -> dict[str, Any]:
    return load_yaml(name)


def build_gazetteer(extra: Iterable[PlaceRecord] = (), base: str = "") -> Gazetteer:
    """The embedded default gazetteer (plus ``extra`` records, e.g. from a GeoNames dump)."""
    priors = load_priors()
    records = list(base_records(home=priors["home_countries"]))
    records = merge_records(records, extra)
    curated, blockers = curated_records(records)
    records.extend(curated)
    return index_records(records, blockers, priors, base=base)


def merge_records(records: list[PlaceRecord], extra: Iterable[PlaceRecord]) -> list[PlaceRecord]:
    """Add ``extra``; one that shares a GeoNames id with a record adds its forms to it instead."""
    by_id = {r.geonames_id: r for r in records if r.geonames_id}
    for record in extra:
        known = by_id.get(record.geonames_id) if record.geonames_id else None
        if known is None:
            records.append(record)
            if record.geonames_id:
                by_id[record.geonames_id] = record
        else:
            known.add_forms(record.forms)
            known.latin.extend(n for n in record.latin if n not in known.latin)
            known.direct = known.direct or record.direct
    return records


def static_score(record: PlaceRecord, priors: dict[str, Any]) -> float:
    """Context-free plausibility: feature prior + weighted log population."""
    feature = priors["features"].get(record.feature, {})
    return float(feature.get("prior", 0.0)) + priors["population"]["weight"] * math.log10(
        record.population + 1
    )


def clean_forms(record: PlaceRecord, excluded: set[str]) -> list[str]:
    """Normalised forms of a record written in one indexed script, long enough; an article-less
    twin of "ال..." is dropped (the bare word is rarely the name)."""
    norm = default_normalizer().string
    scripts = default_scripts()
    kept: list[str] = []
    for raw in record.forms:
        form = " ".join(norm(raw).split())
        if not form or form in excluded or not _NAME_CHARS.fullmatch(form):
            continue
        script = scripts.of(form)
        if script is None or sum(ch.isalpha() for ch in form) < scripts.min_letters[script]:
            continue
        small_town = record.feature in ("city", "capital") and record.population < 15000
        if script not in scripts.alternates and small_town and form == norm(record.name):
            continue
        kept.append(form)
    present = set(kept)
    return [f for f in dict.fromkeys(kept) if not any(a + f in present for a in articles())]


def index_records(
    records: list[PlaceRecord], blockers: dict[str, list[str]], priors: dict[str, Any], base: str = ""
) -> Gazetteer:
    """Columns, name → places, transliteration keys → places, airport grid, automaton."""
    norm = default_normalizer().string
    translit = default_transliterator()
    excluded = {" ".join(norm(f).split()) for forms in (priors.get("exclude") or {}).values() for f in forms}
    excluded |= {norm(word) for word in calendar_words(tuple(priors.get("languages") or ("ar", "en")))}
    scores = [static_score(r, priors) for r in records]
    forms: dict[str, list[int]] = {}
    keys: dict[str, list[int]] = {}
    airports: dict[tuple[int, int], list[int]] = {}
    for index, record in enumerate(records):
        if record.direct:
            for form in clean_forms(record, excluded):
                forms.setdefault(form, []).append(index)
        for name in record.latin:
            for key in translit.latin_keys(name):
                keys.setdefault(key, []).append(index)
        if record.feature == "airport" and not math.isnan(record.lat):
            airports.setdefault((math.floor(record.lat), math.floor(record.lon)), []).append(index)
    ranked = {form: _rank(ids, scores) for form, ids in forms.items()}
    common = common_word_levels(records, ranked, priors)
    words, blocked = vocabulary(ranked, priors)
    adjectives = demonyms(records, ranked, priors)
    demonym_forms = list(adjectives)
    for form in (f for items in blockers.values() for f in items):
        ranked[" ".join(norm(form).split())] = ()
    return Gazetteer(
        names=[r.name for r in records],
        countries=[r.country for r in records],
        lats=array("d", (r.lat for r in records)),
        lons=array("d", (r.lon for r in records)),
        features=[r.feature for r in records],
        geonames_ids=array("q", (r.geonames_id for r in records)),
        populations=array("q", (r.population for r in records)),
        forms=ranked,
        keys={key: _rank(ids, scores) for key, ids in keys.items()},
        airports={cell: tuple(ids) for cell, ids in airports.items()},
        automaton=make_automaton([*ranked, *demonym_forms], contractions()),
        common=common,
        words=words,
        blocked=blocked,
        demonyms=adjectives,
        fingerprint=fingerprint(),
        base=base,
    )


def common_word_levels(
    records: list[PlaceRecord], ranked: dict[str, tuple[int, ...]], priors: dict[str, Any]
) -> dict[str, int]:
    """One-word forms that are also frequent words (wordfreq): 1 = ambiguous, 2 = a place only
    after a place noun.

    Without the optional ``wordfreq`` package nothing is flagged (the curated lists still apply).
    """
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # optional: the curated ambiguous list still applies
        warnings.warn("wordfreq is not installed: place names that are common words are not flagged")
        return {}
    spec = priors["common_words"]
    norm = default_normalizer().string
    script = language_script(spec["language"])
    variants = _Variants(spec["spellings"])
    spellings: dict[str, set[str]] = {}
    for record in records:
        for raw in record.forms:
            form = " ".join(norm(raw).split())
            if form in ranked:
                spellings.setdefault(form, set()).update(variants(raw))
    for form in list(spellings):
        spellings[form] |= variants(form)
    levels = {}
    for form, ids in ranked.items():
        if not ids or " " in form or default_scripts().of(form) != script:
            continue
        top = records[ids[0]]
        if top.feature != "city":
            continue
        zipf = max(zipf_frequency(s, spec["language"]) for s in spellings.get(form, {form}))
        expected = spec["base"] + spec["slope"] * math.log10(top.population + 1) + spec["margin"]
        if top.population >= spec["big"]:
            if zipf >= spec["noun_only"]:
                levels[form] = 2
        elif zipf > expected:
            levels[form] = 2 if zipf >= min(spec["noun_only"], expected + spec["noun_only_margin"]) else 1
    return levels


def vocabulary(
    ranked: dict[str, tuple[int, ...]], priors: dict[str, Any]
) -> tuple[frozenset[str], frozenset[str]]:
    """The most frequent words of the language (never looked up by transliteration) and the
    "clitic|name" splits of those that look like proclitic + place name but are words of their
    own ("ولاية" is not و + Lae). Empty without the optional ``wordfreq`` package."""
    try:
        from wordfreq import top_n_list, zipf_frequency
    except ImportError:
        return frozenset(), frozenset()
    spec = priors["common_words"]
    norm = default_normalizer().string
    clitics = [
        norm(c)
        for c in load_yaml("places/cues.yaml")["languages"].get(spec["language"], {}).get("proclitics", [])
    ]
    language = spec["language"]
    variants = _Variants(spec["spellings"])
    top = top_n_list(language, int(spec["vocabulary"]))
    best = lambda spellings: max(zipf_frequency(v, language) for v in spellings)
    blocked = set()
    for word in top:
        token = norm(word)
        for clitic in (c for c in clitics if c and token.startswith(c)):
            rest, raw_rest = token[len(clitic) :], word[len(clitic) :]
            if ranked.get(rest):
                word_zipf = best(variants(word) | variants(token))
                rest_zipf = best(variants(raw_rest) | variants(rest))
                if word_zipf >= rest_zipf + spec["clitic_margin"]:
                    blocked.add(f"{clitic}|{rest}")
    return frozenset(norm(w) for w in top), frozenset(blocked)


class _Variants:
    """The written spellings a normalised name may stand for (priors.yaml common_words.spellings):
    alternatives of its final letter, and hamza seats on any letter after the first (or on a first
    alef)."""

    def __init__(self, spec: dict[str, Any]):
        norm = default_normalizer().string
        self.final = {k: [v] for k, v in spec.get("final", {}).items()}
        self.seats = {k: list(v) for k, v in spec.get("seats", {}).items()}
        self.first_seats = {norm(k) for k in spec.get("initial_seats", [])}

    def __call__(self, raw: str) -> set[str]:
        found = {raw}
        for other in self.final.get(raw[-1:], []):
            found.add(raw[:-1] + other)
        for variant in tuple(found):
            for index, char in enumerate(variant):
                if char in self.seats and (index > 0 or char in self.first_seats):
                    found.update(variant[:index] + seat + variant[index + 1 :] for seat in self.seats[char])
        return found


def calendar_words(languages: tuple[str, ...]) -> set[str]:
    """CLDR weekday and month names (some towns share them: "الجمعة", "الأحد")."""
    from babel import Locale
    from babel.dates import get_day_names, get_month_names

    words: set[str] = set()
    for code in languages:
        locale = Locale.parse(code)
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                words.update(get_day_names(width, context, locale).values())
                words.update(get_month_names(width, context, locale).values())
    return words


def demonyms(
    records: list[PlaceRecord], ranked: dict[str, tuple[int, ...]], priors: dict[str, Any]
) -> dict[str, str]:
    """Adjectives of nationality derived from one-word country names (cues.yaml `demonym`) → country."""
    norm = default_normalizer().string
    ambiguous = {norm(f) for forms in priors["ambiguous"].values() for f in forms}
    out: dict[str, str] = {}
    for language, spec in load_yaml("places/cues.yaml")["languages"].items():
        rule = spec.get("demonym")
        if not rule:
            continue
        script = language_script(language)
        for record in (r for r in records if r.feature == "country"):
            for raw in record.forms:
                form = norm(raw)
                if " " in form or default_scripts().of(form) != script or form in ambiguous:
                    continue
                for adjective in _derive(form, rule, norm):
                    if adjective not in ranked:
                        out.setdefault(adjective, record.country)
    return out


def _derive(form: str, rule: dict[str, Any], norm) -> set[str]:
    stem = form
    for prefix in (norm(p) for p in rule["strip_prefix"]):
        stem = stem.removeprefix(prefix)
    for suffix in (norm(s) for s in rule["strip_suffix"]):
        if stem.endswith(suffix) and len(stem) - len(suffix) >= rule["min_stem"]:
            stem = stem[: -len(suffix)]
            break
    if len(stem) < rule["min_stem"]:
        return set()
    return {norm(p) + stem + norm(s) for p in rule["add_prefix"] for s in rule["add_suffix"]}


def language_script(language: str) -> str | None:
    """Script of a language code (languages.yaml)."""
    return load_yaml("languages.yaml")["languages"].get(language)


def articles() -> tuple[str, ...]:
    """Normalised definite articles of the languages of cues.yaml."""
    norm = default_normalizer().string
    found = (norm(spec.get("article") or "") for spec in load_yaml("places/cues.yaml")["languages"].values())
    return tuple(a for a in found if a)


def contractions() -> list[tuple[str, str]]:
    """(article, contracted article) pairs of every language in cues.yaml."""
    pairs = []
    for spec in load_yaml("places/cues.yaml")["languages"].values():
        article, contracted = spec.get("article") or "", spec.get("article_contraction") or ""
        if article and contracted:
            norm = default_normalizer().string
            pairs.append((norm(article), norm(contracted)))
    return pairs


def _rank(ids: list[int], scores: list[float]) -> tuple[int, ...]:
    unique = list(dict.fromkeys(ids))
    unique.sort(key=lambda i: -scores[i])
    return tuple(unique[:MAX_CANDIDATES])

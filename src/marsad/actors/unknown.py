"""Names not in the knowledge base, reported as unlinked actors with a Latin transliteration.

Two strategies, chosen per language in ``matching.yaml`` (``unknown.strategy``):
``cues`` (a name right after a title or honorific, after a speech verb when its first or second
word is a known given name, or a chain of given names anywhere: سعد بن سعد محمد الكعبي) and ``capitals`` (a run of capitalised words that the base does not know).
Both are conservative: a wrong actor costs precision.
"""

from __future__ import annotations

import re
from typing import Any

from marsad.actors.cues import occurrences, to_norm, words_after, words_before
from marsad.actors.entities import first_names as first_names_of
from marsad.actors.kb import KnowledgeBase
from marsad.actors.link import Context, Found
from marsad.actors.matcher import CUE, FORENAME, HONORIFIC, Matcher
from marsad.actors.rules import LanguageRules, norm
from marsad.text.normalize import NormText

_SPACE_WORD = re.compile(r"\S+")
_CAPITAL = re.compile(r"[A-ZÀ-ÖØ-Þ]")


class Transliterator:
    """Arabic-script name → Latin: known words from the table, else letter by letter."""

    def __init__(self, table: dict[str, Any], joined: tuple[str, ...] = ()):
        self.joined = joined
        self.initials = _letter_table(table.get("initials"))
        self.finals = _letter_table(table.get("finals"))
        self.words = {norm(str(k)): str(v) for k, v in (table.get("words") or {}).items()}
        self.letters = _letter_table(table.get("letters"))
        self.articles = {norm(str(k)): str(v) for k, v in (table.get("article") or {}).items()}
        self.after_consonant = _letter_table(table.get("after_consonant"))
        self.vowels = frozenset(str(v) for v in table.get("vowels") or ())

    def __call__(self, name: str) -> str:
        words, out = norm(name).split(), []
        index = 0
        while index < len(words):
            pair = words[index] + words[index + 1] if index + 1 < len(words) else ""
            if words[index] in self.joined and pair in self.words:
                out.append(self.words[pair])
                index += 2
                continue
            out.append(self.word(words[index]))
            index += 1
        return " ".join(out)

    def word(self, word: str) -> str:
        if word in self.words:
            return self.words[word]
        for article, latin in self.articles.items():
            if word.startswith(article) and len(word) > len(article) + 1:
                rest = word[len(article):]
                return latin + (self.words.get(rest) or self._letters(rest))
        return self._letters(word)

    def _letters(self, word: str) -> str:
        out, previous_vowel = [], True
        last = len(word) - 1
        for position, char in enumerate(word):
            table = self.initials if position == 0 else self.finals if position == last else {}
            latin = table.get(char) or self.letters.get(char, char)
            if char in self.after_consonant and not previous_vowel and position > 0:
                latin = self.after_consonant[char]
            out.append(latin)
            previous_vowel = latin in self.vowels
        text = "".join(out)
        return text[:1].upper() + text[1:]


def _letter_table(spec: Any) -> dict[str, str]:
    """Letter → Latin; a letter the normaliser rewrites also answers for its normal form unless
    that form has an entry of its own (ة → ه only where ه is not listed)."""
    table = {str(k): str(v) for k, v in (spec or {}).items()}
    for letter, latin in list(table.items()):
        table.setdefault(norm(letter) or letter, latin)
    return table


class UnknownNames:
    """Find likely names that no hit covers."""

    def __init__(self, kb: KnowledgeBase, matcher: Matcher, first_names=None):
        rules = kb.rules
        self.kb = kb
        self.first_names = first_names or (lambda index, lang: first_names_of(kb.entries[index], lang, kb.rules.get(lang)))
        self.rules = rules
        self.given = {lang: rules.known_words(lang) for lang in rules.languages}
        self.translit = {lang: Transliterator(t, rules.get(lang).joined_prefixes)
                         for lang, t in rules.transliteration.items()}
        self.plain = matcher.plain
        self.bound_first = {lang: tuple(r.definite_prefixes) for lang, r in rules.languages.items()}
        self.bound_rest = {lang: tuple(p for p in r.definite_prefixes if p != r.article)
                           for lang, r in rules.languages.items()}
        self.cue_languages = [lang for lang, r in rules.languages.items() if r.unknown.get("strategy") == "cues"]
        self.run_patterns = {lang: _run_pattern(r) for lang, r in rules.languages.items()
                             if r.unknown.get("strategy") == "capitals"}

    def __call__(self, ctx: Context, norm_text: NormText) -> None:
        if not self.rules.options.get("unknown_names", True):
            return
        known = bytearray(len(ctx.text) + 1)  # 2: a base entry or title, 1: an adjective or agent
        strong = []
        for hit in ctx.hits:
            if hit.readings.weak:
                known[hit.word_start : hit.end] = b"\x01" * (hit.end - hit.word_start)
            elif not hit.readings.partial or hit.readings.full or len(hit.readings.partial) < len(hit.payloads):
                # an unresolved surname does not end a name
                strong.append((hit.word_start, hit.end))
        strong += [(f.start, f.end) for f in ctx.found if f.key is not None]
        for start, end in strong:
            known[start:end] = b"\x02" * (end - start)
        for lang in self.cue_languages:
            self._by_cues(ctx, self.rules.get(lang), known)
        for lang, pattern in self.run_patterns.items():
            self._by_capitals(ctx, norm_text, self.rules.get(lang), pattern, known)
        self._surnames(ctx)

    # --- cue words (Arabic) -------------------------------------------------------------------

    def _by_cues(self, ctx: Context, rules: LanguageRules, known: bytearray) -> None:
        """Names after titles, honorifics and speech verbs, then chains of given names that begin
        outside every name found so far."""
        starts = [(end, False, False) for end in ctx.title_ends]
        chains = []
        for hit in ctx.cues:
            cue = hit.readings.firsts.get(HONORIFIC) or hit.readings.firsts.get(CUE)
            if cue is not None and cue.lang == rules.lang:
                end = hit.end + 1 if ctx.text[hit.end : hit.end + 1] == "." else hit.end
                starts.append((end, cue.kind == HONORIFIC, False))
            elif FORENAME in hit.readings.firsts and hit.readings.firsts[FORENAME].lang == rules.lang:
                chains.append((hit.start, False, True))
        taken: list[tuple[int, int]] = []
        for start, strong, chain in starts + chains:
            if chain and any(s <= start < e for s, e in taken):
                continue
            span = self._name_after(ctx.text, start, rules, known, strong, chain)
            if span is not None:
                taken.append(span)
            if span is not None and not self._known_person(ctx, span, rules):
                surface = ctx.text[span[0] : span[1]]
                name = self.translit[rules.lang](surface) if rules.lang in self.translit else surface
                if len(name.split()) >= int(rules.unknown.get("min_words", 2)):  # not "عبد الله" alone
                    self._add(ctx, span, rules.lang, "PERSON", name)
                    self._nickname(ctx, span[1], rules, known)

    def _nickname(self, ctx: Context, end: int, rules: LanguageRules, known: bytearray) -> None:
        """A name after a nickname cue right after an unknown name ("…، المعروف بلقب حسن الغل") is
        another name of that person."""
        rest = ctx.text[end : end + 40].lstrip(" ،,")
        cue = next((c for c in rules.unknown.get("nickname_cues", ()) if rest.startswith(c + " ")), None)
        if cue is None:
            return
        start = end + ctx.text[end : end + 40].index(rest[:1]) + len(cue) + 1
        span = self._name_after(ctx.text, start, rules, known, True)
        if span is not None:
            person = ctx.found[-1]
            ctx.found.append(Found(span[0], span[1], span[0], person.key, "alias", type=person.type,
                                   name=person.name, lang=person.lang))

    def _known_person(self, ctx: Context, span: tuple[int, int], rules: LanguageRules) -> bool:
        """A name ending in a known surname and starting with that person's given name is the person
        (عادل بن أحمد الجبير for عادل الجبير): link it instead of reporting an unknown name."""
        first = ctx.text[span[0] : span[1]].split()[0]
        for hit in ctx.hits:
            if span[0] < hit.start < span[1] and hit.end <= span[1]:
                for payload in hit.payloads:
                    entry = self.kb.entries[payload.ref] if payload.partial else None
                    if entry is not None and first in self.first_names(payload.ref, rules.lang):
                        ctx.found.append(Found(span[0], span[1], span[0], entry.id, "name", lang=rules.lang))
                        return True
        return False

    def _name_after(self, text: str, pos: int, rules: LanguageRules, known: bytearray,
                    strong: bool, chain: bool = False) -> tuple[int, int] | None:
        """The name at ``pos``: words up to punctuation, a stop word, a known name or a family name
        (with the article; in a chain, any word that is not a given name, or two with the article:
        الشريان الكعبي). Without an honorific its first or second name must be a known given name."""
        stop, given = rules.unknown["stop"], self.given.get(rules.lang, frozenset())
        limit = int(rules.unknown.get("chain_max_words" if chain else "max_words", 4))
        words: list[tuple[int, int]] = []
        last, families = pos, 0
        for match in _SPACE_WORD.finditer(text, pos, min(len(text), pos + 160)):
            raw = match.group()
            word = raw.rstrip(_PUNCT)
            previous = text[words[-1][0] : words[-1][1]] if words else ""
            tied = previous in rules.joined_prefixes or chain and previous in rules.name_particles  # عبد الله, بن مساعد
            if text[last : match.start()].strip() or not (tied and word.isalpha()
                                                          or self._name_word(word, rules, not words, stop)):
                break
            if any(known[match.start() : match.start() + len(word)]):
                break
            words.append((match.start(), match.start() + len(word)))
            last = match.end()
            definite = bool(rules.article) and word.startswith(rules.article)
            if len(words) > 1 and not tied and (definite or chain and word not in given | rules.name_particles
                                                and word not in rules.joined_prefixes):
                families += 1
            if len(word) < len(raw) or len(words) >= limit or families >= (2 if chain else 1):
                break  # a family name with the article (الجبوري) ends a name
            if families and not (definite and text[match.end() : match.end() + 4].lstrip().startswith(rules.article)):
                break  # in a chain, only a second family name with the article may follow
        while words and text[words[-1][0] : words[-1][1]] in rules.name_particles | set(rules.joined_prefixes):
            words.pop()  # "فيصل بن" before a known name: the particle is not the end of a name
        if chain and families and words and self._not_family(text[words[-1][0] : words[-1][1]], rules):
            words.pop()  # "محمد محمود يمكنك", "… ملكا": a verb or an accusative ends the chain before it
        units = self._units([text[s:e] for s, e in words], rules)
        if len(words) < int(rules.unknown.get("min_words", 2)) or chain and not self._chain(units, rules):
            return None
        if not strong and units[0] not in given and not (len(units) > 1 and units[1] in given):
            return None
        return words[0][0], words[-1][1]

    @staticmethod
    def _not_family(word: str, rules: LanguageRules) -> bool:
        """A word without the article that has the shape of a verb or an indefinite accusative
        (``chain_end_not`` of matching.yaml) and cannot end a chain of names."""
        if rules.article and word.startswith(rules.article):
            return False
        shape = rules.unknown.get("chain_end_not") or {}
        return word.startswith(tuple(shape.get("prefixes") or ())) and len(word) > 3 \
            or word.endswith(tuple(shape.get("suffixes") or ()))

    def _chain(self, units: list[str], rules: LanguageRules) -> bool:
        """A chain of names without a cue: two known given names (حامد حمد حامد العلي), or a
        particle and a family name with the article (خالد بن مساعد السهلي), in three names or more."""
        given = self.given.get(rules.lang, frozenset())
        if len(units) < 3:
            return False
        if sum(unit in given and unit not in rules.name_particles for unit in units) >= 2:
            return True
        return any(u in rules.name_particles for u in units) and bool(rules.article) \
            and units[-1].startswith(rules.article) and len(units) >= 4

    @staticmethod
    def _units(words: list[str], rules: LanguageRules) -> list[str]:
        """Name words with a joined prefix written apart put together (عبد اللطيف → عبداللطيف)."""
        units: list[str] = []
        for word in words:
            if units and units[-1] in rules.joined_prefixes:
                units[-1] += word
            else:
                units.append(word)
        return units

    def _name_word(self, word: str, rules: LanguageRules, first: bool, stop: frozenset[str]) -> bool:
        """Can this word be part of a name? Not a function word, not a word with a preposition or
        conjunction in front ("بالتقصير", "وجهوده"); the first not even with the article."""
        if first and word in rules.name_particles and word not in rules.joined_prefixes:
            return False  # "بن عبد الله" is the end of someone's name (a kunya, أبو سمرة, is not)
        if not word.isalpha() or word in stop or word in self.given.get(rules.lang, ()):
            return word.isalpha() and word not in stop
        prefixes = self.bound_first[rules.lang] if first else self.bound_rest[rules.lang]
        if prefixes and word.startswith(prefixes) and len(word) > 4:
            return False
        return not (len(word) > 3 and word[0] in rules.conjunctions and not first)

    # --- capitalised runs (English) -----------------------------------------------------------

    def _by_capitals(self, ctx: Context, norm_text: NormText, rules: LanguageRules,
                     pattern: re.Pattern[str], known: bytearray) -> None:
        """Capitalised runs (found on the original text, then mapped to the normalised view): an
        organisation when the last word is an organisation head, a person only after a title, an
        honorific or a speech verb, or before a speech verb."""
        unknown = rules.unknown
        stop, connectors = unknown["stop"], unknown["connectors"]
        original = norm_text.original
        if not _CAPITAL.search(original):
            return
        for match in pattern.finditer(original):
            if match.start() and original[match.start() - 1] in "@#/.":
                continue  # a handle, a hashtag, a path
            spans = [(to_norm(norm_text, m.start()), to_norm(norm_text, m.end()))
                     for m in _SPACE_WORD.finditer(norm_text.original, *match.span())]
            if _sentence_start(ctx.text, spans[0][0]) and len(spans) > 2 and ctx.text[slice(*spans[1])] in connectors:
                spans = spans[1:]  # "Jets of the Russian Air Force": a capitalised first word of a sentence
            while spans and ctx.text[slice(*spans[0])] in stop | connectors:
                spans = spans[1:]
            while spans and ctx.text[slice(*spans[-1])] in connectors:
                spans = spans[:-1]
            words = [ctx.text[s:e] for s, e in spans]
            names = [w for w in words if w not in connectors]
            if not int(unknown.get("min_words", 2)) <= len(names) <= int(unknown.get("max_words", 5)):
                continue
            start, end = spans[0][0], spans[-1][1]
            if any(w in stop for w in names) or words[-1] in unknown["place_heads"] or 2 in known[start:end] \
                    or all(known[s] for s, e in spans if ctx.text[s:e] not in connectors) \
                    or self._place_before(ctx.text, start, rules):
                continue
            if words[-1] in unknown["org_heads"]:
                kind = "ORG"
            elif self._speaker_context(ctx, start, end, rules):
                kind = "PERSON"
            else:
                continue
            begin, finish = norm_text.span(start, end)
            self._add(ctx, (start, end), rules.lang, kind, norm_text.original[begin:finish])

    @staticmethod
    def _speaker_context(ctx: Context, start: int, end: int, rules: LanguageRules) -> bool:
        """A title, honorific or speech verb right before the name, or a speech verb right after."""
        before, after = words_before(ctx.text, start, 1), words_after(ctx.text, end, 1)
        cues = rules.unknown["cues_before"] | rules.unknown["honorifics"]
        if before and before[-1] in cues or after and after[0] in rules.unknown["cues_after"]:
            return True
        return any(0 <= start - stop <= 2 for stop in ctx.title_ends)

    @staticmethod
    def _place_before(text: str, start: int, rules: LanguageRules) -> bool:
        """A place word right before, or before a determiner and one more word ("in the occupied")."""
        before = words_before(text, start, 3)
        if before and (before[-1] in rules.place_before or " ".join(before[-2:]) in rules.place_before):
            return True
        return len(before) == 3 and before[1] in rules.determiners and before[0] in rules.place_before

    # --- output ---------------------------------------------------------------------------------

    @staticmethod
    def _add(ctx: Context, span: tuple[int, int], lang: str, kind: str, name: str) -> None:
        """Record an unlinked name; one sharing the first and last words of an earlier one
        (خالد بحاح after خالد محفوظ بحاح) is the same actor."""
        words = ctx.text[span[0] : span[1]].split()
        key = "unlinked:" + norm(name)
        for found in ctx.found:
            if found.key and found.key.startswith("unlinked:") and found.type == kind and found.role == "name":
                earlier = ctx.text[found.start : found.end].split()
                if earlier[-1] == words[-1] and earlier[0] == words[0]:
                    key, name = found.key, found.name or name
                    break
        ctx.found.append(Found(span[0], span[1], span[0], key, "name", type=kind, name=name, lang=lang))

    def _surnames(self, ctx: Context) -> None:
        """A later lone surname of an unlinked name (الكعبي after سعد ... الكعبي) is the same actor."""
        for found in [f for f in ctx.found if f.key and f.key.startswith("unlinked:") and f.type == "PERSON"]:
            words = ctx.text[found.start : found.end].split()
            surname, rules = words[-1], self.rules.get(found.lang or "")
            if len(surname) < 4 or surname in self.given.get(found.lang or "", ()) or surname in rules.unknown["stop"] \
                    or words[-2] in rules.joined_prefixes or words[-2] in rules.name_particles:
                continue
            for start, end, outer in occurrences(ctx.text, surname, self.plain, found.end):
                if not any(f.start < end and start < f.end for f in ctx.found):
                    ctx.found.append(Found(start, end, outer, found.key, "alias", type=found.type,
                                           name=found.name, lang=found.lang))


_PUNCT = ".،,:;!?()[]\"«»؛؟/\\|"


def _sentence_start(text: str, position: int) -> bool:
    before = text[max(0, position - 3) : position].rstrip(" ")
    return not before or before[-1] in ".!?\n:\"“"


def _run_pattern(rules: LanguageRules) -> re.Pattern[str]:
    connectors = "|".join(sorted((re.escape(c) for c in rules.unknown["connectors"]), key=len, reverse=True))
    cap = r"[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’]*(?:-[A-Za-zÀ-ÖØ-öø-ÿ'’]+)*"
    token = rf"(?:(?:{connectors})-)?{cap}" if connectors else cap
    joiner = rf" (?:(?:{connectors}) )*" if connectors else " "
    return re.compile(rf"\b{token}(?:{joiner}{token})*(?![\w@])")

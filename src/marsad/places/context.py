"""Read the words around each mention: locative cues, actor cues, place nouns, facilities, lists,
ranges ("من X إلى Y"), distances ("على بعد 50 كيلومتراً من X") and qualifiers ("X (جنوب Y)").

Results go into ``mention.info``:
    locative   why the mention is a place (cue phrase, clitic, list, range, dateline) or absent
    source     a "from X" cue: locative for towns and regions, not for states and capitals
    actor_cue  a cue that keeps a state or capital an actor
    drop       why the match is not a place name at all (part of an organisation or person name)
    noun       the place noun before it ("مدينة"), facility kind in ``mention.facility``
    km         an "X km from" cue before it
    anchor     the following mention it is measured from ("X ... 50 km from Y", "X near Y")
    qualifier  a following mention that qualifies it ("X، Y" / "X (Y)")
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from marsad.places.cues import CueSet, words_before
from marsad.places.scan import Mention

_GAP_PUNCT = re.compile(r"[\s،,()\-–—]+")


def _bare(clitic: str, cues: CueSet) -> str:
    """The clitic without a leading conjunction ("وب" → "ب")."""
    for coordinator in cues.coordinators:
        if coordinator and clitic.startswith(coordinator):
            return clitic[len(coordinator) :]
    return clitic


class ContextReader:
    """Applies the cues of each mention's script to the mentions of one text."""

    def __init__(self, cues: dict[str, CueSet]):
        self.cues = cues
        self.empty = CueSet()

    def read(self, text: str, mentions: list[Mention], is_dateline: Callable[[Mention], bool]) -> None:
        previous: Mention | None = None
        for index, mention in enumerate(mentions):
            cues = self.cues.get(mention.script, self.empty)
            self._before(text, mention, cues)
            self._clitic(mention, cues)
            self._facility_after(text, mention, cues)
            self._distance(text, mention, cues, index)
            if previous is not None and self._listed(text, previous, mention, cues):
                mention.info.setdefault("locative", previous.info.get("locative") and "list")
                if previous.info.get("noun") and not mention.info.get("noun"):
                    mention.info["noun"] = previous.info["noun"]
            if is_dateline(mention):
                mention.info["locative"] = "dateline"
            previous = mention
        self._ranges(text, mentions)
        self._qualifiers(text, mentions)

    def _before(self, text: str, mention: Mention, cues: CueSet) -> None:
        if mention.how == "translit":
            mention.info["locative"] = mention.info.get("cue")
        if self._quoted(text, mention, cues):
            mention.info["drop"] = "quoted"
            return
        if mention.form in cues.phrases:
            mention.info["drop"] = "cue word"
            return
        phrase, categories, begin = cues.phrase_before(words_before(text, mention.word_start))
        if not phrase:
            return
        mention.info["cue"] = phrase
        if "not_place_before" in categories:
            mention.info["drop"] = phrase
        elif "actor_before" in categories:
            mention.info["actor_cue"] = phrase
        elif categories & {"locative_before", "near_before", "directions", "place_nouns"} or (
            "motion_before" in categories and _bare(mention.clitic, cues)
        ):
            mention.info["locative"] = phrase
        if "source_before" in categories and "locative" not in mention.info:
            mention.info["source"] = phrase
        if "range_from" in categories:
            mention.info["range_from"] = True
        if "place_nouns" in categories:
            mention.info["noun"] = phrase
            kind = cues.facilities.get(phrase)
            if kind:
                self._facility(text, mention, cues, kind, begin)
        if "near_before" in categories:
            mention.info["near_before"] = True

    def _facility(self, text: str, mention: Mention, cues: CueSet, kind: str, begin: int) -> None:
        mention.facility = kind
        mention.cue_start = begin
        mention.info["name_start"], mention.info["name_end"] = mention.start, mention.end
        follow = re.match(r"\s+([^\W\d_]+)", text[mention.end : mention.end + 30])
        if follow and follow.group(1) in cues.facility_suffix:
            mention.end += follow.end()

    def _facility_after(self, text: str, mention: Mention, cues: CueSet) -> None:
        if not cues.facility_after:
            return
        follow = re.match(r"\s+([^\W\d_]+(?:\s[^\W\d_]+)?)", text[mention.end : mention.end + 30])
        if not follow or mention.facility:
            return
        for size in (2, 1):
            words = " ".join(follow.group(1).split()[:size])
            kind = cues.facility_after.get(words)
            if kind:
                mention.facility = kind
                mention.cue_start = mention.span_start
                mention.info["name_start"], mention.info["name_end"] = mention.start, mention.end
                mention.end += follow.start(1) + len(words)
                mention.info.setdefault("locative", words)
                return

    def _clitic(self, mention: Mention, cues: CueSet) -> None:
        clitic = _bare(mention.clitic, cues)
        if clitic and clitic in cues.locative_clitics and not mention.info.get("actor_cue"):
            mention.info.setdefault("locative", clitic)

    def _distance(self, text: str, mention: Mention, cues: CueSet, index: int) -> None:
        window = text[max(0, mention.word_start - 80) : mention.word_start]
        for pattern in cues.distance:
            match = pattern.search(window)
            if match:
                mention.info["km"] = float(match.group("km").replace(",", "."))
                mention.info["locative"] = "distance"
                return

    def _listed(self, text: str, previous: Mention, mention: Mention, cues: CueSet) -> bool:
        """Whether ``mention`` continues a list started by ``previous`` ("في سوريا وباكستان")."""
        gap = text[previous.end : mention.word_start]
        if len(gap) > 12:
            return False
        words = [w for w in re.split(r"[\s" + re.escape(cues.separators) + "]+", gap) if w]
        joined = mention.clitic != _bare(mention.clitic, cues)
        return (not words and (joined or bool(gap.strip()))) or (
            len(words) == 1 and words[0] in cues.coordinators
        )

    def _ranges(self, text: str, mentions: list[Mention]) -> None:
        """ "من X إلى Y": both ends are places."""
        for first, second in pairwise(mentions):
            if not first.info.get("range_from"):
                continue
            cues = self.cues.get(first.script, self.empty)
            words = [w for w in re.split(r"\s+", text[first.end : second.word_start]) if w]
            if len(words) == 1 and words[0] in cues.range_to:
                first.info["locative"] = second.info["locative"] = "range"

    def _qualifiers(self, text: str, mentions: list[Mention]) -> None:
        """ "X، Y" / "X (جنوب Y)": Y qualifies X; "X قرب Y" / "X على بعد N كم من Y": X is measured from Y."""
        for first, second in pairwise(mentions):
            cues = self.cues.get(first.script, self.empty)
            gap = text[first.end : second.word_start]
            rest = [w for w in _GAP_PUNCT.split(gap) if w]
            short = _GAP_PUNCT.fullmatch(gap) or (len(rest) == 1 and rest[0] in cues.directions)
            if len(gap) < 20 and short and any(ch in gap for ch in "،,("):
                first.info["qualifier"] = second
            measured = second.info.get("near_before") or "km" in second.info
            if measured and len(gap) <= 120 and not any(ch in gap for ch in ".!?؟\n"):
                first.info["anchor"] = second

    @staticmethod
    def _quoted(text: str, mention: Mention, cues: CueSet) -> bool:
        before = text[mention.word_start - 1 : mention.word_start] if mention.word_start else ""
        after = text[mention.end : mention.end + 1]
        return bool(before) and bool(after) and before in cues.quote_open and after in cues.quote_close

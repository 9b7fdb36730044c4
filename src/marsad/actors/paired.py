"""Forms that name an entry only in context (see FORMAT.md).

*Paired forms*: ``صالح`` alone is a common given name, but joined by a conjunction to the Houthis
("ميليشيات الحوثي وصالح", "صالح والحوثيين") it is Ali Abdullah Saleh. An entry lists such forms
under ``paired`` (``with``: the partner ids; a list of forms per language).

*Main-state forms*: "الجيش الوطني" (the national army) is Yemen's army in an article about Yemen
and Haftar's in one about Libya. An entry lists such forms under ``main_state``: they name it
when its country is the state the document names most often.
"""

from __future__ import annotations

from typing import NamedTuple

from marsad.actors.cues import occurrences
from marsad.actors.home import most_mentioned_state
from marsad.actors.kb import KnowledgeBase
from marsad.actors.link import Context, Found, Linker
from marsad.actors.rules import LanguageRules, norm


class PairedForm(NamedTuple):
    form: str  # normalised
    lang: str
    key: str
    partners: frozenset[str]


def paired_forms(kb: KnowledgeBase) -> list[PairedForm]:
    """Every paired form of the base (entries whose ``paired`` has partners)."""
    found = []
    for entry in kb.entries:
        spec = entry.paired
        partners = frozenset(spec.get("with", ()))
        for lang, forms in spec.items():
            if lang != "with" and partners and lang in kb.rules.languages:
                found += [PairedForm(norm(f), lang, entry.id, partners) for f in forms if norm(f)]
    return found


def link_paired(kb: KnowledgeBase, forms: list[PairedForm], ctx: Context) -> None:
    """Link each paired form joined by a conjunction to a mention of one of its partners, right
    after it ("الحوثي وصالح") or right before it ("صالح والحوثيين")."""
    if not forms:
        return
    for item in forms:
        rules = kb.rules.get(item.lang)
        if item.form not in ctx.text:
            continue
        partners = [f for f in ctx.found if f.key in item.partners]
        if not partners:
            continue
        for start, end, outer in list(occurrences(ctx.text, item.form, rules.plain_prefixes)):
            if any(f.start < end and start < f.end for f in ctx.found):
                continue
            prefix = ctx.text[outer:start]
            after = any(prefix[:1] in rules.conjunctions and not ctx.text[f.end : outer].strip()
                        for f in partners if f.end <= outer)
            before = any(f.outer > end and f.start > f.outer and not ctx.text[end : f.outer].strip()
                         and ctx.text[f.outer : f.outer + 1] in rules.conjunctions for f in partners)
            if after or before:
                ctx.found.append(Found(start, end, outer, item.key, "alias", lang=item.lang))


def main_state_forms(kb: KnowledgeBase) -> dict[str, list[PairedForm]]:
    """Country code → the main-state forms of its entries (``partners`` is empty)."""
    found: dict[str, list[PairedForm]] = {}
    for entry in kb.entries:
        for lang, forms in entry.main_state.items():
            if entry.country and lang in kb.rules.languages:
                found.setdefault(entry.country, []).extend(
                    PairedForm(norm(f), lang, entry.id, frozenset()) for f in forms if norm(f))
    return found


def link_main_state(linker: Linker, forms: dict[str, list[PairedForm]], ctx: Context) -> None:
    """Link the main-state forms of the state the document names most often, where no other
    mention lies."""
    rules_of = linker.kb.rules.get
    if not any(_probe(item.form, rules_of(item.lang)) in ctx.text for items in forms.values() for item in items):
        return
    state = linker.kb.get(most_mentioned_state(linker, ctx) or "")
    for item in forms.get(state.country if state else "", ()):
        core, prefixes = _core(item.form, rules_of(item.lang))
        for start, end, outer in list(occurrences(ctx.text, core, prefixes)):
            drop, hidden = linker.prefix_drop(ctx.text[outer:start], item.lang)
            overlapping = [f for f in ctx.found if f.start < end and outer < f.end]
            if all(f.key is None and f.role == "agent" for f in overlapping):  # a generic agent gives way
                ctx.found[:] = [f for f in ctx.found if not any(f is o for o in overlapping)]
                ctx.found.append(Found(outer + drop, end, outer, item.key, "alias", hidden=hidden, lang=item.lang))


def _core(form: str, rules: LanguageRules) -> tuple[str, frozenset[str]]:
    """A form without its article, and the proclitics it may then take."""
    if rules.article and form.startswith(rules.article):
        return form[len(rules.article):], rules.definite_prefixes
    return form, rules.plain_prefixes


def _probe(form: str, rules: LanguageRules) -> str:
    """A part of a form that stands in the text wherever the form does, with any proclitic: its
    last word (without the article when it is the only one)."""
    return form.rsplit(" ", 1)[-1] if " " in form else _core(form, rules)[0]

"""RSS and Atom feeds."""

from __future__ import annotations

import shutil
from datetime import date


def test_rss_entries(read, fixtures):
    path = fixtures / "feed.rss"
    documents, failures = read(path)
    assert [d.id for d in documents] == ["wire-budget-1", "https://wire.example.net/ar/trade"]
    budget, trade = documents
    assert budget.text == (
        "Parliament passed the annual budget late on Tuesday after a long debate.\n"
        "The opposition voted against it."
    )
    assert budget.title == "Parliament passes budget"
    assert (budget.url, budget.source) == ("https://wire.example.net/budget", "Example Wire")
    # the date as the feed gives it (late evening at -05:00), not shifted to UTC
    assert (budget.published, budget.published_from) == (date(2024, 3, 5), "metadata")
    assert budget.meta["tags"] == ["politics"] and "Wire Desk" in budget.meta["author"]
    assert budget.origin == f"{path}[0]"
    assert trade.text == "بحث وفدان تجاريان سبل زيادة التبادل التجاري بين البلدين."
    assert [(f.origin, f.reason) for f in failures] == [(f"{path}[2]", "empty article text")]


def test_atom_content_preferred_and_updated_date(read, fixtures):
    documents, failures = read(fixtures / "feed.atom")
    assert failures == []
    storm, ferry = documents
    assert storm.title == "Storm closes schools"
    assert storm.text == (
        "Schools in the northern district closed on Thursday because of a storm.\n"
        "They are expected to reopen on Sunday."
    )
    assert (storm.id, storm.url) == ("urn:example:storm", "https://atom.example.org/storm")
    assert storm.published == date(2024, 3, 7)
    assert ferry.text == "The ferry service added a second daily crossing."
    assert ferry.published == date(2024, 3, 8)


def test_xml_extension_is_sniffed_by_root(read, tmp_path, fixtures):
    feed = tmp_path / "export.xml"
    shutil.copy(fixtures / "feed.atom", feed)
    other = tmp_path / "config.xml"
    other.write_text('<?xml version="1.0"?>\n<!-- settings -->\n<settings><a>1</a></settings>')
    documents, failures = read(feed, other)
    assert [d.id for d in documents] == ["urn:example:storm", "urn:example:updated"]
    assert [(f.origin, f.reason) for f in failures] == [
        (str(other), "unsupported XML document (root <settings>); expected RSS or Atom")
    ]


def test_malformed_and_empty_feeds(read, tmp_path):
    broken = tmp_path / "broken.rss"
    broken.write_text('<rss version="2.0"><channel><title>Cut off</title></chan')
    empty = tmp_path / "empty.rss"
    empty.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title></channel></rss>')
    documents, failures = read(broken, empty)
    assert documents == []
    assert failures[0].origin == str(broken)
    assert failures[0].reason.startswith("malformed feed (") and "unclosed token" in failures[0].reason
    assert (failures[1].origin, failures[1].reason) == (str(empty), "feed has no entries")

"""HTML pages: main text and metadata via trafilatura, with embedded social posts kept.

An embedded post (``<blockquote class="twitter-tweet">``) becomes two lines of the
text: the post itself, then ``— Author (@handle) Month D, YYYY``, the layout the
segmenter recognises as a post with its signature.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from copy import deepcopy
from typing import Any

import lxml.html
from lxml import etree

from marsad.errors import Failure, InputError
from marsad.ingest.decode import declared_charset, decode
from marsad.ingest.records import make_document, parse_date
from marsad.ingest.source import Item, Options, Source
from marsad.model import Document

_POSTS = etree.XPath(
    "//blockquote[contains(concat(' ', normalize-space(@class), ' '), ' twitter-tweet ')]"
)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_SPACE = re.compile(r"\s+")
_DASHES = "—–-"
_BLOCKS = frozenset(
    "p div br li ul ol dd dt h1 h2 h3 h4 h5 h6 blockquote pre hr tr table section article".split()
    + ["header", "footer"]
)
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def read_html(source: Source, options: Options) -> Iterator[Item]:
    """One page, one Document; id is the file stem."""
    data = source.read(options.max_bytes)
    markup, codec = decode(data, source.origin, options.encoding, declared_charset(data))
    meta = {"encoding": codec} if codec != "utf-8" else {}
    yield html_document(markup, source, options, doc_id=source.stem, meta=meta)


def parse_html(markup: str, origin: str) -> Any:
    """An lxml tree of the page, or InputError when there is none."""
    try:
        return lxml.html.document_fromstring(_XML_DECLARATION.sub("", markup, count=1))
    except (etree.ParserError, ValueError) as error:
        raise InputError(origin, f"no HTML content ({error})") from None


def html_document(
    markup: str, source: Source, options: Options, *, doc_id: str, origin: str | None = None,
    url: str | None = None, meta: dict[str, Any] | None = None,
) -> Document | Failure:
    """Extract a page's article text and metadata into a Document."""
    import trafilatura

    origin = origin or source.origin
    tree = parse_html(markup, origin)
    mark_posts(tree)
    found = trafilatura.bare_extraction(
        tree, url=url, favor_recall=True, include_comments=False, with_metadata=True,
        date_extraction_params=_DATE_PARAMS,
    )
    if found is None or not (found.text or "").strip():
        return Failure(origin, "no article text found in the HTML")
    meta = dict(meta or {})
    meta.update(author=found.author, hostname=found.hostname, description=found.description)
    return make_document(
        source, options, id=doc_id, text=found.text, origin=origin, published=parse_date(found.date),
        url=found.url or url, source=found.sitename or found.hostname, title=found.title, meta=meta,
    )


def mark_posts(tree: Any) -> int:
    """Replace each embedded post by two paragraphs (text, signature); returns how many."""
    count = 0
    for quote in _POSTS(tree):
        lines = post_lines(quote)
        if not lines:
            continue
        block = lxml.html.Element("div")
        for line in lines:
            paragraph = etree.SubElement(block, "p")
            paragraph.text = line
        block.tail = quote.tail
        quote.getparent().replace(quote, block)
        count += 1
    return count


def post_lines(quote: Any) -> list[str]:
    """The post text on one line and the ``— Author (@handle) date`` signature line."""
    quote = deepcopy(quote)
    quote.tail = None
    for br in quote.iter("br"):
        br.tail = " " + (br.tail or "")
    paragraphs = quote.findall(".//p")
    body = " ".join(_collapse(p.text_content()) for p in paragraphs)
    for paragraph in paragraphs:
        paragraph.drop_tree()
    signature = _collapse(quote.text_content())
    if signature and signature[0] not in _DASHES:
        signature = f"— {signature}"
    return [line for line in (body.strip(), signature) if line]


def _collapse(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def html_to_text(markup: str) -> str:
    """Visible text of an HTML fragment, one line per block element."""
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return markup
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    mark_posts(root)
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCKS:
            element.text = "\n" + (element.text or "")
            element.tail = "\n" + (element.tail or "")
    lines = (_collapse(line) for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)

"""Choosing a reader: by extension, else by sniffing the content."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator

from marsad.errors import InputError
from marsad.ingest.archive import CORRUPT, gunzip, read_gzip, read_zip
from marsad.ingest.decode import bom_encoding, check_binary, decode
from marsad.ingest.feed import read_feed
from marsad.ingest.html import read_html
from marsad.ingest.jsonfile import read_json
from marsad.ingest.jsonl import read_jsonl
from marsad.ingest.records import TEXT_KEYS
from marsad.ingest.source import Item, Options, Source, extension
from marsad.ingest.text import read_text
from marsad.ingest.warc import read_warc

Reader = Callable[[Source, Options], Iterator[Item]]

_PROLOG = re.compile(r"\s*(?:<\?[^>]*\?>\s*|<!--.*?-->\s*|<![^>]*>\s*)*", re.S)
_ROOT = re.compile(r"<([A-Za-z_][\w:.-]*)")
_FEED_ROOTS = frozenset({"rss", "feed", "rdf:rdf"})
_HTML_START = re.compile(
    r"\s*(?:<!doctype\s+html|<html|<head|<body|<meta|<title|<div|<p[\s>]|<article)", re.I
)


def read_xml(source: Source, options: Options) -> Iterator[Item]:
    """An ``.xml`` file: an RSS/Atom feed, or XHTML; anything else is refused."""
    root = xml_root(head_text(source.head()))
    if root in _FEED_ROOTS:
        return read_feed(source, options)
    if root == "html":
        return read_html(source, options)
    raise InputError(source.origin, f"unsupported XML document (root <{root}>); expected RSS or Atom")


READERS: dict[str, Reader] = {
    ".txt": read_text, ".text": read_text,
    ".html": read_html, ".htm": read_html, ".xhtml": read_html,
    ".json": read_json, ".jsonl": read_jsonl, ".ndjson": read_jsonl,
    ".zip": read_zip,
    ".rss": read_feed, ".atom": read_feed, ".xml": read_xml,
    ".warc": read_warc, ".warc.gz": read_warc,
    ".gz": read_gzip,
}


def read_source(source: Source, options: Options) -> Iterator[Item]:
    """Read one input with the reader its extension names, or the one its content suggests."""
    reader = READERS.get(extension(source.name)) or sniff(source, options)
    yield from reader(source, options)


def head_text(head: bytes) -> str:
    """The start of an input as text, for sniffing (undecodable bytes dropped)."""
    return head.decode(bom_encoding(head) or "utf-8", "ignore").lstrip("\ufeff \t\r\n")


def xml_root(text: str) -> str | None:
    """Lower-cased name of the first element after any XML prolog."""
    prolog = _PROLOG.match(text)
    match = _ROOT.match(text, prolog.end() if prolog else 0)
    return match.group(1).lower() if match else None


def sniff(source: Source, options: Options) -> Reader:
    """The reader for an input with an unknown extension; InputError for binary or empty input."""
    head = source.head()
    if not head:
        raise InputError(source.origin, "empty file")
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return read_zip
    if head.startswith(b"WARC/"):
        return read_warc
    if head.startswith(b"\x1f\x8b"):
        return _sniff_gzip(source)
    if head.startswith(b"%PDF-"):
        raise InputError(source.origin, "binary file (PDF); extract its text first")
    check_binary(head, source.origin)
    start = head_text(head)
    if start.startswith("<"):
        if xml_root(start) in _FEED_ROOTS:
            return read_feed
        if _HTML_START.match(start) or xml_root(start) == "html":
            return read_html
    if start.startswith(("{", "[")):
        return _sniff_json(source, options)
    return read_text


def _sniff_gzip(source: Source) -> Reader:
    try:
        with gunzip(source.open()) as stream:
            inner = stream.read(8)
    except CORRUPT + (OSError,):
        inner = b""
    return read_warc if inner.startswith(b"WARC/") else read_gzip


def _sniff_json(source: Source, options: Options) -> Reader:
    """JSON Lines when every non-blank line is an article object, JSON when it all parses, else text."""
    text, _ = decode(source.read(options.max_bytes), source.origin, options.encoding)
    lines = [line for line in text.split("\n") if line.strip()]
    if all(_is_article_line(line) for line in lines):
        return read_jsonl
    try:
        json.loads(text)
    except json.JSONDecodeError:
        return read_text
    return read_json


def _is_article_line(line: str) -> bool:
    try:
        value = json.loads(line)
    except json.JSONDecodeError:
        return False
    return isinstance(value, dict) and any(isinstance(value.get(k), str) for k in TEXT_KEYS)

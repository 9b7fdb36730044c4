"""Bytes to text: byte-order marks, declared charsets, UTF-8, ``--encoding``, then detection."""

from __future__ import annotations

import codecs
import re

from marsad.errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: single-byte encodings a detector guess is trusted for (Arabic and Latin scripts)
_DETECTABLE = frozenset(
    {"cp1256", "iso8859_6", "cp720", "cp864", "cp1252", "cp1250", "iso8859_1", "iso8859_15", "iso8859_2"}
)
_MAX_CHAOS = 0.1
#: labels browsers read as windows-1252 (WHATWG Encoding Standard)
_AS_CP1252 = frozenset({"ascii", "iso8859_1"})
_META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{1,40})", re.I)
_CONTROL = re.compile(rb"[\x01-\x08\x0e-\x1a\x1c-\x1f]")
SNIFF_BYTES = 8192


def bom_encoding(data: bytes) -> str | None:
    """The encoding a leading byte-order mark announces, if any."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def check_binary(data: bytes, origin: str) -> None:
    """Refuse bytes that are clearly not text (NUL or many control bytes near the start)."""
    if bom_encoding(data) is not None:
        return
    head = data[:SNIFF_BYTES]
    if b"\0" in head:
        raise InputError(origin, "binary file (NUL bytes in the first 8 KB)")
    if len(_CONTROL.findall(head)) > max(8, len(head) // 20):
        raise InputError(origin, "binary file (control bytes in the first 8 KB)")


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` tag near its start."""
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def codec_name(label: str | None, web: bool = False) -> str | None:
    """Python codec name for an encoding label (``web``: as browsers read it); None when unknown."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip()).name.replace("-", "_")
    except LookupError:
        return None
    return "cp1252" if web and name in _AS_CP1252 else name


def decode(
    data: bytes, origin: str, encoding: str | None = None, declared: str | None = None
) -> tuple[str, str]:
    """Decode ``data``; returns ``(text, codec)``, or raises InputError naming the first bad byte."""
    bom = bom_encoding(data)
    if bom is not None:
        try:
            return data.decode(bom), bom.replace("-sig", "")
        except UnicodeDecodeError as error:
            raise InputError(origin, f"not valid {bom} (bad bytes at offset {error.start})") from None
    check_binary(data, origin)
    declared = codec_name(declared, web=True)
    if declared and declared != "utf_8":
        text = _try(data, declared)
        if text is not None:
            return text, declared
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as error:
        bad = error.start
    if encoding:
        return _decode_as(data, origin, encoding, bad), encoding
    detected = _detect(data)
    if detected is not None:
        return detected
    raise InputError(origin, f"not valid UTF-8 (first bad byte at offset {bad}); pass --encoding")


def _try(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _decode_as(data: bytes, origin: str, encoding: str, bad: int) -> str:
    if codec_name(encoding) is None:
        raise InputError(origin, f"unknown encoding {encoding!r}")
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        reason = f"not valid UTF-8 (first bad byte at offset {bad}) nor {encoding} (offset {error.start})"
        raise InputError(origin, reason) from None


def _detect(data: bytes) -> tuple[str, str] | None:
    """A confident Arabic- or Latin-script guess from charset_normalizer, else None."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None or best.chaos > _MAX_CHAOS:
        return None
    codec = codec_name(best.encoding)
    if codec not in _DETECTABLE:
        return None
    text = _try(data, codec)
    return (text, codec) if text is not None else None

"""Pipeline components of the text stage: segmentation and language tagging."""

from __future__ import annotations

from marsad.pipeline import Component, Config, Doc
from marsad.text.langid import LanguageIdentifier
from marsad.text.segment import Segmenter


class SegmentComponent(Component):
    """Paragraphs, sentences and embedded posts."""

    name = "segmenter"
    reads = ("text",)
    writes = ("segments",)

    def __init__(self, languages: tuple[str, ...] = ("ar", "en")):
        self.segmenter = Segmenter(locales=tuple(dict.fromkeys(("en", *languages))))

    @classmethod
    def from_config(cls, config: Config) -> SegmentComponent:
        return cls(config.languages)

    def __call__(self, doc: Doc) -> None:
        doc.result.segments = self.segmenter(doc.text)


class LanguageTagger(Component):
    """Language of every segment and of the whole document."""

    name = "language"
    reads = ("segments",)
    writes = ("segments.lang", "lang")

    def __init__(self, languages: tuple[str, ...] = ("ar", "en")):
        self.identify = LanguageIdentifier(languages)

    @classmethod
    def from_config(cls, config: Config) -> LanguageTagger:
        return cls(config.languages)

    def __call__(self, doc: Doc) -> None:
        text = doc.text
        segments = doc.result.segments
        for segment in segments:
            segment.lang = self.identify(text[segment.start : segment.end])
        blocks = [(s.lang, s.end - s.start) for s in segments if s.kind in ("paragraph", "post")]
        if doc.result.lang is None:
            doc.result.lang = self.identify.document_language(blocks)

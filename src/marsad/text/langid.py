"""Language identification per segment: script first, lingua only to split languages of one script."""

from __future__ import annotations

import re

from marsad.resources import load_yaml

_NOISE = re.compile(r"https?://\S+|pic\.twitter\.com/\S+|@\w+|#\w+")


class LanguageIdentifier:
    """Tags text with one of the configured ISO 639-1 codes, or None when it has no letters."""

    def __init__(self, languages: tuple[str, ...] = ("ar", "en"), mixed_above: float = 0.95):
        spec = load_yaml("languages.yaml")
        unknown = [code for code in languages if code not in spec["languages"]]
        if unknown:
            raise ValueError(f"unsupported language code(s): {', '.join(unknown)}")
        self.languages = languages
        self.mixed_above = mixed_above
        self._by_script: dict[str, list[str]] = {}
        for code in languages:
            self._by_script.setdefault(spec["languages"][code], []).append(code)
        self._scripts = {
            name: re.compile(f"[{spec['scripts'][name]}]") for name in self._by_script
        }
        self._detectors: dict[tuple[str, ...], object] = {}

    def __call__(self, text: str) -> str | None:
        clean = _NOISE.sub(" ", text)
        counts = {name: len(pattern.findall(clean)) for name, pattern in self._scripts.items()}
        total = sum(counts.values())
        if total == 0:
            return None
        script, count = max(counts.items(), key=lambda item: item[1])
        candidates = self._by_script[script]
        if len(candidates) == 1:
            return candidates[0]
        return self._lingua(tuple(candidates), clean) or candidates[0]

    def document_language(self, tagged: list[tuple[str | None, int]]) -> str | None:
        """Language of a whole document from (lang, length) pairs: the majority, or 'mixed'."""
        sizes: dict[str, int] = {}
        for lang, length in tagged:
            if lang:
                sizes[lang] = sizes.get(lang, 0) + length
        if not sizes:
            return None
        total = sum(sizes.values())
        lang, size = max(sizes.items(), key=lambda item: item[1])
        return lang if size / total >= self.mixed_above else "mixed"

    def _lingua(self, candidates: tuple[str, ...], text: str) -> str | None:
        detector = self._detectors.get(candidates)
        if detector is None:
            detector = self._build(candidates)
            self._detectors[candidates] = detector
        found = detector.detect_language_of(text)
        return found.iso_code_639_1.name.lower() if found else None

    @staticmethod
    def _build(candidates: tuple[str, ...]):
        from lingua import IsoCode639_1, LanguageDetectorBuilder

        codes = [getattr(IsoCode639_1, code.upper()) for code in candidates]
        return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()

"""Data tables for comparing CAMEO codes in gold and system output.

Edit the tables, not the code: ``COUNTRY_ALIASES`` maps legacy CAMEO country codes that
occur in gold sets to the alpha-3 code the system writes; ``NULL_CODES`` are placeholders
that mean "not said". Sectors are compared on their three-letter CAMEO root, so an ethnic
or religious suffix (``CVLalb``) does not count as a different sector.
"""

from __future__ import annotations

#: legacy CAMEO country code → ISO 3166 alpha-3 (source: FORMAT.md, CAMEO codebook)
COUNTRY_ALIASES: dict[str, str] = {
    "JAP": "JPN",  # Japan
    "ITL": "ITA",  # Italy
}

#: codes that stand for "unknown / not said"
NULL_CODES: frozenset[str] = frozenset({"", "***", "---", "NULL", "NONE"})


def country(code: object) -> str | None:
    """Canonical country code, or None for an empty or placeholder value."""
    if not isinstance(code, str):
        return None
    value = code.strip().upper()
    if value in NULL_CODES:
        return None
    return COUNTRY_ALIASES.get(value, value)


def sector(code: object) -> str | None:
    """Canonical three-letter sector code, or None for an empty or placeholder value."""
    if not isinstance(code, str):
        return None
    value = code.strip().upper()
    if value in NULL_CODES:
        return None
    return value[:3]

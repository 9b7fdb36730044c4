"""Exports of the store: PLOVER JSON records, a CAMEO/GDELT-style TSV, and Parquet/CSV/JSONL tables."""

from marsad.export.writers import EXPORT_FORMATS, export_store

__all__ = ["EXPORT_FORMATS", "export_store"]

"""The embedded store (DuckDB): documents and every extracted layer, with offsets."""

from marsad.store.database import Store, StoreError, content_hash

__all__ = ["Store", "StoreError", "content_hash"]

"""DuckDB-backed store. Idempotent: a document whose content is already stored is skipped."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pyarrow as pa

from marsad.errors import Failure, MarsadError
from marsad.model import Result
from marsad.store.fingerprint import MinHasher
from marsad.store.prepare import Prepared, content_hash, prepare
from marsad.store.schema import (
    DOCUMENT_COLUMNS, LAYER_COLUMNS, MIGRATIONS, STORE_SCHEMA_VERSION, TABLES, VIEWS,
)

__all__ = ["Store", "StoreError", "content_hash"]

_MARKER = "marsad_store_schema"
#: estimated Jaccard similarity above which two articles count as the same text
DUPLICATE_SIMILARITY = 0.8


class StoreError(MarsadError):
    """The database cannot be used: corrupt, foreign, in use, or from a newer marsad."""


class Store:
    """An embedded marsad database file."""

    def __init__(self, path: str | Path, read_only: bool = False):
        self.path = Path(path)
        existed = self.path.exists() and self.path.stat().st_size > 0
        if read_only and not existed:
            raise StoreError(f"{self.path}: no such database; run `marsad ingest` or `marsad demo` first")
        self.con = _connect(self.path, read_only)
        if existed:
            self._check_schema(read_only)
        else:
            self._create()

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _create(self) -> None:
        with _Transaction(self.con):
            for name, columns in TABLES.items():
                self.con.execute(f"CREATE TABLE IF NOT EXISTS {name} ({columns})")
            for name, sql in VIEWS.items():
                self.con.execute(f"CREATE OR REPLACE VIEW {name} AS {sql}")
            self.con.execute("INSERT INTO meta VALUES (?, ?)", [_MARKER, str(STORE_SCHEMA_VERSION)])

    def _check_schema(self, read_only: bool) -> None:
        try:
            row = self.con.execute("SELECT value FROM meta WHERE key = ?", [_MARKER]).fetchone()
        except duckdb.Error:
            row = None
        if row is None:
            raise StoreError(f"{self.path}: not a marsad database; refusing to modify it")
        version = int(row[0])
        if version > STORE_SCHEMA_VERSION:
            raise StoreError(f"{self.path}: made by a newer marsad (store schema {version}); upgrade marsad")
        if version < STORE_SCHEMA_VERSION:
            if read_only:
                raise StoreError(f"{self.path}: store schema {version} needs migrating; open it for writing once")
            self._migrate(version)

    def _migrate(self, version: int) -> None:
        with _Transaction(self.con):
            for target in range(version + 1, STORE_SCHEMA_VERSION + 1):
                for statement in MIGRATIONS.get(target, []):
                    self.con.execute(statement)
            self.con.execute("UPDATE meta SET value = ? WHERE key = ?", [str(STORE_SCHEMA_VERSION), _MARKER])

    def known_hashes(self) -> set[str]:
        """Content hashes of every stored document."""
        return {row[0] for row in self.con.execute("SELECT content_hash FROM documents").fetchall()}

    def add(self, results: Iterable[tuple[Result, str | None]]) -> int:
        """Store (result, origin) pairs in one transaction; returns how many were new."""
        return self.add_prepared(prepare(result, origin) for result, origin in results)

    def add_prepared(self, items: Iterable[Prepared]) -> int:
        """Store prepared documents in one transaction; returns how many were new.

        A document whose content hash is already stored is skipped, so re-running is harmless;
        the transaction means a crash leaves either the whole batch or none of it.
        """
        known = self.known_hashes()
        ids = {row[0] for row in self.con.execute("SELECT id FROM documents").fetchall()}
        seq = self.con.execute("SELECT coalesce(max(seq), 0) FROM documents").fetchone()[0]
        now = datetime.now(timezone.utc).replace(tzinfo=None)
        tables: dict[str, list[tuple]] = {"documents": [], "signatures": [], "fingerprints": []}
        for item in items:
            if item.digest in known:
                continue
            if item.doc_id in ids:
                item = item.renamed(f"{item.doc_id}#{item.digest[:8]}")
            seq += 1
            tables["documents"].append((*item.document, now, seq))
            for table, rows in item.layers.items():
                tables.setdefault(table, []).extend(rows)
            if item.signature is not None:
                tables["signatures"].append((item.doc_id, item.signature))
                tables["fingerprints"].extend((item.doc_id, band, bucket) for band, bucket in item.buckets)
            known.add(item.digest)
            ids.add(item.doc_id)
        new_ids = [row[0] for row in tables["documents"]]
        with _Transaction(self.con):
            for table, rows in tables.items():
                self._insert_rows(table, rows)
            self._link_duplicates(new_ids)
        return len(new_ids)

    def _insert_rows(self, table: str, rows: list[tuple], verb: str = "INSERT") -> None:
        """Bulk insert through an Arrow table (far faster than row-by-row executemany)."""
        if not rows:
            return
        if table == "documents":
            columns = DOCUMENT_COLUMNS
        elif table in LAYER_COLUMNS:
            columns = ["doc_id", *LAYER_COLUMNS[table]]
        else:
            columns = [part.split()[0] for part in TABLES[table].split(", ")]
        arrow = pa.table({name: list(values) for name, values in zip(columns, zip(*rows))})
        self.con.register("_marsad_batch", arrow)
        try:
            self.con.execute(f"{verb} INTO {table} SELECT * FROM _marsad_batch")
        finally:
            self.con.unregister("_marsad_batch")

    def _link_duplicates(self, new_ids: list[str]) -> None:
        """Record new documents that repeat an earlier one (syndication, near-copies)."""
        if not new_ids:
            return
        self.con.register("_marsad_new", pa.table({"doc_id": new_ids}))
        try:
            pairs = self.con.execute(
                "SELECT DISTINCT f.doc_id, o.doc_id, sf.signature, so.signature "
                "FROM fingerprints f JOIN _marsad_new n ON n.doc_id = f.doc_id "
                "JOIN fingerprints o ON o.band = f.band AND o.bucket = f.bucket AND o.doc_id <> f.doc_id "
                "JOIN documents d_new ON d_new.id = f.doc_id JOIN documents d_old ON d_old.id = o.doc_id AND d_old.seq < d_new.seq "
                "JOIN signatures sf ON sf.doc_id = f.doc_id JOIN signatures so ON so.doc_id = o.doc_id"
            ).fetchall()
        finally:
            self.con.unregister("_marsad_new")
        best: dict[str, tuple[str, float]] = {}
        for doc, other, first, second in pairs:
            similarity = MinHasher.similarity(np.frombuffer(first, np.uint32), np.frombuffer(second, np.uint32))
            if similarity >= DUPLICATE_SIMILARITY and similarity > best.get(doc, ("", 0.0))[1]:
                best[doc] = (other, similarity)
        rows = [(doc, other, similarity) for doc, (other, similarity) in best.items()]
        self._insert_rows("duplicates", rows)

    def add_failures(self, failures: Iterable[Failure]) -> None:
        """Record failed inputs; a input failing again replaces its earlier record."""
        now = datetime.now(timezone.utc).replace(tzinfo=None)
        latest = {f.origin: (f.origin, f.stage, f.reason, now) for f in failures}
        if latest:
            with _Transaction(self.con):
                self._insert_rows("failures", list(latest.values()), verb="INSERT OR REPLACE")

    def counts(self) -> dict[str, int]:
        """Row count of every table but meta."""
        return {
            name: self.con.execute(f"SELECT count(*) FROM {name}").fetchone()[0]
            for name in TABLES
            if name != "meta"
        }

    def query(self, sql: str, params: list[Any] | None = None) -> tuple[list[str], list[tuple]]:
        """Run SQL; returns (column names, rows)."""
        cursor = self.con.execute(sql, params or [])
        columns = [d[0] for d in cursor.description or []]
        return columns, cursor.fetchall()


class _Transaction:
    def __init__(self, con: duckdb.DuckDBPyConnection):
        self.con = con

    def __enter__(self) -> None:
        self.con.execute("BEGIN TRANSACTION")

    def __exit__(self, exc_type, *rest) -> None:
        self.con.execute("ROLLBACK" if exc_type else "COMMIT")


def _connect(path: Path, read_only: bool) -> duckdb.DuckDBPyConnection:
    try:
        return duckdb.connect(str(path), read_only=read_only)
    except duckdb.IOException as error:
        if "lock" in str(error).lower():
            raise StoreError(f"{path}: database in use by another marsad process; try again when it ends") from error
        raise StoreError(f"{path}: cannot open database: {error}") from error
    except duckdb.Error as error:
        raise StoreError(f"{path}: not a usable DuckDB database ({error}); refusing to modify it") from error

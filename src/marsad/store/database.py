"""DuckDB-backed store. Idempotent: a document whose content is already stored is skipped."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from marsad.errors import Failure, MarsadError
from marsad.model import Result
from marsad.store.rows import layer_rows
from marsad.store.schema import DOCUMENT_COLUMNS, LAYER_COLUMNS, STORE_SCHEMA_VERSION, TABLES

_MARKER = "marsad_store_schema"


class StoreError(MarsadError):
    """The database cannot be used: corrupt, foreign, in use, or from a newer marsad."""


def content_hash(text: str) -> str:
    """Identity of an article's content, used for idempotent ingest."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Store:
    """An embedded marsad database file."""

    def __init__(self, path: str | Path, read_only: bool = False):
        self.path = Path(path)
        existed = self.path.exists() and self.path.stat().st_size > 0
        if read_only and not existed:
            raise StoreError(f"{self.path}: no such database; run `marsad ingest` or `marsad demo` first")
        self.con = _connect(self.path, read_only)
        if existed:
            self._check_schema()
        else:
            self._create()

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _create(self) -> None:
        with self._transaction():
            for name, columns in TABLES.items():
                self.con.execute(f"CREATE TABLE IF NOT EXISTS {name} ({columns})")
            self.con.execute("INSERT INTO meta VALUES (?, ?)", [_MARKER, str(STORE_SCHEMA_VERSION)])

    def _check_schema(self) -> None:
        try:
            row = self.con.execute("SELECT value FROM meta WHERE key = ?", [_MARKER]).fetchone()
        except duckdb.Error:
            row = None
        if row is None:
            raise StoreError(f"{self.path}: not a marsad database; refusing to modify it")
        version = int(row[0])
        if version > STORE_SCHEMA_VERSION:
            raise StoreError(f"{self.path}: made by a newer marsad (store schema {version}); upgrade marsad")

    def _transaction(self):
        return _Transaction(self.con)

    def known_hashes(self) -> set[str]:
        """Content hashes of every stored document."""
        return {row[0] for row in self.con.execute("SELECT content_hash FROM documents").fetchall()}

    def add(self, results: Iterable[tuple[Result, str | None]]) -> int:
        """Store (result, origin) pairs in one transaction; returns how many were new.

        A document whose content hash is already stored is skipped, so re-running is harmless;
        the transaction means a crash leaves either the whole batch or none of it.
        """
        known = self.known_hashes()
        ids = {row[0] for row in self.con.execute("SELECT id FROM documents").fetchall()}
        now = datetime.now(timezone.utc).replace(tzinfo=None)
        batch: dict[str, list[tuple]] = {"documents": []}
        for result, origin in results:
            digest = content_hash(result.text)
            if digest in known:
                continue
            if result.id in ids:
                result = result.model_copy(update={"id": f"{result.id}#{digest[:8]}"})
            batch["documents"].append(
                (result.id, digest, result.url, result.source, result.title, result.published,
                 result.lang, origin, result.text, now)
            )
            for table, rows in layer_rows(result).items():
                batch.setdefault(table, []).extend(rows)
            known.add(digest)
            ids.add(result.id)
        with self._transaction():
            for table, rows in batch.items():
                self._insert_rows(table, rows)
        return len(batch["documents"])

    def _insert_rows(self, table: str, rows: list[tuple]) -> None:
        """Bulk insert through an Arrow table (far faster than row-by-row executemany)."""
        if not rows:
            return
        columns = ["doc_id", *LAYER_COLUMNS[table]] if table in LAYER_COLUMNS else DOCUMENT_COLUMNS
        arrow = pa.table({name: list(values) for name, values in zip(columns, zip(*rows))})
        self.con.register("_marsad_batch", arrow)
        try:
            self.con.execute(f"INSERT INTO {table} SELECT * FROM _marsad_batch")
        finally:
            self.con.unregister("_marsad_batch")

    def add_failures(self, failures: Iterable[Failure]) -> None:
        now = datetime.now(timezone.utc).replace(tzinfo=None)
        rows = [(f.origin, f.stage, f.reason, now) for f in failures]
        if rows:
            with self._transaction():
                self.con.executemany("INSERT INTO failures VALUES (?, ?, ?, ?)", rows)

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

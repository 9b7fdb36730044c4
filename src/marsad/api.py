"""REST API: a thin FastAPI adapter over the pipeline and the store (needs the 'serve' extra)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

from marsad.model import Document, output_schema
from marsad.pipeline import Pipeline
from marsad.store import Store, StoreError


class ExtractRequest(BaseModel):
    text: str
    id: str = "request"
    published: date | None = None


def create_app(db: str | Path | None = None, pipeline: Pipeline | None = None) -> FastAPI:
    """The API application; ``db`` is opened read-only per request."""
    app = FastAPI(title="marsad", description="Event data from Arabic and English news.")
    pipe = pipeline or Pipeline.default()

    @app.get("/health")
    def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/schema")
    def schema() -> dict[str, Any]:
        return output_schema()

    @app.post("/extract")
    def extract(request: ExtractRequest) -> dict[str, Any]:
        if not request.text.strip():
            raise HTTPException(422, "empty text")
        document = Document(id=request.id, text=request.text, published=request.published)
        return pipe.process(document).to_output()

    @app.get("/documents")
    def documents(limit: int = 50) -> list[dict[str, Any]]:
        if db is None:
            raise HTTPException(404, "no database configured")
        try:
            with Store(db, read_only=True) as store:
                columns, rows = store.query(
                    "SELECT id, url, source, title, published, lang FROM documents ORDER BY id LIMIT ?", [limit]
                )
        except StoreError as error:
            raise HTTPException(503, str(error)) from error
        return [dict(zip(columns, row)) for row in rows]

    return app

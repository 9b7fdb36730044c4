import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from marsad import Document  # noqa: E402
from marsad.api import create_app  # noqa: E402
from marsad.store import Store  # noqa: E402


def test_extract_endpoint_returns_output_record(pipeline):
    client = TestClient(create_app(pipeline=pipeline))
    response = client.post("/extract", json={"text": "قال الوزير. The talks ended.", "published": "2024-01-02"})
    assert response.status_code == 200
    body = response.json()
    assert body["published"] == "2024-01-02"
    assert [s["kind"] for s in body["segments"]][:1] == ["paragraph"]
    assert body["events"] == []


def test_empty_text_is_rejected(pipeline):
    client = TestClient(create_app(pipeline=pipeline))
    assert client.post("/extract", json={"text": "   "}).status_code == 422


def test_documents_from_store(tmp_path, pipeline):
    db = tmp_path / "api.duckdb"
    with Store(db) as store:
        store.add([(pipeline.process(Document(id="n1", text="Hello world.")), None)])
    client = TestClient(create_app(db, pipeline=pipeline))
    assert [d["id"] for d in client.get("/documents").json()] == ["n1"]
    assert client.get("/health").json() == {"status": "ok"}

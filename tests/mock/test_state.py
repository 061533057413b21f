"""State semantics at the mock's Python API: isolation, concurrency, idempotency, faults, reset, seeding."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from specfirst.mock import MockApi, Reply, Request, SeedError
from specfirst.mock.faults import Drop
from specfirst.mock.seed import seed

from .conftest import Q_TOKEN


def send(mock: MockApi, method: str, path: str, body: Any = None, token: str = Q_TOKEN, **headers: str) -> Reply:
    reply = mock.handle(
        Request(
            method,
            "/v4" + path,
            "",
            {"authorization": f"Bearer {token}", "content-type": "application/json", **headers},
            b"" if body is None else json.dumps(body).encode(),
        )
    )
    assert isinstance(reply, Reply)
    return reply


def test_credentials_are_isolated(qmock: MockApi) -> None:
    created = send(qmock, "POST", "/segments", {"name": "mine"}, token="test_sk_one")
    assert created.status == 201
    assert send(qmock, "GET", f"/segments/{created.body['id']}", token="test_sk_one").status == 200
    assert send(qmock, "GET", f"/segments/{created.body['id']}", token="sk_one").status == 404
    assert send(qmock, "GET", "/segments", token="test_sk_two").body["data"] == []


def test_concurrent_creates_lose_and_duplicate_nothing(qmock: MockApi) -> None:
    with ThreadPoolExecutor(8) as pool:
        replies = list(pool.map(lambda i: send(qmock, "POST", "/segments", {"name": f"s{i}"}), range(200)))
    assert {r.status for r in replies} == {201}
    ids = [r.body["id"] for r in replies]
    assert len(set(ids)) == 200
    store = qmock.store(Q_TOKEN)
    assert sorted(s["id"] for s in store.collection("segments").values() if not s["is_system"]) == sorted(ids)


def test_concurrent_creates_with_one_idempotency_key_make_one_resource(qmock: MockApi) -> None:
    body = {"title": "Amplitude", "integration": "amplitude", "target_platform": "iOS"}
    with ThreadPoolExecutor(8) as pool:
        replies = list(
            pool.map(lambda _: send(qmock, "POST", "/integrations", body, **{"idempotency-key": "k1"}), range(50))
        )
    assert {r.status for r in replies} == {201}
    assert len({json.dumps(r.body) for r in replies}) == 1
    assert len(qmock.store(Q_TOKEN).collection("integrations")) == 1


def test_idempotency_key_with_another_body_is_409_and_creates_nothing(qmock: MockApi) -> None:
    first = send(qmock, "POST", "/segments", {"name": "a"}, **{"idempotency-key": "k"})
    again = send(qmock, "POST", "/segments", {"name": "a"}, **{"idempotency-key": "k"})
    other = send(qmock, "POST", "/segments", {"name": "b"}, **{"idempotency-key": "k"})
    assert (first.status, again.status, other.status) == (201, 201, 409)
    assert again.body == first.body and again.headers == first.headers
    assert other.body["error"]["code"] == "idempotency_key_reused"
    assert [s["name"] for s in qmock.store(Q_TOKEN).collection("segments").values() if not s["is_system"]] == ["a"]


def test_faults_answer_the_next_requests_then_stop(qmock: MockApi) -> None:
    qmock.faults.inject(2, status=429, retry_after=3)
    first, second = send(qmock, "GET", "/experiments"), send(qmock, "GET", "/experiments")
    assert (first.status, first.headers, first.body["error"]["code"]) == (
        429,
        {"Retry-After": "3"},
        "too_many_requests",
    )
    assert second.status == 429
    assert send(qmock, "GET", "/experiments").status == 200
    qmock.faults.inject(1, drop=True)
    assert isinstance(qmock.handle(Request("GET", "/v4/experiments", "", {}, b"")), Drop)


def test_faults_and_reset_through_control_endpoints(qmock: MockApi, qhttp: TestClient) -> None:
    assert qhttp.post("/segments", json={"name": "x"}).status_code == 201
    assert (
        qhttp.post("http://127.0.0.1/__mock__/faults", json={"count": 1, "status": 503, "retry_after": 1}).status_code
        == 204
    )
    response = qhttp.get("/segments")
    assert (response.status_code, response.headers["retry-after"]) == (503, "1")
    assert qhttp.post("http://127.0.0.1/__mock__/reset").status_code == 204
    assert qhttp.get("/segments").json()["data"] == []
    assert qhttp.post("http://127.0.0.1/__mock__/faults", json={"count": 0}).status_code == 400


def test_seed_from_file_goes_through_validation(qmock: MockApi, tmp_path: Path) -> None:
    path = tmp_path / "seed.yaml"
    path.write_text(
        "- {operation: v4CreateExperiment, name: exp, body: {name: Paywall, alias_id: paywall}}\n"
        "- {operation: v4CreateExperimentGroup, path: {experiment_id: '${exp.id}'},\n"
        "   body: {weight: 50, is_control: true}}\n"
        "- {operation: v4ChangeExperimentStatus, path: {experiment_id: '${exp.id}'}, body: {status: active}}\n",
        encoding="utf-8",
    )
    bodies = seed(qmock, Q_TOKEN, path)
    assert bodies[2]["status"] == "active" and bodies[1]["weight"] == 50
    listed = send(qmock, "GET", f"/experiments/{bodies[0]['id']}/groups").body["data"]
    assert [g["id"] for g in listed] == [bodies[1]["id"]]
    with pytest.raises(SeedError, match=r"step 0 \(v4CreateSegment\) was refused: 400"):
        seed(qmock, Q_TOKEN, [{"operation": "v4CreateSegment", "body": {}}])


def test_seed_through_control_endpoint(qhttp: TestClient) -> None:
    response = qhttp.post(
        "http://127.0.0.1/__mock__/seed", json=[{"operation": "v4CreateSegment", "body": {"name": "s"}}]
    )
    assert response.status_code == 200
    assert qhttp.get("/segments").json()["data"] == response.json()


def test_deleted_integration_keeps_its_id_and_it_is_never_reused(qmock: MockApi) -> None:
    body = {"title": "t", "integration": "webhooks", "target_platform": "Android"}
    ident = send(qmock, "POST", "/integrations", body).body["id"]
    assert send(qmock, "DELETE", f"/integrations/{ident}").status == 204
    store = qmock.store(Q_TOKEN)
    assert store.collection("deleted_integrations")[ident]["id"] == ident
    assert ident in store.issued_ids
    assert send(qmock, "DELETE", f"/integrations/{ident}").status == 404
    assert send(qmock, "GET", "/integrations").body["data"] == []

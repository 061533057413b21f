"""Hostile input at the app, as an attacker on the same machine would send it: one table per finding.

Control plane: seeding from a server-side path, control endpoints without (or across) credentials,
cross-site and DNS-rebinding requests, unbounded numbers. Bounds: bodies, tenants, items, the violation
log, JSON the mock could not store. Every refusal is JSON in the vendor's shape and changes nothing.
Limits are scaled down (``SMALL``) so each bound is reached in a few requests.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from specfirst.mock import Limits, MockApi, create_app, create_mock

from .conftest import Q_TOKEN, SF_TOKEN

SMALL = Limits(max_body_bytes=4096, max_tenants=3, max_items_per_tenant=10, max_violations_per_tenant=3, max_faults=5)
OTHER = "test_sk_other_tenant"
AUTH = {"Authorization": f"Bearer {Q_TOKEN}"}


@pytest.fixture
def mock() -> MockApi:
    return create_mock("qonversion", limits=SMALL)


@pytest.fixture
def http(mock: MockApi) -> Iterator[TestClient]:
    with TestClient(create_app(mock), base_url="http://127.0.0.1", headers=AUTH) as client:
        yield client


@pytest.fixture(scope="module")
def roomy() -> Iterator[TestClient]:
    """A mock with room for the deep-nesting rows' bodies."""
    mock = create_mock("qonversion", limits=Limits(max_body_bytes=1024 * 1024))
    with TestClient(create_app(mock), base_url="http://127.0.0.1") as client:
        yield client


def segments(http: TestClient, token: str = Q_TOKEN) -> list[str]:
    response = http.get("/v4/segments", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200, response.text
    return [s["name"] for s in response.json()["data"]]


def assert_qonversion_error(response: Any, status: int, code: str, message: str = "") -> None:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/json"
    error = response.json()["error"]
    assert error["code"] == code
    assert message in error["message"] + json.dumps(error.get("details", []))


# -- control plane ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "document",
    ["{path}", "/dev/zero", "/etc/hostname", {"file": "{path}"}, 42],
    ids=["yaml-steps-file", "dev-zero", "system-file", "object", "number"],
)
def test_seed_endpoint_takes_a_list_of_steps_and_never_reads_a_file(
    http: TestClient, tmp_path: Path, document: Any
) -> None:
    steps = tmp_path / "steps.yaml"
    steps.write_text("- {operation: v4CreateSegment, body: {name: FromFile}}\n", encoding="utf-8")
    body = json.loads(json.dumps(document).replace("{path}", str(steps)))
    response = http.post("/__mock__/seed", json=body)
    assert_qonversion_error(response, 400, "invalid_data", "a seed document is a JSON list of steps")
    assert segments(http) == []


def test_seed_endpoint_refuses_malformed_steps_without_failing(http: TestClient) -> None:
    for steps in (
        [1],
        [{"operation": "v4CreateSegment", "path": "x"}],
        [{"operation": "v4CreateSegment", "body": {"name": "${a.b}"}}],
    ):
        assert http.post("/__mock__/seed", json=steps).status_code == 400
    assert (
        http.post("/__mock__/seed", json=[{"operation": "v4CreateSegment", "body": {"name": "ok"}}]).status_code == 200
    )
    assert segments(http) == ["ok"]


def test_reset_faults_and_violations_act_on_the_callers_credential_only(http: TestClient, mock: MockApi) -> None:
    other = {"Authorization": f"Bearer {OTHER}"}
    assert http.post("/v4/segments", json={"name": "mine"}).status_code == 201
    assert http.post("/v4/segments", json={"name": "theirs"}, headers=other).status_code == 201
    assert http.post("/v4/segments", json={"name": 1}, headers=other).status_code == 400  # their violation
    assert http.post("/__mock__/faults", json={"count": 1, "status": 503}).status_code == 204

    assert segments(http, OTHER) == ["theirs"]  # my fault did not hit them
    assert http.get("/__mock__/violations").json() == []  # their violation is not shown to me
    assert [
        v.startswith("POST /v4/segments -> 400") for v in http.get("/__mock__/violations", headers=other).json()
    ] == [True]
    assert http.get("/v4/segments").status_code == 503  # my fault hit me
    assert http.post("/__mock__/reset").status_code == 204
    assert segments(http) == []
    assert segments(http, OTHER) == ["theirs"]  # my reset did not wipe them


@pytest.mark.parametrize("allowed", [False, True])
def test_a_global_reset_needs_the_start_up_flag(mock: MockApi, allowed: bool) -> None:
    with TestClient(create_app(mock, allow_global_reset=allowed), base_url="http://127.0.0.1") as http:
        assert http.post("/v4/segments", json={"name": "kept"}, headers=AUTH).status_code == 201
        response = http.post("/__mock__/reset")
        if allowed:
            assert response.status_code == 204
            assert segments(http) == []
        else:
            assert_qonversion_error(response, 401, "control_unauthorized")
            assert segments(http) == ["kept"]
        for path in ("/__mock__/faults", "/__mock__/seed"):
            assert http.post(path, json=[]).status_code in (400, 401)
        assert http.get("/__mock__/violations").status_code == 401


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({"Origin": "http://attacker.example", "Content-Type": "text/plain"}, 403),
        ({"Origin": "http://attacker.example", "Content-Type": "application/json"}, 403),
        ({"Origin": "null"}, 403),
        ({"Sec-Fetch-Site": "cross-site", "Content-Type": "application/json"}, 403),
        ({"Host": "attacker.example"}, 403),
        ({"Host": "127.0.0.1.attacker.example"}, 403),
        ({"Host": "localhost.:8080"}, 403),
        ({"Content-Type": "text/plain"}, 415),
        ({"Content-Type": "application/x-www-form-urlencoded"}, 415),
        ({"Content-Type": "multipart/form-data; boundary=x"}, 415),
    ],
)
@pytest.mark.parametrize("endpoint", ["reset", "faults"])
def test_cross_site_and_rebound_control_requests_are_refused(
    http: TestClient, headers: dict[str, str], status: int, endpoint: str
) -> None:
    assert http.post("/v4/segments", json={"name": "kept"}).status_code == 201
    body = json.dumps({"count": 1, "status": 503}).encode()
    response = http.post(f"/__mock__/{endpoint}", content=body, headers=headers)
    assert_qonversion_error(response, status, "invalid_request")
    assert segments(http) == ["kept"]  # not reset, no fault pending


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Host": "localhost:8080"},
        {"Host": "[::1]:9"},
        {"Origin": "http://127.0.0.1:8080"},
        {"Sec-Fetch-Site": "same-origin"},
    ],
)
def test_loopback_control_requests_are_served(http: TestClient, headers: dict[str, str]) -> None:
    assert http.post("/__mock__/faults", json={"count": 1, "status": 429}, headers=headers).status_code == 204


@pytest.mark.parametrize(
    "fault",
    [
        {"count": 100_000_000},
        {"count": 1e308},
        {"count": 1.0},
        {"count": True},
        {"count": "1"},
        {"count": -1},
        {"count": 1, "retry_after": 10**9},
        {"count": 1, "retry_after": 1e308},
        {"count": 1, "status": 500},
        {"count": 1, "status": 10**30},
        {"count": 1, "drop": "yes"},
        {"count": 1, "extra": 1},
        [1],
    ],
)
def test_fault_numbers_are_bounded(http: TestClient, fault: Any) -> None:
    response = http.post("/__mock__/faults", json=fault)
    assert_qonversion_error(response, 400, "invalid_data")
    assert http.get("/v4/segments").status_code == 200  # nothing pending


def test_pending_faults_are_bounded_per_credential(http: TestClient) -> None:
    assert http.post("/__mock__/faults", json={"count": SMALL.max_faults, "status": 429}).status_code == 204
    response = http.post("/__mock__/faults", json={"count": 1, "status": 429})
    assert_qonversion_error(response, 400, "invalid_data", f"at most {SMALL.max_faults} faults")
    assert [http.get("/v4/segments").status_code for _ in range(SMALL.max_faults + 1)] == [429] * SMALL.max_faults + [
        200
    ]


# -- bounds -----------------------------------------------------------------------------------------------------


def chunks(size: int) -> Iterator[bytes]:
    """A body sent chunked (no Content-Length): the limit is found while reading."""
    yield b'{"name": "'
    yield b"x" * size
    yield b'"}'


@pytest.mark.parametrize("path", ["/v4/segments", "/__mock__/seed", "/__mock__/faults"])
@pytest.mark.parametrize("how", ["content-length", "chunked"])
def test_a_body_over_the_limit_is_413_in_the_vendors_shape(http: TestClient, path: str, how: str) -> None:
    size = SMALL.max_body_bytes + 1
    content: Any = b'{"name": "' + b"x" * size + b'"}' if how == "content-length" else chunks(size)
    response = http.post(path, content=content, headers={"Content-Type": "application/json"})
    assert_qonversion_error(response, 413, "invalid_request", f"over {SMALL.max_body_bytes} bytes")
    assert response.headers["connection"] == "close"
    assert segments(http) == []


def test_a_body_at_the_limit_is_served(http: TestClient) -> None:
    name = "x" * (SMALL.max_body_bytes - len('{"name":""}'))
    assert http.post("/v4/segments", content=json.dumps({"name": name}, separators=(",", ":"))).status_code in (
        201,
        400,
    )


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b'{"name": "\\ud800"}', "lone UTF-16 surrogate"),
        (b'{"name": "ok", "conditions": [{"metric": "\\udfff"}]}', "lone UTF-16 surrogate"),
        (b'{"\\ud800": 1, "name": "x"}', "lone UTF-16 surrogate"),
        (b'{"name": "\xed\xa0\x80"}', "can't decode"),  # a surrogate encoded as UTF-8
        (b'{"name": "\xff"}', "can't decode"),
        (b'{"name": "a", "name": "b"}', "duplicate key 'name'"),
        (b'{"name": "a", "conditions": [{"value": 1, "value": 2}]}', "duplicate key 'value'"),
        (b'{"name": "a", "conditions": ' + b"[" * 64 + b"]" * 64 + b"}", "nested deeper than 64 levels"),
        (b"[" * 300 + b"]" * 300, "nested deeper than 64 levels"),
        (b"[" * 100_000 + b"]" * 100_000, "nested deeper than 64 levels"),
        (b'{"name": NaN}', "NaN is not JSON"),
        (b'{"name": -Infinity}', "-Infinity is not JSON"),
        (b'{"name": 1e400}', "out of range"),
        (b'{"name": ' + b"9" * 5000 + b"}", "Exceeds the limit"),
    ],
)
def test_json_the_mock_cannot_store_or_answer_is_400_before_anything_is_stored(
    roomy: TestClient, body: bytes, reason: str
) -> None:
    token = f"test_sk_{uuid.uuid4().hex}"  # a fresh tenant per row: its list must hold nothing after
    response = roomy.post(
        "/v4/segments", content=body, headers={"Content-Type": "application/json", "Authorization": f"Bearer {token}"}
    )
    assert_qonversion_error(response, 400, "invalid_data", reason)
    assert segments(roomy, token) == []  # the tenant's list still answers, and holds nothing


def test_nesting_at_the_stated_depth_is_parsed(mock: MockApi) -> None:
    from specfirst.mock.jsonbody import BadJson, loads

    assert loads(b"[" * 64 + b"]" * 64, 64) is not None
    with pytest.raises(BadJson, match="nested deeper than 64"):
        loads(b"[" * 65 + b"]" * 65, 64)
    assert loads(b'{"a": "\\ud83d\\ude00"}', 64) == {"a": "\U0001f600"}  # a surrogate pair is fine


def test_tenants_beyond_the_limit_forget_the_least_recently_used(http: TestClient, mock: MockApi) -> None:
    tokens = [f"test_sk_tenant_{i}" for i in range(SMALL.max_tenants + 1)]
    for token in tokens[:-1]:
        assert (
            http.post("/v4/segments", json={"name": token}, headers={"Authorization": f"Bearer {token}"}).status_code
            == 201
        )
    assert segments(http, tokens[0]) == [tokens[0]]  # a use: tokens[1] is now the least recently used
    assert (
        http.post("/v4/segments", json={"name": "new"}, headers={"Authorization": f"Bearer {tokens[-1]}"}).status_code
        == 201
    )
    assert sorted(mock.stores.credentials()) == sorted([tokens[0], tokens[2], tokens[3]])
    assert segments(http, tokens[1]) == []  # forgotten (and now a fresh tenant again)


def test_items_per_tenant_are_bounded_and_reset_frees_them(http: TestClient, mock: MockApi) -> None:
    # Every id ever issued counts (deleted ones too: ids are never reused; the 2 system segments' too).
    for i in range(SMALL.max_items_per_tenant - mock.store(Q_TOKEN).items()):
        ident = http.post("/v4/segments", json={"name": f"s{i}"}).json()["id"]
        assert http.delete(f"/v4/segments/{ident}").status_code == 204
    response = http.post("/v4/segments", json={"name": "one too many"})
    assert_qonversion_error(response, 403, "limit_exceeded", f"holds {SMALL.max_items_per_tenant} items")
    assert segments(http) == []  # reads still work
    assert http.post("/__mock__/reset").status_code == 204
    assert http.post("/v4/segments", json={"name": "after reset"}).status_code == 201


def test_idempotency_records_and_user_attachments_count_as_items(http: TestClient, mock: MockApi) -> None:
    assert http.post("/v4/segments", json={"name": "s"}, headers={"Idempotency-Key": "k1"}).status_code == 201
    experiment = http.post("/v4/experiments", json={"name": "e", "alias_id": "e"}).json()["id"]
    group = http.post(f"/v4/experiments/{experiment}/groups", json={"weight": 50, "is_control": True}).json()["id"]
    assert mock.store(Q_TOKEN).items() == 2 + 4  # system segments; segment, its idempotency record, experiment, group
    left = SMALL.max_items_per_tenant - 6
    users = [f"/v4/experiments/{experiment}/users/u{i}" for i in range(left + 1)]
    answers = [http.post(path, json={"group_id": group}).status_code for path in users]
    assert answers == [204] * left + [403]


def test_the_violation_log_is_a_ring_per_credential(http: TestClient, mock: MockApi) -> None:
    for i in range(SMALL.max_violations_per_tenant + 2):
        assert http.get(f"/v4/segments?limit=x{i}").status_code == 400
    listed = http.get("/__mock__/violations").json()
    assert listed == [
        f"GET /v4/segments -> 400 Validation failed (limit: 'x{i}' is not an integer)"
        for i in range(2, SMALL.max_violations_per_tenant + 2)
    ]
    for _ in range(SMALL.max_violations_per_tenant + 2):
        http.get("/v4/segments", headers={"Authorization": "Bearer nope"})  # no credential: a ring of its own
    assert len(mock.anonymous) == SMALL.max_violations_per_tenant
    assert len(mock.violations) == 2 * SMALL.max_violations_per_tenant


def test_nothing_the_mock_answers_is_plain_text(mock: MockApi, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(call: Any) -> Any:
        raise RuntimeError("a defect")

    monkeypatch.setitem(mock.vendor.handlers, "v4ListSegments", broken)
    with TestClient(create_app(mock), base_url="http://127.0.0.1", headers=AUTH, raise_server_exceptions=False) as http:
        failed = http.get("/v4/segments")
        assert_qonversion_error(failed, 500, "internal_error")
        for response in (http.get("/__mock__/nothing"), http.put("/__mock__/reset"), http.get("/")):
            assert response.headers["content-type"] == "application/json", response.text
            assert "error" in response.json()


def example(mock: MockApi, operation: str) -> dict[str, Any]:
    """The spec's first request example of ``operation``."""
    op = mock.spec.operations[operation]
    media = mock.spec.document["paths"][op.path][op.method.lower()]["requestBody"]["content"]["application/json"]
    value: dict[str, Any] = next(iter(media["examples"].values()))["value"]
    return value


class NoScan(dict[str, Any]):
    """A collection that fails any scan: lookups must go by key."""

    def values(self) -> Any:
        raise AssertionError("scanned every experiment")

    def items(self) -> Any:
        raise AssertionError("scanned every experiment")

    def __iter__(self) -> Any:
        raise AssertionError("scanned every experiment")


def test_salesforce_name_lookups_never_scan(smock: MockApi) -> None:
    base = "/services/data/v65.0/personalization/abn-experiments"
    with TestClient(
        create_app(smock), base_url="http://127.0.0.1", headers={"Authorization": f"Bearer {SF_TOKEN}"}
    ) as http:
        body = {**example(smock, "createPersonalizationExperiment"), "name": "first"}
        created = http.post(base, json=body)
        assert created.status_code == 201, created.text
        ident = created.json()["id"]
        store = smock.store(SF_TOKEN)
        store.collections["experiments"] = NoScan(store.collections["experiments"])
        assert http.get(f"{base}/first").json()["id"] == ident
        assert http.post(base, json=body).status_code == 409  # the name is taken
        assert http.patch(f"{base}/first", json={"name": "renamed"}).status_code == 200
        assert http.get(f"{base}/first").status_code == 404
        assert http.get(f"{base}/renamed").json()["id"] == ident
        assert http.delete(f"{base}/renamed").status_code == 202
        assert http.get(f"{base}/renamed").status_code == 404


@pytest.mark.parametrize(
    "criteria",
    ['{"a": "\\ud800"}', '{"a": 1, "a": 2}', '{"a": ' + "[" * 100 + "]" * 100 + "}", '{"a": NaN}'],
    ids=["lone-surrogate", "duplicate-key", "deep", "nan"],
)
def test_salesforce_criteria_strings_are_parsed_as_strictly_as_a_body(smock: MockApi, criteria: str) -> None:
    base = "/services/data/v65.0/personalization/abn-experiments"
    with TestClient(
        create_app(smock), base_url="http://127.0.0.1", headers={"Authorization": f"Bearer {SF_TOKEN}"}
    ) as http:
        created = http.post(base, json={**example(smock, "createPersonalizationExperiment"), "criteria": criteria})
        assert created.status_code == 201, created.text
        assert created.json()["criteria"] == {}  # S8: not a JSON object the mock can keep
        assert http.get(f"{base}/{created.json()['id']}").status_code == 200

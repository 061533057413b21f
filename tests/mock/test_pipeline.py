"""The request pipeline over HTTP: credentials, routing, validation and the vendors' error shapes."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from specfirst.mock import MockApi


@pytest.mark.parametrize("authorization", [None, "Bearer", "Bearer pk_live_1", "Basic c2tfMTIz", "Bearer sk_"])
def test_qonversion_missing_or_malformed_credentials_are_401(qhttp: TestClient, authorization: str | None) -> None:
    headers = {"Authorization": authorization} if authorization else {}
    if authorization is None:
        qhttp.headers.pop("Authorization")
    response = qhttp.get("/experiments", headers=headers)
    assert response.status_code == 401
    assert response.json() == {
        "error": {"type": "logical", "code": "control_unauthorized", "message": "Missing or invalid Bearer token"}
    }


@pytest.mark.parametrize("authorization", [None, "Bearer not-a-session", "Bearer 00D000000000001!"])
def test_salesforce_bad_credentials_are_401(shttp: TestClient, authorization: str | None) -> None:
    shttp.headers.pop("Authorization")
    headers = {"Authorization": authorization} if authorization else {}
    response = shttp.get("/personalization/abn-experiments/x", headers=headers)
    assert response.status_code == 401
    assert response.json() == [{"errorCode": "INVALID_SESSION_ID", "message": "Session expired or invalid"}]


def test_credentials_are_checked_before_routing(qhttp: TestClient) -> None:
    qhttp.headers.pop("Authorization")
    assert qhttp.get("/no/such/route").status_code == 401


def test_qonversion_validation_errors_name_each_field(qhttp: TestClient) -> None:
    response = qhttp.post("/segments", json={"conditions": [{"metric": 1, "comparator": "like", "value": "v"}]})
    assert response.status_code == 400
    error = response.json()["error"]
    assert (error["type"], error["code"], error["message"]) == ("request", "invalid_data", "Validation failed")
    assert sorted(d["field"] for d in error["details"]) == ["conditions.0.comparator", "conditions.0.metric", "name"]


def test_query_parameters_are_converted_and_validated(qhttp: TestClient) -> None:
    for query, message in [
        ("limit=abc", "'abc' is not an integer"),
        ("limit=101", "101 is greater than the maximum of 100"),
        ("limit=1&limit=2", "Given more than once"),
    ]:
        response = qhttp.get(f"/segments?{query}")
        assert response.status_code == 400
        assert response.json()["error"]["details"] == [{"field": "limit", "message": message}]


def test_path_parameters_are_validated_against_the_spec(qhttp: TestClient) -> None:
    response = qhttp.get("/experiments/has%20space")
    assert response.status_code == 400
    assert response.json()["error"]["details"][0]["field"] == "experiment_id"


def test_required_query_array(qhttp: TestClient) -> None:
    response = qhttp.get("/experiments/summary")
    assert response.status_code == 400
    assert response.json()["error"]["details"] == [{"field": "filter[experiment_uid][]", "message": "Required"}]


def test_malformed_json_and_wrong_media_type(qhttp: TestClient, shttp: TestClient) -> None:
    response = qhttp.post("/segments", content=b"{nope", headers={"Content-Type": "application/json"})
    assert response.status_code == 400 and response.json()["error"]["code"] == "invalid_data"
    response = qhttp.post("/segments", content=b"name=x", headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert response.status_code == 400
    response = shttp.post(
        "/personalization/abn-experiments", content=b"[", headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400 and response.json()[0]["errorCode"] == "JSON_PARSER_ERROR"


def test_salesforce_validation_errors_list_fields(shttp: TestClient) -> None:
    response = shttp.post("/personalization/abn-experiments", json={"name": "x", "chanceToWinThreshold": 50})
    assert response.status_code == 400
    errors = response.json()
    assert {e["errorCode"] for e in errors} == {"INVALID_INPUT"}
    assert sorted(e["fields"][0] for e in errors) == sorted(
        ["chanceToWinThreshold", "label", "dataSpaceName", "cohorts", "schemaName", "source"]
    )


def test_unknown_route_and_method(qhttp: TestClient, shttp: TestClient) -> None:
    response = qhttp.get("/nothing-here")
    assert response.status_code == 404 and response.json()["error"]["code"] == "invalid_request"
    response = qhttp.put("/experiments", json={})
    assert response.status_code == 405
    assert response.headers["allow"] == "GET, POST"
    response = shttp.put("/personalization/abn-experiments/x", json={})
    assert response.status_code == 405 and response.json()[0]["errorCode"] == "METHOD_NOT_ALLOWED"


def test_violations_are_recorded(qmock: MockApi, qhttp: TestClient) -> None:
    qhttp.get("/segments?limit=0")
    qhttp.get("/segments")
    assert [str(v) for v in qmock.violations] == [
        "GET /v4/segments -> 400 Validation failed (limit: 0 is less than the minimum of 1)"
    ]


def test_created_resources_have_location_and_canonical_url(qhttp: TestClient) -> None:
    response = qhttp.post("/segments", json={"name": "Premium"})
    assert response.status_code == 201
    body = response.json()
    assert response.headers["location"] == body["url"] == f"/v4/segments/{body['id']}"
    assert qhttp.get(body["url"].removeprefix("/v4")).json() == body

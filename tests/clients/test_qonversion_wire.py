"""The generated Qonversion client puts exactly the documented requests on the wire and parses
exactly the documented responses (the seed examples) and every declared error."""

import datetime
import json
import uuid
from typing import Any

import httpx
import pytest
import respx
from qonversion_client import AuthenticatedClient
from qonversion_client.api.experiments import (
    v_4_change_experiment_status,
    v_4_create_experiment,
    v_4_get_experiment,
    v_4_get_experiments_summary,
)
from qonversion_client.api.integrations import v_4_delete_integration, v_4_update_integration_status
from qonversion_client.api.segments import v_4_create_segment, v_4_list_segments
from qonversion_client.models import (
    ErrorResponse,
    Experiment,
    ExperimentCreate,
    ExperimentStatusChange,
    ExperimentStatusChangeStatus,
    Integration,
    IntegrationActive,
    IntegrationStatusChange,
    IntegrationStatusChangeStatus,
    Segment,
    SegmentConditionComparator,
    SegmentCreate,
    SegmentList,
    TargetPlatform,
)
from qonversion_client.types import Response

from tests import seeds
from tests.spec_utils import load

BASE = "https://api.qonversion.io/v4"
KEY = "test_sk_wire_0123456789"
UTC = datetime.UTC


def seed(name: str) -> tuple[Any, Any]:
    return seeds.examples(seeds.SEEDS / f"qonversion-v4-{name}.txt")


@pytest.fixture
def client() -> AuthenticatedClient:
    return AuthenticatedClient(base_url=BASE, token=KEY)


@pytest.fixture
def wire() -> respx.MockRouter:
    with respx.mock(base_url=BASE, assert_all_called=True) as router:
        yield router


def assert_json_request(request: httpx.Request, method: str, raw_path: bytes, body: Any) -> None:
    assert request.method == method
    assert request.url.raw_path == raw_path
    assert request.headers["Authorization"] == f"Bearer {KEY}"
    assert request.headers["Content-Type"] == "application/json"
    assert json.loads(request.content) == body


def test_create_experiment_seed(client: AuthenticatedClient, wire: respx.MockRouter) -> None:
    request_json, response_json = seed("experiment-create")
    request_json = {**request_json, "alias_id": "paywall_ab_test_v3"}  # the seed's "<string>" breaks the pattern
    route = wire.post("/experiments").respond(201, json=response_json)

    result = v_4_create_experiment.sync_detailed(client=client, body=ExperimentCreate.from_dict(request_json))

    assert_json_request(route.calls.last.request, "POST", b"/v4/experiments", request_json)
    assert result.status_code == 201
    experiment = result.parsed
    assert isinstance(experiment, Experiment)
    assert_seed_experiment(experiment)
    assert experiment.to_dict() == response_json


def assert_seed_experiment(experiment: Experiment) -> None:
    stamp = datetime.datetime(2023, 11, 7, 5, 31, 56, tzinfo=UTC)
    assert experiment.object_ == "experiment"
    assert (experiment.id, experiment.url, experiment.name) == ("<string>", "<string>", "<string>")
    assert (experiment.description, experiment.status) == ("<string>", "<string>")
    assert experiment.started_at == stamp and experiment.finished_at == stamp
    assert experiment.segment_percent == 123 and experiment.goal_value == 123
    assert (experiment.primary_metric, experiment.goal_direction, experiment.context_key) == ("<string>",) * 3
    assert experiment.is_context_specific is True
    assert experiment.created_at == stamp and experiment.updated_at == stamp


def test_change_experiment_status_seed(client: AuthenticatedClient, wire: respx.MockRouter) -> None:
    request_json, response_json = seed("experiment-status")
    route = wire.post("/experiments/exp_42/status").respond(200, json=response_json)

    result = v_4_change_experiment_status.sync_detailed(
        "exp_42", client=client, body=ExperimentStatusChange(status=ExperimentStatusChangeStatus.DRAFT)
    )

    assert_json_request(route.calls.last.request, "POST", b"/v4/experiments/exp_42/status", request_json)
    assert isinstance(result.parsed, Experiment)
    assert_seed_experiment(result.parsed)
    assert result.parsed.to_dict() == response_json


def test_update_integration_status_seed(client: AuthenticatedClient, wire: respx.MockRouter) -> None:
    request_json, response_json = seed("integration-status")
    route = wire.post("/integrations/gNl6hyM6/status").respond(200, json=response_json)

    result = v_4_update_integration_status.sync_detailed(
        "gNl6hyM6", client=client, body=IntegrationStatusChange(status=IntegrationStatusChangeStatus.ACTIVE)
    )

    assert_json_request(route.calls.last.request, "POST", b"/v4/integrations/gNl6hyM6/status", request_json)
    integration = result.parsed
    assert isinstance(integration, Integration)
    assert (integration.object_, integration.id, integration.url) == (
        "integration",
        "gNl6hyM6",
        "/v4/integrations/gNl6hyM6",
    )
    assert (integration.title, integration.integration) == ("Amplitude — Production iOS", "Amplitude")
    assert integration.target_platform is TargetPlatform.IOS
    assert integration.active is IntegrationActive.PAUSED
    assert integration.created_at == integration.updated_at == datetime.datetime(2026, 2, 26, 16, 3, 9, tzinfo=UTC)
    assert integration.last_delivery_at == datetime.datetime(2026, 4, 22, 10, 12, 33, tzinfo=UTC)
    assert integration.last_error_at == datetime.datetime(2023, 11, 7, 5, 31, 56, tzinfo=UTC)
    assert integration.last_error_message == "<string>"
    assert integration.delivery_error_count == 1
    assert integration.to_dict() == response_json


@pytest.mark.parametrize("idempotency_key", ["seg-create-7f3a", None])
def test_create_segment_seed(client: AuthenticatedClient, wire: respx.MockRouter, idempotency_key: str | None) -> None:
    request_json, response_json = seed("segment-create")
    route = wire.post("/segments").respond(201, json=response_json)
    kwargs: dict[str, Any] = {"idempotency_key": idempotency_key} if idempotency_key else {}

    result = v_4_create_segment.sync_detailed(client=client, body=SegmentCreate.from_dict(request_json), **kwargs)

    request = route.calls.last.request
    assert_json_request(request, "POST", b"/v4/segments", request_json)
    if idempotency_key:
        assert request.headers["Idempotency-Key"] == idempotency_key
    else:  # the spec declares the header, so the runtime sends a fresh key (see tests/runtime)
        assert uuid.UUID(request.headers["Idempotency-Key"]).version == 4
    segment = result.parsed
    assert isinstance(segment, Segment)
    assert (segment.object_, segment.id, segment.url) == ("segment", "premium-users", "/v4/segments/premium-users")
    assert (segment.name, segment.is_system) == ("Premium Users", True)
    [condition] = segment.conditions
    assert (condition.metric, condition.comparator, condition.value, condition.negate) == (
        "environment", SegmentConditionComparator.EQ, "prod", False,
    )  # fmt: skip
    assert segment.created_at == datetime.datetime(2025, 9, 15, 12, 30, tzinfo=UTC)
    assert segment.updated_at == datetime.datetime(2025, 11, 3, 10, 26, 40, tzinfo=UTC)
    assert segment.to_dict() == response_json


def test_list_segments_sends_pagination_query(client: AuthenticatedClient, wire: respx.MockRouter) -> None:
    _, segment_json = seed("segment-create")
    page = {
        "object": "list",
        "url": "/v4/segments",
        "data": [segment_json],
        "has_more": True,
        "next_cursor": "premium-users",
    }
    route = wire.get("/segments").respond(200, json=page)

    result = v_4_list_segments.sync_detailed(client=client, limit=1, starting_after="basic-users")

    request = route.calls.last.request
    assert request.method == "GET"
    assert request.url.raw_path == b"/v4/segments?limit=1&starting_after=basic-users"
    assert "Content-Type" not in request.headers
    assert isinstance(result.parsed, SegmentList)
    assert result.parsed.has_more is True and result.parsed.next_cursor == "premium-users"
    assert [s.id for s in result.parsed.data] == ["premium-users"]
    assert result.parsed.to_dict() == page


def test_get_experiment(client: AuthenticatedClient, wire: respx.MockRouter) -> None:
    _, experiment_json = seed("experiment-status")
    route = wire.get("/experiments/exp_42").respond(200, json=experiment_json)
    result = v_4_get_experiment.sync_detailed("exp_42", client=client)
    assert route.calls.last.request.url.raw_path == b"/v4/experiments/exp_42"
    assert route.calls.last.request.content == b""
    assert isinstance(result.parsed, Experiment) and result.parsed.to_dict() == experiment_json


def test_experiments_summary_repeats_the_filter_key(client: AuthenticatedClient, wire: respx.MockRouter) -> None:
    route = wire.get("/experiments/summary").respond(200, json={"object": "experiments_summary", "data": []})
    result = v_4_get_experiments_summary.sync_detailed(client=client, filterexperiment_uid=["exp_1", "exp_2"])
    assert route.calls.last.request.url.raw_path == (
        b"/v4/experiments/summary?filter%5Bexperiment_uid%5D%5B%5D=exp_1&filter%5Bexperiment_uid%5D%5B%5D=exp_2"
    )
    assert result.parsed is not None and result.parsed.to_dict() == {"object": "experiments_summary", "data": []}


def test_delete_integration_returns_no_body(client: AuthenticatedClient, wire: respx.MockRouter) -> None:
    route = wire.delete("/integrations/gNl6hyM6").respond(204)
    result = v_4_delete_integration.sync_detailed("gNl6hyM6", client=client)
    assert route.calls.last.request.method == "DELETE"
    assert route.calls.last.request.url.raw_path == b"/v4/integrations/gNl6hyM6"
    assert result.status_code == 204 and result.parsed is None


ERROR_BODIES = {
    "400": {"error": {"type": "request", "code": "invalid_data", "message": "Validation failed",
                      "details": [{"field": "name", "message": "Required"}]}},
    "401": {"error": {"type": "logical", "code": "control_unauthorized", "message": "Missing or invalid Bearer token"}},
    "403": {"error": {"type": "logical", "code": "control_forbidden", "message": "Insufficient permissions"}},
    "404": {"error": {"type": "resource", "code": "not_found", "message": "Not found"}},
    "409": {"error": {"type": "resource", "code": "already_exists", "message": "Conflicts with current state"}},
    "422": {"error": {"type": "logical", "code": "invalid_transition", "message": "Cannot process"}},
    "429": {"error": {"code": "too_many_requests", "message": "Slow down"}},
    "500": {"error": {"type": "internal", "code": "unknown_error", "message": "Unknown reason"}},
    "503": {"error": {"type": "internal", "code": "network_error", "message": "Internal services interaction failed"}},
}  # fmt: skip

# max_retries=0: a 429 would otherwise be retried (tests/runtime covers that).
SEED_CALLS = {
    ("post", "/experiments"): lambda c: v_4_create_experiment.sync_detailed(
        client=c, body=ExperimentCreate(name="n", alias_id="a"), max_retries=0
    ),
    ("post", "/experiments/{experiment_id}/status"): lambda c: v_4_change_experiment_status.sync_detailed(
        "e", client=c, body=ExperimentStatusChange(status=ExperimentStatusChangeStatus.ACTIVE), max_retries=0
    ),
    ("post", "/integrations/{integration_id}/status"): lambda c: v_4_update_integration_status.sync_detailed(
        "i", client=c, body=IntegrationStatusChange(status=IntegrationStatusChangeStatus.PAUSED), max_retries=0
    ),
    ("post", "/segments"): lambda c: v_4_create_segment.sync_detailed(
        client=c, body=SegmentCreate(name="n"), max_retries=0
    ),
}


@pytest.mark.parametrize(
    ("operation", "status"),
    [(op, code) for op in SEED_CALLS for code in load("qonversion")["paths"][op[1]][op[0]]["responses"] if code >= "4"],
    ids=str,
)
def test_each_declared_error_parses_into_the_error_model(
    client: AuthenticatedClient, operation: tuple[str, str], status: str
) -> None:
    body = ERROR_BODIES[status]
    with respx.mock(base_url=BASE) as router:
        router.route().respond(int(status), json=body)
        result: Response[Any] = SEED_CALLS[operation](client)
    assert result.status_code == int(status)
    assert isinstance(result.parsed, ErrorResponse)
    error = result.parsed.error
    assert (error.code, error.message) == (body["error"]["code"], body["error"]["message"])
    assert result.parsed.to_dict() == body

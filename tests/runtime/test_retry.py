"""Retries (overrides/runtime/_retry.py): what is retried, how often, how long the injected sleep is asked
to wait, and that a write which may have reached the server is never sent twice without an idempotency key."""

import email.utils
import logging
import re
import uuid

import httpx
import pytest
import respx
from qonversion_client import (
    APIConnectionError,
    APITimeoutError,
    InternalServerError,
    QonversionClient,
    RateLimitError,
    RetryPolicy,
)
from qonversion_client.api.experiments import v_4_create_experiment
from qonversion_client.api.segments import (
    v_4_create_segment,
    v_4_delete_segment,
    v_4_get_segment,
    v_4_update_segment,
)
from qonversion_client.models import ExperimentCreate, Segment, SegmentCreate, SegmentReplace
from salesforce_personalization_client import InternalServerError as SalesforceServerError
from salesforce_personalization_client import SalesforceClient
from salesforce_personalization_client.api.personalization_experiments import (
    get_personalization_experiment,
    update_personalization_experiment,
)
from salesforce_personalization_client.models import PersonalizationExperiment, PersonalizationExperimentPatch

from .calls import MODES, call, call_detailed
from .conftest import EXPERIMENT, NOW, QONVERSION_KEY, SEGMENT, SF_EXPERIMENT, Sleeps, policy_kwargs, q_error

pytestmark = pytest.mark.parametrize("mode", MODES)


def test_5xx_is_retried_with_exponential_backoff(
    mode: str, qonversion: QonversionClient, q_wire: respx.MockRouter, sleeps: Sleeps
) -> None:
    route = q_wire.get("/segments/premium-users").mock(
        side_effect=[httpx.Response(503), httpx.Response(502), httpx.Response(200, json=SEGMENT)]
    )
    result = call_detailed(mode, v_4_get_segment, "premium-users", client=qonversion)
    assert result.status_code == 200 and isinstance(result.parsed, Segment)
    assert result.retries == 2
    assert route.call_count == 3
    assert sleeps.delays == [0.5, 1.0]


def test_backoff_has_jitter_and_a_ceiling(mode: str, q_wire: respx.MockRouter, sleeps: Sleeps) -> None:
    policy = RetryPolicy(initial_delay=0.5, max_delay=1.5, jitter=0.25, **policy_kwargs(sleeps, jitter_draw=0.4))
    client = QonversionClient(secret_key=QONVERSION_KEY, max_retries=4, retry_policy=policy)
    route = q_wire.get("/segments/premium-users").mock(return_value=httpx.Response(500))
    with pytest.raises(InternalServerError) as info:
        call(mode, v_4_get_segment, "premium-users", client=client)
    assert route.call_count == 5 and info.value.retries == 4
    assert sleeps.delays == pytest.approx([0.45, 0.9, 1.35, 1.35])  # min(1.5, 0.5 * 2**n) * (1 - 0.25 * 0.4)


@pytest.mark.parametrize(
    ("retry_after", "expected"),
    [
        ("3", 3.0),
        ("0.25", 0.25),
        (email.utils.formatdate(NOW + 7, usegmt=True), 7.0),  # HTTP-date, against the injected clock
        (email.utils.formatdate(NOW - 30, usegmt=True), 0.0),  # a date in the past: retry now
        ("600", 60.0),  # capped at RetryPolicy.retry_after_cap
        ("soon", 0.5),  # unparseable: the normal backoff
    ],
)
def test_retry_after_is_honoured_up_to_the_cap(
    mode: str,
    qonversion: QonversionClient,
    q_wire: respx.MockRouter,
    sleeps: Sleeps,
    retry_after: str,
    expected: float,
) -> None:
    route = q_wire.get("/segments/premium-users").mock(
        side_effect=[
            httpx.Response(429, headers={"Retry-After": retry_after}, json=q_error("too_many_requests")),
            httpx.Response(200, json=SEGMENT),
        ]
    )
    segment = call(mode, v_4_get_segment, "premium-users", client=qonversion)
    assert segment.id == "premium-users"
    assert route.call_count == 2
    assert sleeps.delays == [expected]


def test_408_is_retried(mode: str, qonversion: QonversionClient, q_wire: respx.MockRouter, sleeps: Sleeps) -> None:
    route = q_wire.get("/segments/premium-users").mock(
        side_effect=[httpx.Response(408), httpx.Response(200, json=SEGMENT)]
    )
    assert call_detailed(mode, v_4_get_segment, "premium-users", client=qonversion).retries == 1
    assert route.call_count == 2 and sleeps.delays == [0.5]


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422])
def test_client_errors_are_not_retried(
    mode: str, qonversion: QonversionClient, q_wire: respx.MockRouter, sleeps: Sleeps, status: int
) -> None:
    route = q_wire.get("/segments/premium-users").respond(status, json=q_error("x"))
    result = call_detailed(mode, v_4_get_segment, "premium-users", client=qonversion)
    assert result.status_code == status and result.retries == 0
    assert route.call_count == 1 and sleeps.delays == []


def test_max_retries_per_client(mode: str, q_wire: respx.MockRouter, sleeps: Sleeps) -> None:
    client = QonversionClient(
        secret_key=QONVERSION_KEY, max_retries=1, retry_policy=RetryPolicy(**policy_kwargs(sleeps))
    )
    route = q_wire.get("/segments/premium-users").respond(503)
    with pytest.raises(InternalServerError) as info:
        call(mode, v_4_get_segment, "premium-users", client=client)
    assert route.call_count == 2 and info.value.retries == 1 and sleeps.delays == [0.5]


@pytest.mark.parametrize(("max_retries", "delays"), [(0, []), (3, [0.5, 1.0, 2.0])])
def test_max_retries_per_call(
    mode: str,
    qonversion: QonversionClient,
    q_wire: respx.MockRouter,
    sleeps: Sleeps,
    max_retries: int,
    delays: list[float],
) -> None:
    route = q_wire.get("/segments/premium-users").respond(503)
    with pytest.raises(InternalServerError) as info:
        call(mode, v_4_get_segment, "premium-users", client=qonversion, max_retries=max_retries)
    assert route.call_count == max_retries + 1
    assert info.value.retries == max_retries
    assert sleeps.delays == delays


def test_negative_max_retries_is_refused(mode: str, qonversion: QonversionClient, q_wire: respx.MockRouter) -> None:
    route = q_wire.get("/segments/premium-users").respond(200, json=SEGMENT)
    with pytest.raises(ValueError, match="max_retries"):
        call(mode, v_4_get_segment, "premium-users", client=qonversion, max_retries=-1)
    assert route.call_count == 0


def test_connection_errors_and_timeouts_are_retried(
    mode: str, qonversion: QonversionClient, q_wire: respx.MockRouter, sleeps: Sleeps
) -> None:
    route = q_wire.get("/segments/premium-users").mock(
        side_effect=[httpx.ConnectError("refused"), httpx.ReadTimeout("slow"), httpx.Response(200, json=SEGMENT)]
    )
    result = call_detailed(mode, v_4_get_segment, "premium-users", client=qonversion)
    assert isinstance(result.parsed, Segment) and result.retries == 2
    assert route.call_count == 3 and sleeps.delays == [0.5, 1.0]


@pytest.mark.parametrize(
    ("failure", "error"),
    [(httpx.ConnectError("refused"), APIConnectionError), (httpx.ReadTimeout("slow"), APITimeoutError)],
)
def test_exhausted_connection_retries_raise_a_typed_error(
    mode: str,
    qonversion: QonversionClient,
    q_wire: respx.MockRouter,
    sleeps: Sleeps,
    failure: Exception,
    error: type[APIConnectionError],
) -> None:
    route = q_wire.get("/segments/premium-users").mock(side_effect=failure)
    with pytest.raises(APIConnectionError) as info:
        call(mode, v_4_get_segment, "premium-users", client=qonversion)
    assert type(info.value) is error
    assert (info.value.method, info.value.path, info.value.retries) == ("GET", "/v4/segments/premium-users", 2)
    assert route.call_count == 3 and sleeps.delays == [0.5, 1.0]


# Non-idempotent writes: POST /experiments declares no Idempotency-Key.


@pytest.mark.parametrize(
    ("answer", "error"),
    [
        (httpx.Response(503), InternalServerError),
        (httpx.Response(429, headers={"Retry-After": "1"}, json=q_error("too_many_requests")), RateLimitError),
        (httpx.ReadTimeout("slow"), APITimeoutError),
        (httpx.RemoteProtocolError("reset mid-response"), APIConnectionError),
    ],
)
def test_a_write_without_idempotency_key_is_never_sent_twice(
    mode: str,
    qonversion: QonversionClient,
    q_wire: respx.MockRouter,
    sleeps: Sleeps,
    answer: httpx.Response | Exception,
    error: type[Exception],
) -> None:
    route = q_wire.post("/experiments").mock(side_effect=[answer, httpx.Response(201, json=EXPERIMENT)])
    with pytest.raises(error) as info:
        call(mode, v_4_create_experiment, client=qonversion, body=ExperimentCreate(name="n", alias_id="a"))
    assert type(info.value) is error
    assert route.call_count == 1 and sleeps.delays == []


def test_a_write_that_never_reached_the_server_is_retried(
    mode: str, qonversion: QonversionClient, q_wire: respx.MockRouter, sleeps: Sleeps
) -> None:
    route = q_wire.post("/experiments").mock(
        side_effect=[
            httpx.ConnectError("refused"),
            httpx.ConnectTimeout("no SYN-ACK"),
            httpx.Response(201, json=EXPERIMENT),
        ]
    )
    experiment = call(mode, v_4_create_experiment, client=qonversion, body=ExperimentCreate(name="n", alias_id="a"))
    assert experiment.id == "exp_1"
    assert route.call_count == 3 and sleeps.delays == [0.5, 1.0]


def test_salesforce_patch_is_not_retried_but_get_is(
    mode: str, salesforce: SalesforceClient, sf_wire: respx.MockRouter, sleeps: Sleeps
) -> None:
    patch = sf_wire.patch("/personalization/abn-experiments/exp").respond(503)
    get = sf_wire.get("/personalization/abn-experiments/exp").mock(
        side_effect=[httpx.Response(503, headers={"Retry-After": "2"}), httpx.Response(200, json=SF_EXPERIMENT)]
    )
    with pytest.raises(SalesforceServerError):
        call(mode, update_personalization_experiment, "exp", client=salesforce, body=PersonalizationExperimentPatch())
    assert patch.call_count == 1 and sleeps.delays == []
    experiment = call(mode, get_personalization_experiment, "exp", client=salesforce)
    assert isinstance(experiment, PersonalizationExperiment) and experiment.id == "1GaSB00000Cojr30AB"
    assert get.call_count == 2 and sleeps.delays == [2.0]


@pytest.mark.parametrize("operation", ["put", "delete"])
def test_put_and_delete_are_idempotent_so_retried(
    mode: str, qonversion: QonversionClient, q_wire: respx.MockRouter, sleeps: Sleeps, operation: str
) -> None:
    if operation == "put":
        route = q_wire.put("/segments/premium-users").mock(
            side_effect=[httpx.Response(500), httpx.Response(200, json=SEGMENT)]
        )
        call(mode, v_4_update_segment, "premium-users", client=qonversion, body=SegmentReplace(name="n"))
    else:
        route = q_wire.delete("/segments/premium-users").mock(side_effect=[httpx.Response(500), httpx.Response(204)])
        assert call(mode, v_4_delete_segment, "premium-users", client=qonversion) is None
    assert route.call_count == 2 and sleeps.delays == [0.5]


# Writes whose spec declares Idempotency-Key (POST /segments, POST /integrations).


def test_generated_idempotency_key_is_the_same_on_every_attempt(
    mode: str, qonversion: QonversionClient, q_wire: respx.MockRouter, sleeps: Sleeps
) -> None:
    route = q_wire.post("/segments").mock(
        side_effect=[httpx.Response(503), httpx.ReadTimeout("slow"), httpx.Response(201, json=SEGMENT)]
    )
    result = call_detailed(mode, v_4_create_segment, client=qonversion, body=SegmentCreate(name="Premium Users"))
    assert result.status_code == 201 and result.retries == 2
    keys = [call.request.headers["Idempotency-Key"] for call in route.calls]
    assert len(keys) == 3 and len(set(keys)) == 1
    assert uuid.UUID(keys[0]).version == 4
    assert sleeps.delays == [0.5, 1.0]


def test_caller_idempotency_key_is_kept_and_each_call_gets_its_own(
    mode: str, qonversion: QonversionClient, q_wire: respx.MockRouter
) -> None:
    route = q_wire.post("/segments").mock(
        side_effect=[httpx.Response(500), httpx.Response(201, json=SEGMENT)] + [httpx.Response(201, json=SEGMENT)] * 2
    )
    body = SegmentCreate(name="Premium Users")
    call(mode, v_4_create_segment, client=qonversion, body=body, idempotency_key="order-42")
    call(mode, v_4_create_segment, client=qonversion, body=body)
    call(mode, v_4_create_segment, client=qonversion, body=body)
    keys = [call.request.headers["Idempotency-Key"] for call in route.calls]
    assert keys[:2] == ["order-42", "order-42"]
    assert keys[2] != keys[3] and all(re.fullmatch(r"[0-9a-f-]{36}", key) for key in keys[2:])


def test_each_retry_is_logged_without_secrets(
    mode: str, qonversion: QonversionClient, q_wire: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    q_wire.get("/segments/premium-users").mock(side_effect=[httpx.Response(503), httpx.Response(200, json=SEGMENT)])
    with caplog.at_level(logging.INFO, logger="qonversion_client"):
        call(mode, v_4_get_segment, "premium-users", client=qonversion)
    retry_lines = [r.getMessage() for r in caplog.records if r.name == "qonversion_client"]
    assert retry_lines == ["retrying GET /v4/segments/premium-users in 0.500 s (retry 1) after status 503"]

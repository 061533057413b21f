"""The generated Qonversion client, with its retries, against the served mock's fault injection over TCP.

Faults (``POST /__mock__/faults``) are consumed one per request before anything else happens, so counting
the faults left after a call says exactly how many attempts the call made. Sleeps are injected (recorded,
not slept): the delays asked for are asserted, never the time taken.
"""

import threading
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from qonversion_client import (
    APIConnectionError,
    InternalServerError,
    QonversionClient,
    RateLimitError,
    RetryPolicy,
)
from qonversion_client.api.experiments import v_4_create_experiment, v_4_list_experiments
from qonversion_client.api.segments import v_4_create_segment, v_4_list_segments
from qonversion_client.models import ExperimentCreate, SegmentCreate

MAX_RETRIES = 3
FAULTS: dict[str, dict[str, Any]] = {
    "429 Retry-After 2": {"status": 429, "retry_after": 2},
    "503 Retry-After 1": {"status": 503, "retry_after": 1},
    "dropped connection": {"drop": True},
}
ERRORS: dict[str, type[Exception]] = {
    "429 Retry-After 2": RateLimitError,
    "503 Retry-After 1": InternalServerError,
    "dropped connection": APIConnectionError,
}


class Sleeps:
    """The injected sleep: records every delay the retry loop asks for (thread-safe), sleeps none."""

    def __init__(self) -> None:
        self.delays: list[float] = []
        self.lock = threading.Lock()

    def __call__(self, seconds: float) -> None:
        with self.lock:
            self.delays.append(seconds)


@pytest.fixture
def key() -> str:
    return f"test_sk_faults_{uuid.uuid4().hex}"


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def client(served: str, key: str, sleeps: Sleeps) -> Iterator[QonversionClient]:
    policy = RetryPolicy(sleep=sleeps, random=lambda: 0.0)
    with QonversionClient(
        secret_key=key, base_url=served + "/v4", max_retries=MAX_RETRIES, retry_policy=policy
    ) as client:
        yield client


@pytest.fixture
def control(served: str, key: str) -> Iterator[httpx.Client]:
    """The mock's control endpoints, as ``key`` (faults and resets are per credential); every test starts
    with no pending fault (a failed test may leave some)."""
    with httpx.Client(base_url=served, timeout=30, headers={"Authorization": f"Bearer {key}"}) as http:
        http.post("/__mock__/reset").raise_for_status()
        yield http


def inject(control: httpx.Client, count: int, fault: dict[str, Any]) -> None:
    control.post("/__mock__/faults", json={"count": count, **fault}).raise_for_status()


def faults_left(control: httpx.Client, key: str, limit: int = 50) -> int:
    """Consume the pending faults with plain GETs, counting them (the first clean answer ends the count)."""
    for left in range(limit):
        try:
            response = control.get("/v4/segments", headers={"Authorization": f"Bearer {key}"})
        except httpx.TransportError:
            continue
        if response.status_code == 200:
            return left
    raise AssertionError(f"more than {limit} faults pending")


def segment_ids(client: QonversionClient) -> list[str]:
    return [s.id for s in v_4_list_segments.sync(client=client, limit=100, max_retries=0).data]


@pytest.mark.parametrize("fault", list(FAULTS))
def test_a_create_with_a_key_rides_out_faults_once_and_stops_at_the_budget(
    fault: str, client: QonversionClient, control: httpx.Client, key: str, sleeps: Sleeps
) -> None:
    inject(control, MAX_RETRIES, FAULTS[fault])
    result = v_4_create_segment.sync_detailed(client=client, body=SegmentCreate(name="Once"))
    assert (result.status_code, result.retries) == (201, MAX_RETRIES)
    assert result.parsed is not None
    assert segment_ids(client) == [result.parsed.id]  # three faults, one segment
    if "retry_after" in FAULTS[fault]:
        assert sleeps.delays == [float(FAULTS[fault]["retry_after"])] * MAX_RETRIES
    else:
        assert sleeps.delays == [0.5, 1.0, 2.0]  # exponential backoff, jitter pinned to 0

    extra = 2
    inject(control, MAX_RETRIES + 1 + extra, FAULTS[fault])
    with pytest.raises(ERRORS[fault]) as raised:
        v_4_create_segment.sync(client=client, body=SegmentCreate(name="Never"))
    assert raised.value.retries == MAX_RETRIES  # type: ignore[attr-defined]
    assert faults_left(control, key) == extra  # so exactly MAX_RETRIES + 1 attempts
    assert segment_ids(client) == [result.parsed.id]


@pytest.mark.parametrize("fault", list(FAULTS))
def test_a_write_without_a_key_is_never_sent_twice(
    fault: str, client: QonversionClient, control: httpx.Client, key: str
) -> None:
    inject(control, 3, FAULTS[fault])
    with pytest.raises(ERRORS[fault]) as raised:
        v_4_create_experiment.sync(client=client, body=ExperimentCreate(name="Once", alias_id="once"))
    assert raised.value.retries == 0  # type: ignore[attr-defined]
    assert faults_left(control, key) == 2  # one attempt
    assert v_4_list_experiments.sync(client=client).data == []


@pytest.mark.parametrize(
    "kinds",
    [
        pytest.param(["429 Retry-After 2", "503 Retry-After 1"], id="429+503"),
        pytest.param(list(FAULTS), id="429+503+drop"),
    ],
)
def test_concurrent_creates_through_faults_write_each_resource_once(
    kinds: list[str], client: QonversionClient, control: httpx.Client, sleeps: Sleeps
) -> None:
    calls, threads, per_kind = 96, 16, 8
    for kind in kinds:
        inject(control, per_kind, FAULTS[kind])
    faults = per_kind * len(kinds)
    with ThreadPoolExecutor(max_workers=threads) as pool:
        results = list(
            pool.map(
                lambda n: v_4_create_segment.sync_detailed(
                    client=client, body=SegmentCreate(name=f"s{n}"), max_retries=faults
                ),
                range(calls),
            )
        )
    assert [r.status_code for r in results] == [201] * calls
    assert sum(r.retries for r in results) == faults  # each fault cost exactly one attempt, nothing more
    assert len(sleeps.delays) == faults
    created = {r.parsed.id for r in results if r.parsed is not None}
    assert len(created) == calls
    listed: list[str] = []
    page = v_4_list_segments.sync(client=client, limit=100, max_retries=0)
    listed += [s.id for s in page.data]
    assert set(listed) == created and len(listed) == calls  # no duplicate, none missing

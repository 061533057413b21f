"""The runtime against the reference mocks (src/specfirst/mock), in-process through respx: retries on the
mock's injected faults, idempotent replays, pagination over real state, and the mock's own error answers."""

import asyncio
from collections.abc import Iterator

import httpx
import pytest
import respx
from qonversion_client import APITimeoutError, AuthenticationError, NotFoundError, QonversionClient, RetryPolicy
from qonversion_client.api.experiments import v_4_create_experiment, v_4_list_experiments
from qonversion_client.api.segments import v_4_create_segment, v_4_get_segment, v_4_list_segments
from qonversion_client.models import ExperimentCreate, SegmentCreate
from salesforce_personalization_client import NotFoundError as SalesforceNotFound
from salesforce_personalization_client import SalesforceClient
from salesforce_personalization_client.api.personalization_experiments import (
    create_personalization_experiment,
    get_personalization_experiment,
)
from salesforce_personalization_client.models import PersonalizationExperimentInput

from specfirst.mock import create_mock
from specfirst.mock.pytest_plugin import MockedApi, mocked
from tests.spec_utils import load

from .conftest import QONVERSION_BASE, SALESFORCE_INSTANCE, SALESFORCE_TOKEN, Sleeps, policy_kwargs

KEY = "test_sk_reference_mock_1"


@pytest.fixture
def reference() -> Iterator[MockedApi]:
    yield from mocked("qonversion")


@pytest.fixture
def client(sleeps: Sleeps) -> QonversionClient:
    return QonversionClient(secret_key=KEY, retry_policy=RetryPolicy(**policy_kwargs(sleeps)))


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_injected_503s_are_retried_after_retry_after_and_create_once(
    mode: str, reference: MockedApi, client: QonversionClient, sleeps: Sleeps
) -> None:
    reference.fail_next(2, status=503, retry_after=1)
    body = SegmentCreate(name="VIP")
    if mode == "sync":
        result = v_4_create_segment.sync_detailed(client=client, body=body)
    else:
        result = asyncio.run(v_4_create_segment.asyncio_detailed(client=client, body=body))
    assert (result.status_code, result.retries) == (201, 2)
    assert sleeps.delays == [1.0, 1.0]
    assert [s.name for s in v_4_list_segments.sync(client=client, limit=100).data] == ["VIP"]


def test_a_dropped_connection_is_retried_only_for_the_write_with_a_key(
    reference: MockedApi, client: QonversionClient
) -> None:
    reference.drop_next(1)
    assert v_4_create_segment.sync_detailed(client=client, body=SegmentCreate(name="VIP")).retries == 1
    reference.drop_next(1)
    with pytest.raises(Exception) as info:
        v_4_create_experiment.sync(client=client, body=ExperimentCreate(name="e", alias_id="e1"))
    assert type(info.value).__name__ == "APIConnectionError" and info.value.retries == 0  # type: ignore[attr-defined]


def test_a_lost_response_is_replayed_by_the_idempotency_key_not_applied_twice(sleeps: Sleeps) -> None:
    """The server applies the write, the response is lost, the retry carries the same key: one segment.
    Without a key (POST /experiments) the client does not retry and says so."""
    api = MockedApi(create_mock("qonversion"), QONVERSION_BASE)
    lose = {"POST /v4/segments": 1, "POST /v4/experiments": 1}

    def lossy(request: httpx.Request) -> httpx.Response:
        response = api.handle(request)  # applied on the server
        where = f"{request.method} {request.url.path}"
        if lose.get(where):
            lose[where] -= 1
            raise httpx.ReadTimeout("response lost", request=request)
        return response

    client = QonversionClient(secret_key=KEY, retry_policy=RetryPolicy(**policy_kwargs(sleeps)))
    with respx.mock(base_url=QONVERSION_BASE) as router:
        router.route().mock(side_effect=lossy)
        created = v_4_create_segment.sync_detailed(client=client, body=SegmentCreate(name="VIP"))
        assert (created.status_code, created.retries) == (201, 1)
        assert [s.name for s in v_4_list_segments.sync(client=client).data] == ["VIP"]
        with pytest.raises(APITimeoutError):
            v_4_create_experiment.sync(client=client, body=ExperimentCreate(name="e", alias_id="e1"))
        assert len(v_4_list_experiments.sync(client=client).data) == 1  # applied once; the caller was told
    assert api.violations == []


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_pagination_walks_the_mocks_state_in_order(mode: str, reference: MockedApi, client: QonversionClient) -> None:
    names = [f"S{i}" for i in range(5)]
    for name in names:
        v_4_create_segment.sync(client=client, body=SegmentCreate(name=name))

    async def collect() -> list[str]:
        return [s.name async for s in v_4_list_segments.asyncio_items(client=client, limit=2)]

    seen = (
        [s.name for s in v_4_list_segments.sync_items(client=client, limit=2)]
        if mode == "sync"
        else asyncio.run(collect())
    )
    assert seen == names
    assert len(list(v_4_list_segments.sync_pages(client=client, limit=2))) == 3


def test_the_mocks_errors_arrive_typed(reference: MockedApi, client: QonversionClient) -> None:
    with pytest.raises(NotFoundError) as info:
        v_4_get_segment.sync("nope", client=client)
    assert (info.value.code, info.value.body.error.type_) == ("not_found", "resource")  # type: ignore[union-attr]
    reference.allow_violations = True  # a wrong key is a request the spec does not allow
    with pytest.raises(AuthenticationError):
        v_4_get_segment.sync("nope", client=QonversionClient(secret_key="sk_"))


def test_salesforce_against_its_mock(sleeps: Sleeps) -> None:
    seed = load("salesforce")["paths"]["/personalization/abn-experiments"]["post"]["requestBody"]["content"][
        "application/json"
    ]["examples"]["documented"]["value"]
    client = SalesforceClient(instance_url=SALESFORCE_INSTANCE, access_token=SALESFORCE_TOKEN)
    for _ in mocked("salesforce"):
        created = create_personalization_experiment.sync(
            client=client, body=PersonalizationExperimentInput.from_dict(seed)
        )
        assert get_personalization_experiment.sync(created.id, client=client).name == seed["name"]
        with pytest.raises(SalesforceNotFound):
            get_personalization_experiment.sync("1GaSB0000000000AAA", client=client)

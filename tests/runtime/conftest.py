"""Shared pieces for the runtime tests: credentials to hunt for, a recording sleep, clients on respx."""

from collections.abc import Iterator
from typing import Any

import pytest
import respx
from qonversion_client import QonversionClient, RetryPolicy
from salesforce_personalization_client import RetryPolicy as SalesforceRetryPolicy
from salesforce_personalization_client import SalesforceClient

from tests.spec_utils import load

QONVERSION_BASE = "https://api.qonversion.io/v4"
QONVERSION_KEY = "test_sk_SECRET_runtime_0123456789"
SALESFORCE_INSTANCE = "https://acme.my.salesforce.com"
SALESFORCE_BASE = SALESFORCE_INSTANCE + "/services/data/v65.0"
SALESFORCE_TOKEN = "00Dxx0000001gPL!SECRET.runtime.token"
NOW = 1_700_000_000.0  # the injected clock, for HTTP-date Retry-After

SEGMENT = {
    "object": "segment", "id": "premium-users", "url": "/v4/segments/premium-users", "name": "Premium Users",
    "is_system": False, "conditions": [], "created_at": "2025-09-15T12:30:00Z", "updated_at": "2025-11-03T10:26:40Z",
}  # fmt: skip
EXPERIMENT = {"object": "experiment", "id": "exp_1", "name": "n"}
SF_EXPERIMENT = load("salesforce")["paths"]["/personalization/abn-experiments/{IdOrName}"]["patch"]["responses"]["200"][
    "content"
]["application/json"]["examples"]["seed"]["value"]


class Sleeps:
    """Stands in for time.sleep / asyncio.sleep: records every delay asked, never waits."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    def sync(self, seconds: float) -> None:
        self.delays.append(seconds)

    async def async_(self, seconds: float) -> None:
        self.delays.append(seconds)


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


def policy_kwargs(sleeps: Sleeps, jitter_draw: float = 0.0) -> dict[str, Any]:
    return {"sleep": sleeps.sync, "async_sleep": sleeps.async_, "random": lambda: jitter_draw, "clock": lambda: NOW}


@pytest.fixture
def qonversion(sleeps: Sleeps) -> QonversionClient:
    return QonversionClient(secret_key=QONVERSION_KEY, retry_policy=RetryPolicy(**policy_kwargs(sleeps)))


@pytest.fixture
def salesforce(sleeps: Sleeps) -> SalesforceClient:
    return SalesforceClient(
        instance_url=SALESFORCE_INSTANCE,
        access_token=SALESFORCE_TOKEN,
        retry_policy=SalesforceRetryPolicy(**policy_kwargs(sleeps)),
    )


@pytest.fixture
def q_wire() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=QONVERSION_BASE, assert_all_called=False) as router:
        yield router


@pytest.fixture
def sf_wire() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=SALESFORCE_BASE, assert_all_called=False) as router:
        yield router


def q_error(code: str, message: str = "m") -> dict[str, Any]:
    return {"error": {"code": code, "message": message}}

"""Both mocks behind Starlette's TestClient (real HTTP semantics, in-process)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from starlette.testclient import TestClient

from specfirst.mock import MockApi, create_app, create_mock

Q_TOKEN = "test_sk_mocktests"
SF_TOKEN = "00D000000000001AAA!mock.tests"


@pytest.fixture
def qmock() -> MockApi:
    return create_mock("qonversion")


@pytest.fixture
def smock() -> MockApi:
    return create_mock("salesforce")


@pytest.fixture
def qhttp(qmock: MockApi) -> Iterator[TestClient]:
    with TestClient(
        create_app(qmock), base_url="http://127.0.0.1/v4", headers={"Authorization": f"Bearer {Q_TOKEN}"}
    ) as client:
        yield client


@pytest.fixture
def shttp(smock: MockApi) -> Iterator[TestClient]:
    with TestClient(
        create_app(smock),
        base_url="http://127.0.0.1/services/data/v65.0",
        headers={"Authorization": f"Bearer {SF_TOKEN}"},
    ) as client:
        yield client

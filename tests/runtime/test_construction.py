"""Building the clients (_facade.py per API, client.py): keys, environments, base URLs from the spec,
from_env, plain-http refusal, and timeouts per client and per call (sync and async)."""

import asyncio
from typing import Any

import httpx
import pytest
from qonversion_client import AuthenticatedClient, QonversionClient, _facade
from qonversion_client._credentials import KEY_PREFIXES
from qonversion_client._security import InsecureTransportError
from qonversion_client.api.segments import v_4_get_segment
from salesforce_personalization_client import SalesforceClient
from salesforce_personalization_client.api.personalization_experiments import get_personalization_experiment

from tests.spec_utils import load

from .conftest import QONVERSION_KEY, SALESFORCE_TOKEN, SEGMENT, SF_EXPERIMENT


def test_qonversion_environment_comes_from_the_key_prefix() -> None:
    assert QonversionClient(secret_key="test_sk_abc").environment == "sandbox"
    assert QonversionClient(secret_key="sk_abc").environment == "production"
    with pytest.raises(ValueError, match="starts with 'sk_' or 'test_sk_'") as info:
        QonversionClient(secret_key="pk_live_not_a_secret_key")
    assert "pk_live" not in str(info.value)


def test_qonversion_key_prefixes_are_the_specs() -> None:
    """``_credentials.py`` is written by generate from the spec's ``x-key-prefixes``; the facade reads only it."""
    scheme = load("qonversion")["components"]["securitySchemes"]["secretAuth"]
    assert {env: scheme["x-key-prefixes"][env] for env in ("production", "sandbox")} == KEY_PREFIXES


def test_qonversion_environment_follows_other_prefixes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Other prefixes (as another spec would generate), other environments; the longest matching prefix wins."""
    monkeypatch.setattr(_facade, "KEY_PREFIXES", {"production": "sk_", "sandbox": "sk_test_"})
    assert QonversionClient(secret_key="sk_test_abc").environment == "sandbox"
    assert QonversionClient(secret_key="sk_live_abc").environment == "production"
    with pytest.raises(ValueError, match="starts with 'sk_' or 'sk_test_'"):
        QonversionClient(secret_key="test_sk_abc")


def test_qonversion_default_base_url_is_the_specs_server() -> None:
    assert QonversionClient(secret_key="sk_abc").base_url == load("qonversion")["servers"][0]["url"]


def test_qonversion_from_env() -> None:
    client = QonversionClient.from_env({"QONVERSION_SECRET_KEY": "sk_env"}, max_retries=5)
    assert (client.environment, client.base_url, client.max_retries) == (
        "production",
        "https://api.qonversion.io/v4",
        5,
    )
    local = QonversionClient.from_env(
        {"QONVERSION_SECRET_KEY": "test_sk_env", "QONVERSION_BASE_URL": "http://127.0.0.1:4010/v4"}
    )
    assert (local.environment, local.base_url) == ("sandbox", "http://127.0.0.1:4010/v4")
    with pytest.raises(ValueError, match="QONVERSION_SECRET_KEY is not set"):
        QonversionClient.from_env({})


def test_qonversion_from_env_reads_os_environ(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QONVERSION_SECRET_KEY", "test_sk_from_os")
    monkeypatch.delenv("QONVERSION_BASE_URL", raising=False)
    assert QonversionClient.from_env().environment == "sandbox"


def test_salesforce_base_url_is_the_specs_server_path_under_the_instance() -> None:
    client = SalesforceClient(instance_url="https://acme.my.salesforce.com/", access_token="t")
    assert client.base_url == "https://acme.my.salesforce.com/services/data/v65.0"
    assert client.api_version == load("salesforce")["servers"][0]["variables"]["apiVersion"]["default"]
    newer = SalesforceClient(instance_url="https://acme.my.salesforce.com", access_token="t", api_version="v66.0")
    assert newer.base_url == "https://acme.my.salesforce.com/services/data/v66.0"
    with pytest.raises(ValueError, match="api_version must look like"):
        SalesforceClient(instance_url="https://acme.my.salesforce.com", access_token="t", api_version="latest")


def test_salesforce_from_env() -> None:
    client = SalesforceClient.from_env(
        {
            "SALESFORCE_INSTANCE_URL": "https://acme.my.salesforce.com",
            "SALESFORCE_ACCESS_TOKEN": "tok",
            "SALESFORCE_API_VERSION": "64.0",
        }
    )
    assert client.base_url == "https://acme.my.salesforce.com/services/data/v64.0"
    with pytest.raises(ValueError, match="SALESFORCE_INSTANCE_URL and SALESFORCE_ACCESS_TOKEN not set"):
        SalesforceClient.from_env({})


@pytest.mark.parametrize("url", ["http://api.qonversion.io/v4", "http://10.0.0.8/v4", "ftp://api.qonversion.io/v4"])
def test_credentials_are_refused_over_plain_http(url: str) -> None:
    with pytest.raises(InsecureTransportError, match="refusing to send credentials"):
        QonversionClient(secret_key="sk_abc", base_url=url)
    with pytest.raises(InsecureTransportError):
        AuthenticatedClient(base_url=url, token="tok")
    with pytest.raises(ValueError, match="refusing"):
        SalesforceClient(instance_url=url, access_token="tok")


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:4010/v4", "http://localhost:8080", "http://[::1]:9000", "http://127.8.0.1"]
)
def test_plain_http_to_loopback_is_allowed(url: str) -> None:
    assert QonversionClient(secret_key="sk_abc", base_url=url).base_url == url


def test_the_transport_refuses_a_credentialed_request_to_a_plain_http_host() -> None:
    sent: list[httpx.Request] = []
    client = QonversionClient(secret_key="sk_abc", httpx_args={"transport": httpx.MockTransport(sent.append)})
    with pytest.raises(InsecureTransportError):
        client.get_httpx_client().get("http://elsewhere.example/v4/segments")
    assert sent == []


def _recording(answer: dict[str, Any]) -> tuple[list[httpx.Request], httpx.MockTransport]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=answer)

    return seen, httpx.MockTransport(handler)


DEFAULT = {"connect": 5.0, "read": 30.0, "write": 30.0, "pool": 30.0}


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_timeouts_default_per_client_and_per_call(mode: str) -> None:
    seen, transport = _recording(SEGMENT)
    default = QonversionClient(secret_key=QONVERSION_KEY, httpx_args={"transport": transport})
    tight = QonversionClient(secret_key=QONVERSION_KEY, timeout=httpx.Timeout(2.0), httpx_args={"transport": transport})

    async def run_async() -> None:
        await v_4_get_segment.asyncio("s", client=default)
        await v_4_get_segment.asyncio("s", client=tight)
        await v_4_get_segment.asyncio("s", client=tight, timeout=0.25)
        await v_4_get_segment.asyncio("s", client=tight, timeout=None)

    if mode == "sync":
        v_4_get_segment.sync("s", client=default)
        v_4_get_segment.sync("s", client=tight)
        v_4_get_segment.sync("s", client=tight, timeout=0.25)
        v_4_get_segment.sync("s", client=tight, timeout=None)
    else:
        asyncio.run(run_async())
    assert [r.extensions["timeout"] for r in seen] == [
        DEFAULT,
        dict.fromkeys(DEFAULT, 2.0),
        dict.fromkeys(DEFAULT, 0.25),
        dict.fromkeys(DEFAULT, None),
    ]


def test_salesforce_sends_its_token_to_the_instance() -> None:
    seen, transport = _recording(SF_EXPERIMENT)
    client = SalesforceClient(
        instance_url="https://acme.my.salesforce.com",
        access_token=SALESFORCE_TOKEN,
        httpx_args={"transport": transport},
    )
    get_personalization_experiment.sync("x", client=client)
    [request] = seen
    assert request.url == "https://acme.my.salesforce.com/services/data/v65.0/personalization/abn-experiments/x"
    assert request.headers["Authorization"] == f"Bearer {SALESFORCE_TOKEN}"


def test_invalid_client_settings_are_refused() -> None:
    with pytest.raises(ValueError, match="max_retries"):
        QonversionClient(secret_key="sk_abc", max_retries=-1)
    with pytest.raises(ValueError, match="token must not be empty"):
        AuthenticatedClient(base_url="https://api.qonversion.io/v4", token="")

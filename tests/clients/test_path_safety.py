"""No path parameter value can make a client request any path but its own template with that one
segment filled in; values that cannot be sent safely raise ValueError before any request.

Asserted on ``request.url.raw_path`` (what is on the wire), never on the decoded path.
"""

import asyncio
from typing import Any
from urllib.parse import quote, unquote

import pytest
import respx
from qonversion_client import AuthenticatedClient as QonversionClient
from qonversion_client.api.experiments import v_4_change_experiment_status, v_4_detach_experiment_user
from qonversion_client.models import ExperimentStatusChange, ExperimentStatusChangeStatus
from salesforce_personalization_client import AuthenticatedClient as SalesforceClient
from salesforce_personalization_client.api.personalization_experiments import get_personalization_experiment

Q_BASE = "https://api.qonversion.io/v4"
S_BASE = "https://acme.my.salesforce.com/services/data/v65.0"

# Each of these is sent as exactly one segment, percent-encoded.
HOSTILE = [
    "a/b", "../admin", "..%2F..", "%2e%2e", "%2F", "a?b=1", "a#frag", "a b", "a\\b", "{experiment_id}",
    "a;b", "a&b", "...", ".a", "a.", "é", "🙂", "\x00", "line\nbreak", "\t", "~user", "a+b", "=", "@", ":", "//",
    "http://evil.example/x", "%", "%%", "%zz",
]  # fmt: skip
# These would change the route (empty segment) or be removed by dot-segment normalisation.
REFUSED = ["", ".", "..", "\ud800"]


def qonversion_status_path(value: str) -> bytes:
    return f"/v4/experiments/{quote(value, safe='')}/status".encode()


def change_status(client: QonversionClient, value: Any) -> Any:
    body = ExperimentStatusChange(status=ExperimentStatusChangeStatus.PAUSED)
    return v_4_change_experiment_status.sync_detailed(value, client=client, body=body)


@pytest.mark.parametrize("value", HOSTILE, ids=repr)
def test_hostile_values_stay_in_their_segment(value: str) -> None:
    client = QonversionClient(base_url=Q_BASE, token="test_sk_x")
    with respx.mock(base_url=Q_BASE) as router:
        route = router.route().respond(204)
        change_status(client, value)
    raw = route.calls.last.request.url.raw_path
    assert raw == qonversion_status_path(value)
    assert raw.count(b"/") == 4 and b"?" not in raw and b"#" not in raw
    # The one segment decodes back to exactly the value given.
    assert unquote(raw.split(b"/")[3].decode()) == value


@pytest.mark.parametrize("value", HOSTILE, ids=repr)
def test_two_path_parameters_each_stay_in_their_own_segment(value: str) -> None:
    client = QonversionClient(base_url=Q_BASE, token="test_sk_x")
    with respx.mock(base_url=Q_BASE) as router:
        route = router.route().respond(204)
        v_4_detach_experiment_user.sync_detailed(value, value, client=client)
    encoded = quote(value, safe="").encode()
    assert route.calls.last.request.url.raw_path == b"/v4/experiments/" + encoded + b"/users/" + encoded


@pytest.mark.parametrize("value", HOSTILE, ids=repr)
def test_salesforce_id_or_name_stays_in_its_segment(value: str) -> None:
    client = SalesforceClient(base_url=S_BASE, token="00Dtoken")
    with respx.mock(base_url=S_BASE) as router:
        route = router.route().respond(404, json=[{"errorCode": "NOT_FOUND", "message": "gone"}])
        get_personalization_experiment.sync_detailed(value, client=client)
    expected = b"/services/data/v65.0/personalization/abn-experiments/" + quote(value, safe="").encode()
    assert route.calls.last.request.url.raw_path == expected


@pytest.mark.parametrize("value", [*REFUSED, None, b"abc", 1.5, True, ["a"]], ids=repr)
def test_unsafe_values_raise_before_any_request(value: Any) -> None:
    client = QonversionClient(base_url=Q_BASE, token="test_sk_x")
    with respx.mock(base_url=Q_BASE, assert_all_called=False) as router:
        route = router.route().respond(204)
        with pytest.raises(ValueError, match="path parameter"):
            change_status(client, value)
    assert route.call_count == 0


@pytest.mark.parametrize("value", REFUSED, ids=repr)
def test_unsafe_values_raise_before_any_request_async(value: str) -> None:
    client = SalesforceClient(base_url=S_BASE, token="00Dtoken")
    with respx.mock(base_url=S_BASE, assert_all_called=False) as router:
        route = router.route().respond(404, json=[])
        with pytest.raises(ValueError, match="path parameter"):
            asyncio.run(get_personalization_experiment.asyncio_detailed(value, client=client))
    assert route.call_count == 0


def test_integer_ids_are_sent_as_their_decimal_text() -> None:
    client = QonversionClient(base_url=Q_BASE, token="test_sk_x")
    with respx.mock(base_url=Q_BASE) as router:
        route = router.route().respond(204)
        change_status(client, 42)
    assert route.calls.last.request.url.raw_path == b"/v4/experiments/42/status"

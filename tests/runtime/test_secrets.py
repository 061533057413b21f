"""Secret hygiene: drive both clients through success, retries, every error kind and misuse, collecting every
repr, str, exception (with its chained causes), log record and warning, and prove no credential is in any."""

import asyncio
import logging
import traceback
import warnings
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import respx
from qonversion_client import QonversionClient, RetryPolicy
from qonversion_client.api.segments import v_4_create_segment, v_4_get_segment
from qonversion_client.models import SegmentCreate
from salesforce_personalization_client import RetryPolicy as SalesforceRetryPolicy
from salesforce_personalization_client import SalesforceClient
from salesforce_personalization_client.api.personalization_experiments import get_personalization_experiment

from .conftest import (
    QONVERSION_BASE,
    QONVERSION_KEY,
    SALESFORCE_BASE,
    SALESFORCE_INSTANCE,
    SALESFORCE_TOKEN,
    SEGMENT,
    SF_EXPERIMENT,
    Sleeps,
    policy_kwargs,
)

SECRETS = (QONVERSION_KEY, SALESFORCE_TOKEN)


def _texts_of(exc: BaseException) -> list[str]:
    return [repr(exc), str(exc), "".join(traceback.format_exception(exc))]


def test_no_secret_in_any_repr_exception_log_or_warning(caplog: pytest.LogCaptureFixture, sleeps: Sleeps) -> None:
    texts: list[str] = []

    def expect_error(action: Callable[[], Any]) -> None:
        try:
            action()
        except Exception as exc:  # every kind the clients raise
            texts.extend(_texts_of(exc))
        else:
            raise AssertionError("expected an error")

    q = QonversionClient(secret_key=QONVERSION_KEY, retry_policy=RetryPolicy(**policy_kwargs(sleeps)))
    sf = SalesforceClient(
        instance_url=SALESFORCE_INSTANCE,
        access_token=SALESFORCE_TOKEN,
        retry_policy=SalesforceRetryPolicy(**policy_kwargs(sleeps)),
    )
    echo_q = {"error": {"code": "control_unauthorized", "message": f"invalid key {QONVERSION_KEY}"}}
    echo_sf = [{"errorCode": "INVALID_SESSION_ID", "message": f"Session {SALESFORCE_TOKEN} expired"}]

    with warnings.catch_warnings(record=True) as caught, caplog.at_level(logging.DEBUG):
        warnings.simplefilter("always")
        with respx.mock(base_url=QONVERSION_BASE) as router:
            router.get("/segments/ok").respond(200, json=SEGMENT)
            router.get("/segments/echo").respond(401, json=echo_q)
            router.get("/segments/flaky").mock(side_effect=[httpx.Response(503), httpx.Response(200, json=SEGMENT)])
            router.get("/segments/down").mock(side_effect=httpx.ConnectError(f"refused for {QONVERSION_KEY}"))
            router.get("/segments/slow").mock(side_effect=httpx.ReadTimeout("slow"))
            router.get("/segments/broken").respond(200, json={"object": "segment"})
            router.post("/segments").respond(201, json=SEGMENT)
            v_4_get_segment.sync("ok", client=q)
            v_4_get_segment.sync("flaky", client=q)
            v_4_create_segment.sync(client=q, body=SegmentCreate(name="n"))
            asyncio.run(v_4_get_segment.asyncio("ok", client=q))
            expect_error(lambda: v_4_get_segment.sync("echo", client=q))
            expect_error(lambda: asyncio.run(v_4_get_segment.asyncio("echo", client=q)))
            expect_error(lambda: v_4_get_segment.sync("down", client=q))
            expect_error(lambda: v_4_get_segment.sync("slow", client=q))
            expect_error(lambda: v_4_get_segment.sync("broken", client=q))
        with respx.mock(base_url=SALESFORCE_BASE) as router:
            router.get("/personalization/abn-experiments/ok").respond(200, json=SF_EXPERIMENT)
            router.get("/personalization/abn-experiments/echo").respond(401, json=echo_sf)
            get_personalization_experiment.sync("ok", client=sf)
            expect_error(lambda: get_personalization_experiment.sync("echo", client=sf))
            expect_error(lambda: asyncio.run(get_personalization_experiment.asyncio("echo", client=sf)))
        expect_error(lambda: QonversionClient(secret_key=QONVERSION_KEY, base_url="http://api.qonversion.io/v4"))
        expect_error(lambda: SalesforceClient(instance_url="http://acme.example", access_token=SALESFORCE_TOKEN))
        expect_error(lambda: QonversionClient(secret_key="pk_" + QONVERSION_KEY))
        expect_error(lambda: q.get_httpx_client().get("http://elsewhere.example/x"))

    for client in (q, sf, q.with_headers({"X-Trace": "1"}), sf.with_headers({"X-Trace": "1"})):
        texts += [repr(client), str(client), repr(client.get_httpx_client()), repr(client.get_httpx_client().headers)]
    texts += [record.getMessage() for record in caplog.records]
    texts += [str(w.message) for w in caught]

    assert sum("[redacted]" in text for text in texts) >= 3  # the echoed credentials were found and removed
    assert any("retrying GET /v4/segments/flaky" in text for text in texts)  # the logs were captured
    leaks = [text for text in texts for secret in SECRETS if secret in text]
    assert leaks == []


def test_the_credential_is_still_sent(sleeps: Sleeps) -> None:
    """The scan above must not pass because nothing was sent: the header carries the real key."""
    q = QonversionClient(secret_key=QONVERSION_KEY, retry_policy=RetryPolicy(**policy_kwargs(sleeps)))
    with respx.mock(base_url=QONVERSION_BASE) as router:
        route = router.get("/segments/ok").respond(200, json=SEGMENT)
        v_4_get_segment.sync("ok", client=q)
    assert route.calls.last.request.headers["Authorization"] == f"Bearer {QONVERSION_KEY}"

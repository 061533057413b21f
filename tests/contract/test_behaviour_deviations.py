"""The behaviour checks in-process, against the mock and against each behaviour deviation of the catalogue.

On the unmodified mock every rule of ``behaviour.rules`` is exercised and confirmed (no false alarm, nothing
skipped); behind each behaviour deviation the rule it names is refuted. Cheap enough for CI on the whole
catalogue; ``test_deviations.py`` runs a few deviations the long way (served over HTTP, the live CLI).
"""

from __future__ import annotations

import contextlib
from typing import Any

import httpx
import pytest

from specfirst.contract import behaviour
from specfirst.contract.deviations import CATALOGUE, CREDENTIALS, deviating_app
from specfirst.contract.inprocess import SyncASGITransport
from specfirst.mock import create_app, create_mock


def run_checks(api: str, app: Any) -> dict[str, str]:
    """rule id -> "confirmed" | "refuted" after every behaviour check of ``api`` against ``app``."""
    results: dict[str, str] = {}

    def record(rule: str, result: str, detail: str) -> None:
        if results.get(rule) != "refuted":
            results[rule] = result

    transport = SyncASGITransport(app)
    base = "http://127.0.0.1" + create_mock(api).base_url_path()
    first, second = (
        httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"}, transport=transport)
        for token in CREDENTIALS[api].values()
    )
    ctx = behaviour.Ctx(api, first, second, True, "specfirst-test-", record, lambda url: None)
    for check, _ in behaviour.CHECKS[api].values():
        with contextlib.suppress(behaviour.Stop):
            check(ctx)
    return results


@pytest.mark.parametrize("api", ["qonversion", "salesforce"])
def test_the_mock_confirms_every_rule(api: str) -> None:
    assert run_checks(api, create_app(create_mock(api))) == dict.fromkeys(behaviour.rules(api), "confirmed")


# What else a deviation refutes where breaking its rule alone is impossible (None: nearly every rule).
ALSO_REFUTED: dict[str, set[str] | None] = {
    "experiment-starts-active": {"Q2", "enum-refused"},  # the draft status is never seen, nor left
    "idempotency-key-ignored": {"Q7"},  # without the key, another body creates a second resource
    "delete-keeps-resource": {"Q8"},  # a kept integration answers its second delete
    "update-not-applied": {"Q14"},  # an update not applied clears nothing
    "salesforce-update-not-applied": {"S8"},  # nor sets the criteria
    "create-not-stored": None,  # every later step of every check meets a missing resource
}


@pytest.mark.parametrize("name", [name for name, deviation in CATALOGUE.items() if deviation.behaviour])
def test_each_behaviour_deviation_refutes_its_rule(name: str) -> None:
    deviation = CATALOGUE[name]
    results = run_checks(deviation.api, deviating_app(deviation.api, name))
    refuted = {rule for rule, result in results.items() if result == "refuted"}
    named = {c.removeprefix("rule:") for c in deviation.catches}
    also = ALSO_REFUTED.get(name, set())
    if also is None:
        assert named <= refuted, refuted
    else:
        assert refuted == named | also

"""The contract suite: schemathesis against both mocks in-process (or one live API), then the behaviour checks.

Examples, coverage and fuzzing run through ``parametrize``; the stateful phase runs through
``as_state_machine`` and must really follow the spec's links (asserted after each machine run). The
behaviour checks (``behaviour.py``) name the rules they confirm or refute. The runner
(``python -m specfirst contract``) runs this module with pytest from any directory; ``tests/contract``
imports it, so the repository's own test run includes it against the mocks.
"""

from __future__ import annotations

from typing import Any

import pytest

from specfirst.contract import behaviour, session

TARGETS = session.targets()
PROFILE = session.profile()
SCHEMAS = {api: session.load_schema(target, PROFILE) for api, target in TARGETS.items()}
STATEFUL = session.stateful_enabled()

if "qonversion" in SCHEMAS:

    @SCHEMAS["qonversion"].parametrize()  # type: ignore[untyped-decorator]
    def test_qonversion(case: Any) -> None:
        session.call_and_validate(case)

    if STATEFUL:

        class TestQonversionStateful(
            session.StatefulRun,
            session.state_machine(SCHEMAS["qonversion"]).TestCase,  # type: ignore[misc]
        ):
            api = "qonversion"
            settings = session.stateful_settings(PROFILE)

    @pytest.mark.parametrize("check", list(behaviour.CHECKS["qonversion"]))
    def test_qonversion_behaviour(check: str) -> None:
        session.run_behaviour("qonversion", check)


if "salesforce" in SCHEMAS:

    @SCHEMAS["salesforce"].parametrize()  # type: ignore[untyped-decorator]
    def test_salesforce(case: Any) -> None:
        session.call_and_validate(case)

    if STATEFUL:

        class TestSalesforceStateful(
            session.StatefulRun,
            session.state_machine(SCHEMAS["salesforce"]).TestCase,  # type: ignore[misc]
        ):
            api = "salesforce"
            settings = session.stateful_settings(PROFILE)

    @pytest.mark.parametrize("check", list(behaviour.CHECKS["salesforce"]))
    def test_salesforce_behaviour(check: str) -> None:
        session.run_behaviour("salesforce", check)

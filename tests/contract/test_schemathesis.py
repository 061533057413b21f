"""schemathesis against both mocks in-process (or a live API in live mode): every phase, every check.

Examples, coverage and fuzzing run through ``parametrize``; the stateful phase runs through
``as_state_machine`` and must really follow the spec's links (asserted after each machine run).
"""

from __future__ import annotations

import schemathesis

from specfirst.contract import session

TARGETS = session.targets()
PROFILE = session.profile()
SCHEMAS = {api: session.load_schema(target, PROFILE) for api, target in TARGETS.items()}
STATEFUL = session.stateful_enabled()

if "qonversion" in SCHEMAS:

    @SCHEMAS["qonversion"].parametrize()
    def test_qonversion(case: schemathesis.Case) -> None:
        session.call_and_validate(case)

    if STATEFUL:

        class TestQonversionStateful(session.state_machine(SCHEMAS["qonversion"]).TestCase):  # type: ignore[misc]
            settings = session.stateful_settings(PROFILE)

        def test_qonversion_stateful_followed_links() -> None:
            session.assert_links_followed("qonversion")


if "salesforce" in SCHEMAS:

    @SCHEMAS["salesforce"].parametrize()
    def test_salesforce(case: schemathesis.Case) -> None:
        session.call_and_validate(case)

    if STATEFUL:

        class TestSalesforceStateful(session.state_machine(SCHEMAS["salesforce"]).TestCase):  # type: ignore[misc]
            settings = session.stateful_settings(PROFILE)

        def test_salesforce_stateful_followed_links() -> None:
            session.assert_links_followed("salesforce")

"""The stateful test: the machine, then its followed links; live, a phase hypothesis cannot draw the same way
twice is drawn again once, then inconclusive."""

from __future__ import annotations

import pytest
from hypothesis.errors import FlakyStrategyDefinition

from specfirst.contract import session

DRIFT = FlakyStrategyDefinition("Inconsistent data generation! ... a bundle that was unexpectedly empty.")


@pytest.fixture
def asserted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The APIs whose followed links were asserted."""
    calls: list[str] = []
    monkeypatch.setattr(session, "assert_links_followed", calls.append)
    return calls


def machine(*outcomes: BaseException | None) -> tuple[object, list[int]]:
    """A stateful TestCase whose runs end with ``outcomes`` in turn (None: passes); and its run count."""
    runs: list[int] = []

    class Base:
        def runTest(self) -> None:
            runs.append(1)
            outcome = outcomes[len(runs) - 1]
            if outcome is not None:
                raise outcome

    class Case(session.StatefulRun, Base):
        api = "salesforce"

    return Case(), runs


def test_a_passing_machine_then_has_its_links_asserted(asserted: list[str]) -> None:
    case, runs = machine(None)
    case.runTest()  # type: ignore[attr-defined]
    assert (len(runs), asserted) == (1, ["salesforce"])


def test_live_drift_once_is_drawn_again(monkeypatch: pytest.MonkeyPatch, asserted: list[str]) -> None:
    monkeypatch.setenv(session.ENV_LIVE, "salesforce")
    case, runs = machine(DRIFT, None)
    case.runTest()  # type: ignore[attr-defined]
    assert (len(runs), asserted) == (2, ["salesforce"])


def test_live_drift_twice_skips_naming_why(monkeypatch: pytest.MonkeyPatch, asserted: list[str]) -> None:
    monkeypatch.setenv(session.ENV_LIVE, "salesforce")
    case, runs = machine(DRIFT, BaseExceptionGroup("drift", [DRIFT]))
    with pytest.raises(pytest.skip.Exception, match="stateful phase inconclusive: the server answered one scenario"):
        case.runTest()  # type: ignore[attr-defined]
    assert (len(runs), asserted) == (2, [])


def test_a_check_failure_fails_at_once_even_after_a_drift(monkeypatch: pytest.MonkeyPatch, asserted: list[str]) -> None:
    monkeypatch.setenv(session.ENV_LIVE, "salesforce")
    failure = AssertionError("ST108 Response violates schema")
    case, runs = machine(failure)
    with pytest.raises(AssertionError, match="ST108"):
        case.runTest()  # type: ignore[attr-defined]
    assert len(runs) == 1
    case, runs = machine(DRIFT, BaseExceptionGroup("mixed", [DRIFT, failure]))
    with pytest.raises(BaseExceptionGroup):
        case.runTest()  # type: ignore[attr-defined]
    assert (len(runs), asserted) == (2, [])


def test_the_in_process_mocks_never_excuse_a_drift(monkeypatch: pytest.MonkeyPatch, asserted: list[str]) -> None:
    monkeypatch.delenv(session.ENV_LIVE, raising=False)
    case, runs = machine(DRIFT, None)
    with pytest.raises(FlakyStrategyDefinition):
        case.runTest()  # type: ignore[attr-defined]
    assert (len(runs), asserted) == (1, [])

"""Options of the contract suite: ``--nightly`` for the larger example counts, ``--contract-stats`` for reports."""

from __future__ import annotations

import os

import pytest

from specfirst.contract import session


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("contract")
    group.addoption("--nightly", action="store_true", help="run the contract suite with the nightly example counts")
    group.addoption("--contract-stats", default=None, help="write per-operation case counts and failures (JSON)")


def pytest_configure(config: pytest.Config) -> None:
    if config.getoption("--nightly", default=False):
        os.environ[session.ENV_PROFILE] = "nightly"


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    path = session.config.getoption("--contract-stats", default=None)
    if path:
        from specfirst.contract.session import write_stats

        write_stats(path)


# The plugin's fixtures, also when specfirst is not installed (its pytest11 entry point then is not registered).
from specfirst.mock.pytest_plugin import qonversion_mock, salesforce_mock  # noqa: E402, F401

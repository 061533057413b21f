"""The contract suite's pytest plugin (``-p specfirst.contract.plugin``): the stats file and, in live mode,
the transport guard, installed before any test module is imported."""

from __future__ import annotations

import os

import pytest

from . import session


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("contract")
    group.addoption("--contract-stats", default=None, help="write per-operation case counts, failures and rules (JSON)")


def pytest_configure(config: pytest.Config) -> None:
    live = os.environ.get(session.ENV_LIVE)
    if live:
        from . import guards

        target = session.targets()[live]
        assert target.base_url is not None
        guards.install(guards.Policy(guards.origin_of(target.base_url), session.allow_writes()))


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    path = session.config.getoption("--contract-stats", default=None)
    if path:
        from .session import write_stats

        write_stats(path)

"""The contract suite's plugin (stats) and the mock fixtures, also when specfirst is not installed."""

from specfirst.contract.plugin import pytest_addoption, pytest_sessionfinish  # noqa: F401
from specfirst.mock.pytest_plugin import qonversion_mock, salesforce_mock  # noqa: F401

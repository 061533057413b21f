"""Options of the whole suite (pytest reads ``pytest_addoption`` only from the root conftest at start-up)."""

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.getgroup("load").addoption(
        "--soak", action="store_true", help="run tests/load with their large bounds (hundreds of thousands)"
    )

"""The load and fault tests: a real uvicorn server of the Qonversion mock on 127.0.0.1, and their bounds.

Fixed bounds keep the default run fast enough for CI; ``pytest tests/load --soak`` runs the larger ones.
No assertion is about time: only about what was answered and what state is left.
"""

from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from specfirst.bench.servers import HOST, free_port, mock_command, running


@dataclass(frozen=True)
class Bounds:
    requests: int
    """Mixed requests of the load test (a multiple of concurrency x 10)."""
    concurrency: int
    idempotent_creates: int
    """Concurrent creates sharing one Idempotency-Key."""
    tokens: int
    """Soak: fresh credentials (each with a create and a refused request) after the bounds are reached."""


DEFAULT = Bounds(requests=20_480, concurrency=64, idempotent_creates=200, tokens=2_000)
SOAK = Bounds(requests=204_800, concurrency=256, idempotent_creates=2_000, tokens=100_000)


@pytest.fixture(scope="session")
def bounds(request: pytest.FixtureRequest) -> Bounds:
    return SOAK if request.config.getoption("--soak") else DEFAULT


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of the Qonversion mock served by uvicorn on a free port (``python -m specfirst mock``)."""
    port = free_port()
    log = tmp_path_factory.mktemp("served") / "mock.log"
    with running(mock_command("qonversion", port), port, "the qonversion mock", log):
        yield f"http://{HOST}:{port}"

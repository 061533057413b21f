"""Memory stays bounded: the served mock under many fresh credentials and refused requests.

First the bounds are reached (``max_tenants`` credentials, full violation rings), then ``bounds.tokens``
more credentials each create a segment and send a refused request, and requests with no valid credential
are refused as often. Without the bounds each credential cost about 2.4 KiB and each refused request about
4 KiB, for good; with them the server's RSS stays where it was once the bounds were reached. The default
run scales the bounds down by flags; ``--soak`` runs 100,000 credentials against the default limits.
"""

import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from specfirst.bench.servers import HOST, free_port, mock_command, running
from specfirst.mock import Limits

from .conftest import Bounds

SMALL_TENANTS = 50
SMALL_RING = 10
WORKERS = 8
ALLOWED_GROWTH = 4 * 1024 * 1024
"""Bytes of RSS the second phase may add (allocator noise). Unbounded (`--no-limits`), 2,000 tokens added
10.5 MiB in this session."""


def rss(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no VmRSS")


@pytest.fixture(scope="module")
def soak_server(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Iterator[tuple[str, int, int]]:
    """(base URL, server pid, tenants kept): the default limits with --soak, scaled down otherwise."""
    soak = request.config.getoption("--soak")
    flags = () if soak else ("--max-tenants", str(SMALL_TENANTS), "--max-violations-per-tenant", str(SMALL_RING))
    tenants = Limits().max_tenants if soak else SMALL_TENANTS
    port = free_port()
    log = tmp_path_factory.mktemp("soak") / "mock.log"
    with running(mock_command("qonversion", port, *flags), port, "the qonversion mock", log) as process:
        yield f"http://{HOST}:{port}/v4", process.pid, tenants


def hammer(base_url: str, count: int) -> list[int]:
    """``count`` fresh credentials, each: a create, a refused create; plus as many refused anonymous requests."""
    run = uuid.uuid4().hex[:8]

    def one(worker: int) -> list[int]:
        statuses = []
        with httpx.Client(base_url=base_url, timeout=60) as http:
            for i in range(worker, count, WORKERS):
                auth = {"Authorization": f"Bearer test_sk_soak_{run}_{i}"}
                statuses.append(http.post("/segments", json={"name": f"s{i}"}, headers=auth).status_code)
                statuses.append(http.post("/segments", json={"name": i}, headers=auth).status_code)
                statuses.append(http.get(f"/segments/{i}", headers={"Authorization": "Bearer x"}).status_code)
        return statuses

    with ThreadPoolExecutor(WORKERS) as pool:
        return [s for statuses in pool.map(one, range(WORKERS)) for s in statuses]


def test_rss_stays_bounded_under_many_tokens_and_refused_requests(
    soak_server: tuple[str, int, int], bounds: Bounds
) -> None:
    base_url, pid, tenants = soak_server
    warm = hammer(base_url, 2 * tenants)  # every bound reached: tenants kept, rings full
    before = rss(pid)
    statuses = hammer(base_url, bounds.tokens)
    after = rss(pid)
    print(f"soak: {bounds.tokens} tokens, RSS {before / 2**20:.1f} MiB -> {after / 2**20:.1f} MiB")
    assert sorted(set(warm + statuses)) == [201, 400, 401]
    assert statuses.count(201) == statuses.count(400) == statuses.count(401) == bounds.tokens
    assert after - before < ALLOWED_GROWTH

"""Mock throughput: the Qonversion mock under uvicorn against Prism serving the same spec, with wrk.

Both servers run at once on 127.0.0.1, pinned to the same CPU, while wrk (a C load generator, pinned to the
other CPUs) drives one at a time with ``mix.lua``: per 10 requests 2 creates (segment, experiment), 4 gets
(2 segments, 2 experiments), 2 experiment status changes (draft -> active <-> paused) and 2 segment lists
(``limit=10``), on ids taken from earlier responses. Each point is a warm-up, then a fixed-duration run;
points alternate between the two servers so load from other processes on a shared machine hits both alike.
The mock's state is reset before each run.

Then the cost of the mock's limits: the mock as served against the same mock with ``--no-limits``
(uvicorn's stock httptools protocol: no header cap, no header or body timeout; every numeric limit
unreachable), both pinned to the server CPU, at 32 connections, in ``LIMIT_ROUNDS`` interleaved rounds (on,
off, off, on) so drifting load from other processes hits both alike; the ratio is of the summed requests over
the summed seconds. The app-level checks run on both sides, as they are the same code with other numbers
(a ``Content-Length`` look-up, an O(1) LRU touch, three ``len()`` on writes, a fault-queue peek, strict JSON).
The target: the limits cost at most 5% of the throughput. As that ratio is noisy on a shared machine, the
server-side part is also timed in-process, without network or wrk (``protocol_rows``): the bounded protocol
against uvicorn's, fed the same request through a fake transport, best of ``PROTOCOL_ROUNDS`` interleaved;
the difference is compared with the time a served request takes without limits (1 / its req/s).

Prism is stateless: it answers every create and get with the spec's examples, so its status changes change
nothing and its ids are the examples' placeholders (``<string>`` breaks the id pattern, so the script falls
back to a valid id). It serves every request of the mix with a 2xx, but none of the state behind it.
"""

import asyncio
import json
import shutil
import subprocess
import time
import urllib.request
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..apis import ROOT
from .report import Row
from .servers import HOST, cpus, free_port, mock_command, pinned, prism_command, running

SUITE = "mock-throughput"
SCRIPT = Path(__file__).with_name("mix.lua")
CONNECTIONS = (1, 8, 32)
TARGET_RATIO = 3.0
TARGET_P99_US = 20_000.0
TOKEN = "test_sk_bench"
MAX_REQUESTS = 1_000_000
"""Per wrk run: the load stops at this many responses even if its time is not up (wrk then still waits out
its duration, so such a run's rate would be wrong: it is refused)."""
LOGS = ROOT / "reports" / "bench-logs"
LIMIT_ROUNDS = 3
LIMITS_TARGET = 0.95
PROTOCOL_ROUNDS = 30
PROTOCOL_REQUESTS = 3_000
REQUEST = (
    b"POST /v4/segments HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nAuthorization: Bearer test_sk_bench\r\n"
    b'Content-Type: application/json\r\nContent-Length: 17\r\n\r\n{"name": "abcde"}'
)


@dataclass(frozen=True)
class Run:
    requests: int
    seconds: float
    p50_us: float
    p99_us: float
    errors: int
    """Socket errors (connect, read, write, timeout) plus every non-2xx response."""

    @property
    def per_s(self) -> float:
        return self.requests / self.seconds


def wrk_path() -> str:
    found = shutil.which("wrk")
    if found is None:
        raise RuntimeError("wrk is not installed: `apt-get install -y wrk` (Debian), or run `nox -s bench`")
    return found


def wrk(url: str, base_path: str, connections: int, seconds: int, cpu: str | None) -> Run:
    """One wrk run of the mix; its Lua ``done()`` prints a JSON line with the counts we need."""
    command = [
        wrk_path(), "-t1", f"-c{connections}", f"-d{seconds}s", "--timeout", "2s", "-s", str(SCRIPT),
        url, "--", base_path, TOKEN, uuid.uuid4().hex[:8], str(MAX_REQUESTS),
    ]  # fmt: skip
    out = subprocess.run(pinned(command, cpu), capture_output=True, text=True, check=True, timeout=seconds + 60)
    line = next((ln for ln in out.stdout.splitlines() if ln.startswith("BENCH-JSON ")), None)
    if line is None:
        raise RuntimeError(f"wrk printed no result:\n{out.stdout}\n{out.stderr}")
    data: dict[str, Any] = json.loads(line.removeprefix("BENCH-JSON "))
    if data["requests"] >= MAX_REQUESTS:
        raise RuntimeError(f"a run reached {MAX_REQUESTS} requests before its {seconds}s: use fewer --seconds")
    sockets = sum(data[k] for k in ("connect_errors", "read_errors", "write_errors", "timeouts"))
    return Run(
        requests=data["requests"],
        seconds=data["duration_us"] / 1e6,
        p50_us=float(data["p50_us"]),
        p99_us=float(data["p99_us"]),
        errors=sockets + data["s4xx"] + data["s5xx"] + data["other"],
    )


def reset(port: int) -> None:
    request = urllib.request.Request(
        f"http://{HOST}:{port}/__mock__/reset", method="POST", headers={"Authorization": f"Bearer {TOKEN}"}
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        response.read()


def run(seconds: int = 5, warmup: int = 2) -> list[Row]:
    wrk_path()
    server_cpu, load_cpu = cpus()
    mock_port, prism_port = free_port(), free_port()
    results: dict[tuple[str, int], Run] = {}
    with (
        running(pinned(mock_command("qonversion", mock_port), server_cpu), mock_port, "the mock", LOGS / "mock.log"),
        running(pinned(prism_command("qonversion", prism_port), server_cpu), prism_port, "Prism", LOGS / "prism.log"),
    ):
        for connections in CONNECTIONS:
            for server, port, base in (("mock", mock_port, "/v4"), ("prism", prism_port, "")):
                url = f"http://{HOST}:{port}"
                if server == "mock":
                    reset(port)
                wrk(url, base, connections, warmup, load_cpu)
                if server == "mock":
                    reset(port)
                results[server, connections] = wrk(url, base, connections, seconds, load_cpu)
    pinning = f"server on CPU {server_cpu}, wrk on CPU {load_cpu}" if server_cpu else "no CPU pinning"
    rows = prism_rows(results, seconds, pinning)
    limits = limits_rows(seconds, warmup, server_cpu, load_cpu, pinning)
    assert limits[0].per_s is not None
    return rows + limits + protocol_rows(1e6 / limits[0].per_s)


def limits_rows(seconds: int, warmup: int, server_cpu: str | None, load_cpu: str | None, pinning: str) -> list[Row]:
    """The mock with its limits against the same mock with ``--no-limits``, interleaved."""
    connections = max(CONNECTIONS)
    on_port, off_port = free_port(), free_port()
    runs: dict[str, list[Run]] = {"on": [], "off": []}
    with (
        running(pinned(mock_command("qonversion", on_port), server_cpu), on_port, "the mock", LOGS / "mock-limits.log"),
        running(
            pinned(mock_command("qonversion", off_port, "--no-limits"), server_cpu),
            off_port,
            "the mock with --no-limits",
            LOGS / "mock-no-limits.log",
        ),
    ):
        for port in (on_port, off_port):
            wrk(f"http://{HOST}:{port}", "/v4", connections, warmup, load_cpu)
        for _ in range(LIMIT_ROUNDS):
            for which in ("on", "off", "off", "on"):
                port = on_port if which == "on" else off_port
                reset(port)
                runs[which].append(wrk(f"http://{HOST}:{port}", "/v4", connections, seconds, load_cpu))
    on, off = (combined(runs[k]) for k in ("on", "off"))
    note = f"wrk {seconds}s x {2 * LIMIT_ROUNDS} interleaved runs each, mix.lua; {pinning}"
    off_name = f"mock --no-limits, {connections} conn"
    return [
        Row(
            SUITE, off_name, off.p50_us, off.requests, per_s=off.per_s, p99_us=off.p99_us, errors=off.errors,
            note=note,
        ),
        Row(
            SUITE, f"mock with limits, {connections} conn", on.p50_us, on.requests, baseline=off_name,
            ratio=on.per_s / off.per_s, target=LIMITS_TARGET, higher_is_better=True, per_s=on.per_s,
            p99_us=on.p99_us, errors=on.errors, goal="limits cost <= 5% req/s, 0 errors",
            met=on.per_s / off.per_s >= LIMITS_TARGET and on.errors == 0, note=note,
        ),
    ]  # fmt: skip


class FakeTransport(asyncio.Transport):
    def __init__(self) -> None:
        super().__init__()
        self.closing = False

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        return (HOST, 1) if name in ("peername", "sockname") else default

    def write(self, data: Any) -> None:
        pass

    def is_closing(self) -> bool:
        return self.closing

    def close(self) -> None:
        self.closing = True


async def empty_app(scope: Any, receive: Any, send: Any) -> None:
    await send({"type": "http.response.start", "status": 204, "headers": []})
    await send({"type": "http.response.body", "body": b""})


def protocol_rows(request_us: float) -> list[Row]:
    """Microseconds a request spends in the server protocol (parse, task, empty app), bounded vs uvicorn's;
    the bounded one's extra as a share of ``request_us``, the time of a whole served request."""
    import uvloop
    from uvicorn.config import Config
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
    from uvicorn.server import ServerState

    from ..mock import create_mock
    from ..mock.serve import protocol

    bounded = protocol(create_mock("qonversion"))

    async def per_request(cls: type[HttpToolsProtocol]) -> float:
        config = Config(app=empty_app, lifespan="off", access_log=False, log_level="warning")
        config.load()
        served = cls(config, ServerState(), {}, _loop=asyncio.get_running_loop())
        served.connection_made(FakeTransport())
        start = time.perf_counter()
        for _ in range(PROTOCOL_REQUESTS):
            served.data_received(REQUEST)
            await asyncio.sleep(0)  # lets the request's task answer
        return (time.perf_counter() - start) / PROTOCOL_REQUESTS * 1e6

    async def measure() -> dict[str, float]:
        best = {"stock": float("inf"), "bounded": float("inf")}
        for _ in range(PROTOCOL_ROUNDS):
            best["stock"] = min(best["stock"], await per_request(HttpToolsProtocol))
            best["bounded"] = min(best["bounded"], await per_request(bounded))
        return best

    best = uvloop.run(measure())
    note = f"in-process, fake transport, empty app; best of {PROTOCOL_ROUNDS} x {PROTOCOL_REQUESTS} requests"
    stock_name = "uvicorn httptools protocol, per request"
    share = (best["bounded"] - best["stock"]) / request_us
    return [
        Row(SUITE, stock_name, best["stock"], PROTOCOL_ROUNDS * PROTOCOL_REQUESTS, note=note),
        Row(
            SUITE, "bounded protocol (limits), per request", best["bounded"], PROTOCOL_ROUNDS * PROTOCOL_REQUESTS,
            baseline=stock_name, ratio=best["bounded"] / best["stock"], met=share <= 1 - LIMITS_TARGET,
            goal=f"extra <= 5% of a served request ({request_us:.0f} us): {100 * share:.2f}%",
            note=note,
        ),
    ]  # fmt: skip


def combined(runs: list[Run]) -> Run:
    """Several runs as one: summed requests and seconds; the median run's p50 and the worst p99."""
    middle = sorted(runs, key=lambda r: r.p50_us)[len(runs) // 2]
    return Run(
        requests=sum(r.requests for r in runs),
        seconds=sum(r.seconds for r in runs),
        p50_us=middle.p50_us,
        p99_us=max(r.p99_us for r in runs),
        errors=sum(r.errors for r in runs),
    )


def prism_rows(results: dict[tuple[str, int], Run], seconds: int, pinning: str) -> list[Row]:
    rows: list[Row] = []
    for connections in CONNECTIONS:
        prism, mock = results["prism", connections], results["mock", connections]
        prism_name = f"Prism 5.14.2 -v error, {connections} conn"
        rows.append(
            Row(
                SUITE, prism_name, prism.p50_us, prism.requests, per_s=prism.per_s, p99_us=prism.p99_us,
                errors=prism.errors, note=f"wrk {seconds}s, mix.lua; {pinning}",
            )
        )  # fmt: skip
        ratio = mock.per_s / prism.per_s
        final = connections == max(CONNECTIONS)  # the target is set at 32 connections; the rest is context
        rows.append(
            Row(
                SUITE, f"mock (uvicorn), {connections} conn", mock.p50_us, mock.requests, baseline=prism_name,
                ratio=ratio, target=TARGET_RATIO if final else None, higher_is_better=True, per_s=mock.per_s,
                p99_us=mock.p99_us, errors=mock.errors,
                met=(ratio >= TARGET_RATIO and mock.p99_us < TARGET_P99_US and mock.errors == 0) if final else None,
                goal=">= 3x Prism req/s, p99 < 20 ms, 0 errors" if final else "",
                note=f"wrk {seconds}s, mix.lua; {pinning}",
            )
        )  # fmt: skip
    return rows

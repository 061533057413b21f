"""Servers the benchmarks start and stop on 127.0.0.1: the reference mock under uvicorn, and Prism.

Each runs in its own process, pinned with ``taskset`` to a CPU other than the load generator's when the
machine has at least two, so the client never eats the server's CPU (and the two servers get the same CPU).
"""

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from ..apis import APIS, ROOT

HOST = "127.0.0.1"
PRISM_DIR = ROOT / "tools" / "prism"
PRISM = PRISM_DIR / "node_modules" / ".bin" / "prism"
PRISM_VERSION = "5.14.2"


class ServerError(RuntimeError):
    """A server did not start (the message says which and how to fix it)."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port


def cpus() -> tuple[str | None, str | None]:
    """``taskset -c`` CPU lists for (server, load generator), or Nones when pinning is not possible."""
    available = sorted(os.sched_getaffinity(0))
    if len(available) < 2 or shutil.which("taskset") is None:
        return None, None
    return str(available[0]), ",".join(str(c) for c in available[1:])


def pinned(command: list[str], cpu: str | None) -> list[str]:
    return ["taskset", "-c", cpu, *command] if cpu else command


def wait_for_port(port: int, process: subprocess.Popen[bytes], what: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ServerError(f"{what} exited with code {process.returncode} before listening on port {port}")
        with contextlib.suppress(OSError), socket.create_connection((HOST, port), timeout=0.5):
            return
        time.sleep(0.1)
    raise ServerError(f"{what} did not listen on {HOST}:{port} within {timeout:.0f}s")


@contextlib.contextmanager
def running(command: list[str], port: int, what: str, log: Path) -> Iterator[subprocess.Popen[bytes]]:
    """Start ``command``, wait until it listens on ``port``, and stop it (its whole process group) after."""
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT, start_new_session=True)
        try:
            wait_for_port(port, process, what)
            yield process
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


def mock_command(api: str, port: int, *options: str) -> list[str]:
    """``python -m specfirst mock API --port N [options]``: uvicorn with uvloop and httptools, no access log."""
    return [sys.executable, "-m", "specfirst", "mock", api, "--port", str(port), *options]


def prism_command(api: str, port: int) -> list[str]:
    """Prism in its fast configuration (``-v error``: its default logging halves its throughput)."""
    if not PRISM.exists():
        raise ServerError(
            f"Prism is not installed: run `npm ci` in {PRISM_DIR.relative_to(ROOT)} (nox -s bench does it)"
        )
    spec = str(APIS[api].spec)
    return [str(PRISM), "mock", "-h", HOST, "-p", str(port), "-v", "error", spec]

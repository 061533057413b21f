"""``python -m specfirst bench [suite ...]``: run benchmark suites, print ONE table, merge into reports/bench.json.

Suites: ``mock-throughput`` (the mock under uvicorn vs Prism, with wrk), ``contract-throughput`` (schemathesis
cases/s vs generation only), ``regeneration`` (both clients), ``client-overhead`` (client vs raw httpx),
``main-job`` (the wall time of ``python -m specfirst contract``).
Everything runs on 127.0.0.1, bounded in time and requests, and stops by itself.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..apis import ROOT

if TYPE_CHECKING:
    from .report import Row


def _suite(module: str) -> Any:
    """A suite's module, imported only when it runs (they need the `bench` group; registering must not)."""
    return importlib.import_module(f"{__package__}.{module}")


SUITES: dict[str, Callable[[argparse.Namespace], list[Row]]] = {
    "mock-throughput": lambda args: _suite("mock_throughput").run(args.seconds, args.warmup),
    "contract-throughput": lambda args: (m := _suite("contract_throughput")).run(args.examples or m.EXAMPLES),
    "regeneration": lambda args: _suite("regeneration").run(args.runs),
    "client-overhead": lambda args: _suite("client_overhead").run(args.calls),
    "main-job": lambda args: _suite("main_job").run(),
}
"""Add a suite here: its name (its module's ``SUITE``) and a function of the parsed arguments returning rows."""


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmd = sub.add_parser("bench", help="benchmarks (mock vs Prism, contract, regeneration, client) into reports/")
    cmd.add_argument("suites", nargs="*", choices=[[], *SUITES], help="suites to run (default: all)")
    cmd.add_argument("--calls", type=int, default=6000, help="client-overhead: timed calls per row (default 6000)")
    cmd.add_argument("--seconds", type=int, default=5, help="mock-throughput: seconds per wrk run (default 5)")
    cmd.add_argument("--warmup", type=int, default=2, help="mock-throughput: warm-up seconds per run (default 2)")
    cmd.add_argument("--examples", type=int, help="contract-throughput: cases per operation (default: its EXAMPLES)")
    cmd.add_argument("--runs", type=int, default=3, help="regeneration: runs (default 3)")
    cmd.add_argument("--out", type=Path, default=ROOT / "reports" / "bench.json", help="JSON report to merge into")
    cmd.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from .report import conditions, merge_into, table

    before = conditions()
    print(f"bench: {before['cpus']} CPUs, load average {before['load_average_1_5_15']} (1/5/15 min)", flush=True)
    rows: list[Row] = []
    for name in args.suites or list(SUITES):
        print(f"bench: {name}...", flush=True)
        rows += SUITES[name](args)
    print(table(rows))
    after = conditions()
    print(f"bench: load average {after['load_average_1_5_15']} at the end", flush=True)
    merge_into(args.out, rows, " ".join(["python -m specfirst bench", *args.suites]), before)
    print(f"written {args.out}")
    return 0

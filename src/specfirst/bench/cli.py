"""``python -m specfirst bench [suite ...]``: run benchmark suites, print ONE table, merge into reports/bench.json.

Suites: ``mock-throughput`` (the mock under uvicorn vs Prism, with wrk), ``contract-throughput`` (schemathesis
cases/s vs generation only), ``regeneration`` (both clients), ``client-overhead`` (client vs raw httpx),
``main-job`` (the wall time of ``python -m specfirst contract``).
Everything runs on 127.0.0.1, bounded in time and requests, and stops by itself.
"""

import argparse
from collections.abc import Callable
from pathlib import Path

from ..apis import ROOT
from . import client_overhead, contract_throughput, main_job, mock_throughput, regeneration
from .report import Row, conditions, merge_into, table

SUITES: dict[str, Callable[[argparse.Namespace], list[Row]]] = {
    mock_throughput.SUITE: lambda args: mock_throughput.run(args.seconds, args.warmup),
    contract_throughput.SUITE: lambda args: contract_throughput.run(args.examples),
    regeneration.SUITE: lambda args: regeneration.run(args.runs),
    client_overhead.SUITE: lambda args: client_overhead.run(args.calls),
    main_job.SUITE: lambda args: main_job.run(),
}
"""Add a suite here: its name and a function of the parsed arguments returning ``list[Row]``."""


def register(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    cmd = sub.add_parser("bench", help="benchmarks (mock vs Prism, contract, regeneration, client) into reports/")
    cmd.add_argument("suites", nargs="*", choices=[[], *SUITES], help="suites to run (default: all)")
    cmd.add_argument("--calls", type=int, default=6000, help="client-overhead: timed calls per row (default 6000)")
    cmd.add_argument("--seconds", type=int, default=5, help="mock-throughput: seconds per wrk run (default 5)")
    cmd.add_argument("--warmup", type=int, default=2, help="mock-throughput: warm-up seconds per run (default 2)")
    cmd.add_argument(
        "--examples", type=int, default=contract_throughput.EXAMPLES, help="contract-throughput: cases per operation"
    )
    cmd.add_argument("--runs", type=int, default=3, help="regeneration: runs (default 3)")
    cmd.add_argument("--out", type=Path, default=ROOT / "reports" / "bench.json", help="JSON report to merge into")
    cmd.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
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

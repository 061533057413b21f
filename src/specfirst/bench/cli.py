"""``python -m specfirst bench [suite ...]``: run benchmark suites, print them, merge into reports/bench.json."""

import argparse
from collections.abc import Callable
from pathlib import Path

from ..apis import ROOT
from . import client_overhead
from .report import Row, merge_into, table

SUITES: dict[str, Callable[[int], list[Row]]] = {
    client_overhead.SUITE: client_overhead.run,
}
"""Add a suite here: its name and a ``run(calls) -> list[Row]``."""


def register(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    cmd = sub.add_parser("bench", help="benchmarks (client overhead vs raw httpx...) into reports/bench.json")
    cmd.add_argument("suites", nargs="*", choices=[[], *SUITES], help="suites to run (default: all)")
    cmd.add_argument("--calls", type=int, default=6000, help="timed calls per row (default 6000)")
    cmd.add_argument("--out", type=Path, default=ROOT / "reports" / "bench.json", help="JSON report to merge into")
    cmd.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    rows = [row for name in (args.suites or list(SUITES)) for row in SUITES[name](args.calls)]
    print(table(rows))
    merge_into(args.out, rows, " ".join(["python -m specfirst bench", *args.suites]))
    print(f"written {args.out}")
    return 0

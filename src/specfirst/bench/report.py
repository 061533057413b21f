"""Rows of benchmark results, how they are timed, printed and kept in ``reports/bench.json``."""

import datetime
import gc
import json
import os
import platform
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Row:
    suite: str
    """The suite that measured it (rows are replaced suite by suite)."""
    name: str
    median_us: float
    """Median wall time of one call (or p50 latency of one request), microseconds."""
    calls: int
    """How many timed calls (requests, cases, runs) the row is over."""
    baseline: str | None = None
    """Name of the row (same suite) this one is compared with."""
    ratio: float | None = None
    """``median_us / baseline's median_us`` (or a throughput ratio: see ``higher_is_better``)."""
    target: float | None = None
    """The ratio this row should stay under (over, if ``higher_is_better``), if any."""
    note: str = ""
    per_s: float | None = None
    """Throughput: requests or cases per second."""
    p99_us: float | None = None
    errors: int | None = None
    """Failed requests (socket errors and unexpected statuses), where the suite counts them."""
    higher_is_better: bool = False
    """The ratio is a throughput ratio: the target is a floor, not a ceiling."""
    goal: str = ""
    """The target in words, when it is more than the ratio (e.g. also a p99 bound); ``met`` then decides."""
    met: bool | None = None
    """Whether ``goal`` is met, computed by the suite; None: judge by ``ratio`` against ``target``."""

    @property
    def verdict(self) -> str:
        if self.met is not None:
            return "meets target" if self.met else "MISSES target"
        if self.ratio is None or self.target is None:
            return ""
        ok = self.ratio >= self.target if self.higher_is_better else self.ratio <= self.target
        return "meets target" if ok else "MISSES target"

    @property
    def goal_text(self) -> str:
        if self.goal:
            return self.goal
        if self.target is None:
            return ""
        return f"ratio {'>=' if self.higher_is_better else '<='} {self.target}"


def interleaved_medians(calls: dict[str, Callable[[], object]], n: int, rounds: int = 20) -> dict[str, float]:
    """Median microseconds per call of each function, timed in alternating blocks (so load from other
    processes on a shared machine hits every function alike), after a warm-up; GC paused while timing."""
    per_round = max(1, n // rounds)
    samples: dict[str, list[int]] = {name: [] for name in calls}
    for fn in calls.values():
        for _ in range(min(200, per_round)):
            fn()
    for _ in range(rounds):
        for name, fn in calls.items():
            gc.collect()
            gc.disable()
            try:
                for _ in range(per_round):
                    start = time.perf_counter_ns()
                    fn()
                    samples[name].append(time.perf_counter_ns() - start)
            finally:
                gc.enable()
    return {name: statistics.median(values) / 1000 for name, values in samples.items()}


def duration(us: float | None) -> str:
    """Microseconds in the unit that reads best (µs, ms or s)."""
    if us is None:
        return ""
    if us >= 1e6:
        return f"{us / 1e6:.2f} s"
    if us >= 1e3:
        return f"{us / 1e3:.2f} ms"
    return f"{us:.1f} µs"


def table(rows: list[Row]) -> str:
    """One table for every suite: throughput, median (p50) and p99 time, count, errors, ratio and verdict."""
    header = f"{'suite':<19} {'row':<44} {'per s':>9} {'p50/median':>10} {'p99':>9} {'n':>7} {'err':>4} {'ratio':>7}"
    lines = [header + "  verdict (target)", "-" * (len(header) + 30)]
    for row in rows:
        per_s = f"{row.per_s:.0f}" if row.per_s is not None else ""
        errors = str(row.errors) if row.errors is not None else ""
        ratio = f"{row.ratio:.3f}" if row.ratio is not None else ""
        verdict = f"{row.verdict} ({row.goal_text})" if row.verdict else ""
        lines.append(
            f"{row.suite:<19} {row.name:<44} {per_s:>9} {duration(row.median_us):>10} {duration(row.p99_us):>9} "
            f"{row.calls:>7} {errors:>4} {ratio:>7}  {verdict}"
        )
    return "\n".join(lines)


def conditions() -> dict[str, Any]:
    """When and on what the numbers were taken: a shared machine's load average says how quiet it was."""
    return {
        "taken_at": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "cpus": os.cpu_count(),
        "load_average_1_5_15": [round(x, 2) for x in os.getloadavg()],
    }


def merge_into(path: Path, rows: list[Row], command: str, before: dict[str, Any] | None = None) -> dict[str, Any]:
    """Write ``rows`` into the JSON report at ``path``, keeping rows of suites that did not run this time.
    ``before``: the :func:`conditions` when the run started (the end's are added here)."""
    ran = {row.suite for row in rows}
    kept: list[dict[str, Any]] = []
    if path.exists():
        kept = [r for r in json.loads(path.read_text()).get("rows", []) if r.get("suite") not in ran]
    report = {
        "command": command,
        "python": platform.python_version(),
        "machine": platform.machine(),
        "started": before or {},
        "finished": conditions(),
        "rows": kept + [asdict(row) for row in rows],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report, indent=2) + "\n")
    return report

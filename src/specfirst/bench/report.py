"""Rows of benchmark results, how they are timed, printed and kept in ``reports/bench.json``."""

import gc
import json
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
    """Median wall time of one call, microseconds."""
    calls: int
    """How many timed calls the median is over."""
    baseline: str | None = None
    """Name of the row (same suite) this one is compared with."""
    ratio: float | None = None
    """``median_us / baseline's median_us``."""
    target: float | None = None
    """The ratio this row should stay under, if any."""
    note: str = ""

    @property
    def verdict(self) -> str:
        if self.ratio is None or self.target is None:
            return ""
        return "meets target" if self.ratio <= self.target else "MISSES target"


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


def table(rows: list[Row]) -> str:
    lines = [f"{'suite':<16} {'row':<44} {'median µs':>10} {'calls':>7} {'ratio':>7}  verdict"]
    for row in rows:
        ratio = f"{row.ratio:.3f}" if row.ratio is not None else ""
        target = f" (target <= {row.target})" if row.target is not None else ""
        lines.append(
            f"{row.suite:<16} {row.name:<44} {row.median_us:>10.1f} {row.calls:>7} {ratio:>7}  {row.verdict}{target}"
        )
    return "\n".join(lines)


def merge_into(path: Path, rows: list[Row], command: str) -> dict[str, Any]:
    """Write ``rows`` into the JSON report at ``path``, keeping rows of suites that did not run this time."""
    ran = {row.suite for row in rows}
    kept: list[dict[str, Any]] = []
    if path.exists():
        kept = [r for r in json.loads(path.read_text()).get("rows", []) if r.get("suite") not in ran]
    report = {
        "command": command,
        "python": platform.python_version(),
        "machine": platform.machine(),
        "rows": kept + [asdict(row) for row in rows],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report, indent=2) + "\n")
    return report

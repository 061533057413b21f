"""Regeneration: wall time of ``specfirst.generate.generate`` for both clients into a temporary folder.

That is the whole of ``python -m specfirst generate``: spec checks, the pinned openapi-python-client, the
runtime copied in, the isolated ruff hooks. The median of a few runs is reported (the first run included:
a developer regenerates once, cold caches and all).
"""

import statistics
import tempfile
import time
from pathlib import Path

from ..apis import APIS
from ..generate import generate
from .report import Row

SUITE = "regeneration"
TARGET_S = 5.0


def run(runs: int = 3) -> list[Row]:
    times: list[float] = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            start = time.perf_counter()
            generate(Path(tmp), list(APIS))
            times.append(time.perf_counter() - start)
    median = statistics.median(times)
    return [
        Row(
            SUITE, f"generate both clients ({len(APIS)} APIs)", median * 1e6, runs, p99_us=max(times) * 1e6,
            goal=f"< {TARGET_S:g} s", met=median < TARGET_S,
            note="specfirst.generate.generate into a temp folder; p99 column: the slowest run",
        )
    ]  # fmt: skip

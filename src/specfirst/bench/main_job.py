"""The main job's wall time: ``python -m specfirst contract`` (both mocks in-process, default profile), end to end.

One run in a subprocess, as a user starts it: imports, schema loading, every schemathesis phase and the
behaviour checks, reports. Cases come from the run's own stats file.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .report import Row

SUITE = "main-job"


def run() -> list[Row]:
    with tempfile.TemporaryDirectory() as tmp:
        command = [sys.executable, "-m", "specfirst", "contract", "--reports", tmp]
        start = time.perf_counter()
        result = subprocess.run(command, capture_output=True, text=True, check=False, cwd=tmp)
        seconds = time.perf_counter() - start
        stats = json.loads((Path(tmp) / "contract-stats.json").read_text(encoding="utf-8"))
    cases = sum(op["cases"] for ops in stats["operations"].values() for op in ops.values())
    rules = sum(len(found) for found in stats.get("rules", {}).values())
    return [
        Row(
            SUITE,
            "python -m specfirst contract (both mocks, default profile)",
            seconds * 1e6,
            1,
            per_s=cases / seconds,
            errors=0 if result.returncode == 0 else 1,
            note=f"one run: {cases} schemathesis cases + behaviour checks ({rules} rules), exit {result.returncode}",
        )
    ]

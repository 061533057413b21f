"""``usage_typecheck.py`` (the whole resource surface of both clients, as an application writes it) passes
``mypy --strict``, and each call it marks as wrong is refused by mypy (an unneeded ignore fails strict mode)."""

import subprocess
import sys
from pathlib import Path

USAGE = Path(__file__).with_name("usage_typecheck.py")


def test_usage_file_passes_mypy_strict() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--config-file", "", str(USAGE)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("Success: no issues found in 1 source file")
    assert USAGE.read_text().count("# type: ignore[") >= 9

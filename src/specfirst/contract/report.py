"""The readable report of a contract run: cases and failures per operation, with a curl to reproduce each.

Every file in the report folder is scrubbed of the run's credentials before the run ends (JUnit XML holds
pytest's captured output, which may quote a request).
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from .session import PHASES
from .targets import Target

SUMMARY = "contract-summary.md"


def junit_totals(junit: Path) -> dict[str, int]:
    totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    if not junit.exists():
        return totals
    root = ET.parse(junit).getroot()
    for suite in root.iter("testsuite"):
        for key in totals:
            totals[key] += int(suite.get(key, 0))
    return totals


def write_reports(
    reports: Path, targets: list[Target], stats_path: Path, junit: Path, elapsed: float, profile: str, exit_code: int
) -> Path:
    stats: dict[str, Any] = {"operations": {}, "links": {}}
    if stats_path.exists():
        stats = json.loads(stats_path.read_text(encoding="utf-8"))
    totals = junit_totals(junit)
    lines = [
        "# Contract run",
        "",
        f"- Result: {'PASSED' if exit_code == 0 else f'FAILED (exit {exit_code})'}",
        f"- Wall time: {elapsed:.1f} s; profile: {profile}",
        f"- pytest: {totals['tests']} tests, {totals['failures']} failures, {totals['errors']} errors, "
        f"{totals['skipped']} skipped (JUnit XML: `{junit.name}`)",
    ]
    for target in targets:
        where = target.base_url if target.live else "built-in mock, in-process"
        operations: dict[str, Any] = stats["operations"].get(target.api, {})
        header = " | ".join(p.capitalize() for p in PHASES)
        lines += [
            "",
            f"## {target.api} ({where})",
            "",
            f"| Operation | {header} | Cases | Failures |",
            "|---|" + "---:|" * (len(PHASES) + 2),
        ]
        for label in sorted(operations, key=lambda op: (op.split(" ", 1)[1], op)):
            op = operations[label]
            counts = " | ".join(str(op.get("phases", {}).get(p, 0)) for p in PHASES)
            lines.append(f"| `{label}` | {counts} | {op['cases']} | {len(op['failures'])} |")
        per_phase = [
            sum(stats_of.get("phases", {}).get(phase, 0) for stats_of in operations.values()) for phase in PHASES
        ]
        phase_totals = " | ".join(str(count) for count in per_phase)
        total = sum(op["cases"] for op in operations.values())
        failures = sum(len(op["failures"]) for op in operations.values())
        lines.append(f"| **total** | {phase_totals} | **{total}** | **{failures}** |")
        links = stats["links"].get(target.api, [])
        lines += ["", f"Links followed by the stateful phase ({len(links)}):", ""]
        lines += [f"- {link}" for link in links] or ["- none"]
        for label, op in sorted(operations.items()):
            for failure in op["failures"]:
                lines += [
                    "",
                    f"### Failure: `{label}`",
                    "",
                    "```",
                    failure["error"],
                    "```",
                    "",
                    "Reproduce:",
                    "",
                    "```sh",
                    failure["curl"],
                    "```",
                ]
    summary = reports / SUMMARY
    summary.write_text("\n".join(lines) + "\n", encoding="utf-8")
    scrub(reports, [t.token for t in targets])
    return summary


def scrub(reports: Path, secrets: list[str]) -> None:
    """Replace every secret in every report file (a last line of defence: reports are uploaded)."""
    for path in reports.rglob("*"):
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8", errors="surrogateescape")
        cleaned = text
        for secret in secrets:
            if secret:
                cleaned = cleaned.replace(secret, "[REDACTED]")
        if cleaned != text:
            path.write_text(cleaned, encoding="utf-8", errors="surrogateescape")

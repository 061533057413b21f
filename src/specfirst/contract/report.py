"""The readable report of a contract run: cases and failures per operation, with a curl to reproduce each.

Every file in the report folder is scrubbed of the run's credentials before the run ends (JUnit XML holds
pytest's captured output, which may quote a request).
"""

from __future__ import annotations

import contextlib
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
    reports: Path,
    targets: list[Target],
    stats_path: Path,
    junit: Path,
    elapsed: float,
    profile: str,
    exit_code: int,
    *,
    cleanup_note: str = "",
    interrupted: str | None = None,
) -> Path:
    stats: dict[str, Any] = {"operations": {}, "links": {}, "rules": {}}
    with contextlib.suppress(OSError, ValueError):  # an interrupted run may have written none
        stats |= json.loads(stats_path.read_text(encoding="utf-8"))
    try:
        totals = junit_totals(junit)
    except ET.ParseError:
        totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    result = "PASSED" if exit_code == 0 else f"FAILED (exit {exit_code})"
    if interrupted:
        result = f"INTERRUPTED ({interrupted}, exit {exit_code})"
    lines = [
        "# Contract run",
        "",
        f"- Result: {result}",
        f"- Wall time: {elapsed:.1f} s; profile: {profile}",
        f"- pytest: {totals['tests']} tests, {totals['failures']} failures, {totals['errors']} errors, "
        f"{totals['skipped']} skipped (JUnit XML: `{junit.name}`)",
    ]
    if cleanup_note:
        lines.append(f"- {cleanup_note[0].upper()}{cleanup_note[1:]}")
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
        lines += rules_table(target.api, stats.get("rules", {}).get(target.api, {}))
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


def rules_table(api: str, results: dict[str, dict[str, str]]) -> list[str]:
    """The behaviour rules of ``api``: documented or inferred, and confirmed, refuted or not exercised."""
    from .behaviour import INFERRED, rules

    lines = ["", "Behaviour rules (`specfirst.contract.behaviour`; inferred ids: `specfirst.mock.inferred`):", ""]
    lines += ["| Rule | Kind | Result | Statement |", "|---|---|---|---|"]
    refuted_inferred = []
    for rule in rules(api).values():
        found = results.get(rule.id)
        result = found["result"] if found else "not exercised"
        if found and result == "refuted":
            result = f"**refuted**: {found['detail'].replace('|', '/')}"
            if rule.kind == INFERRED:
                refuted_inferred.append(rule.id)
        lines.append(f"| {rule.id} | {rule.kind} | {result} | {rule.text.replace('|', '/')} |")
    if refuted_inferred:
        lines += [
            "",
            f"Refuted inferred rule(s) {', '.join(refuted_inferred)}: news about the vendor, not a bug of the suite. "
            "The spec and the mock (`specfirst/mock/inferred.py`) chose these where the docs are silent; correct "
            "them to what the vendor does.",
        ]
    return lines


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

"""The nightly workflow is a valid GitHub workflow and zizmor (offline) finds nothing of medium or high severity."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import yaml

from specfirst.apis import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "nightly-contract.yml"
BIN = Path(sys.executable).parent


def test_workflow_matches_the_github_workflow_schema() -> None:
    result = subprocess.run(
        [str(BIN / "check-jsonschema"), "--builtin-schema", "vendor.github-workflows", str(WORKFLOW)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_zizmor_finds_nothing_medium_or_high() -> None:
    result = subprocess.run(
        [str(BIN / "zizmor"), "--offline", "--format", "json", "--min-severity", "medium", str(WORKFLOW)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert json.loads(result.stdout) == []


def test_workflow_runs_nightly_with_secrets_and_uploads_reports() -> None:
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert workflow[True]["schedule"] and workflow["permissions"] == {}  # `on:` parses as True in YAML 1.1
    job = workflow["jobs"]["contract"]
    assert job["permissions"] == {"contents": "read"}
    steps = {step["name"]: step for step in job["steps"]}
    assert steps["Contract suite"]["env"]["QONVERSION_SECRET_KEY"] == "${{ secrets.QONVERSION_SECRET_KEY }}"
    assert steps["Contract suite"]["env"]["SALESFORCE_ACCESS_TOKEN"] == "${{ secrets.SALESFORCE_ACCESS_TOKEN }}"
    script = steps["Contract suite"]["run"]
    assert 'nox -s contract -- --live "$TARGET" --nightly --allow-writes' in script  # behaviour checks need writes
    assert (
        "nox -s contract -- deviations" in script
        and "catalogue" in workflow["jobs"]["contract"]["strategy"]["matrix"]["target"]
    )
    assert steps["Upload reports"]["if"] == "always()" and steps["Upload reports"]["with"]["path"] == "reports/"
    for step in job["steps"]:
        if "uses" in step:
            ref = step["uses"].split("@", 1)[1]
            assert len(ref) == 40 and all(c in "0123456789abcdef" for c in ref), step["uses"]

"""The version gate on pairs of small specs (gate_cases/<case>/before.yaml, after.yaml).

Each case gives the breaking changes api-smart-diff must find and the gate's exit code; the response-
only case shows that a schema change seen only in responses is not a request break.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from specfirst.apis import ROOT
from specfirst.publish.gate import judge

CASES = Path(__file__).with_name("gate_cases")
POST_BODY = "POST /things: [{}] {} in Request Body content (application/json)"

# case -> (breaking changes, exit code of `python -m specfirst.publish.gate`)
EXPECTED: dict[str, tuple[list[str], int]] = {
    "removed_operation": (["[Removed] operation DELETE /things/{thing_id}"], 1),
    "new_required_request_field": (
        [POST_BODY.format("Added", "required status to `size`"), POST_BODY.format("Added", "property `size`")],
        1,
    ),
    "narrowed_request_enum": ([POST_BODY.format("Replaced", "possible values of `colour`")], 1),
    "new_optional_request_field": ([], 0),
    "new_operation": ([], 0),
    "response_only_schema_change": ([], 0),
    "removed_operation_with_major_bump": (["[Removed] operation DELETE /things/{thing_id}"], 0),
    "version_goes_backwards": ([], 1),
}


def _pair(case: str) -> tuple[Path, Path]:
    return CASES / case / "before.yaml", CASES / case / "after.yaml"


def test_every_case_has_an_expectation() -> None:
    assert sorted(p.name for p in CASES.iterdir() if p.is_dir()) == sorted(EXPECTED)


@pytest.mark.parametrize("case", list(EXPECTED))
def test_verdict(case: str) -> None:
    before, after = (yaml.safe_load(p.read_text()) for p in _pair(case))
    verdict = judge(before, after)
    assert [str(c) for c in verdict.breaking] == EXPECTED[case][0]
    assert verdict.allowed == (EXPECTED[case][1] == 0)


def test_non_breaking_changes_are_still_reported() -> None:
    before, after = (yaml.safe_load(p.read_text()) for p in _pair("new_optional_request_field"))
    assert [(c.kind, str(c)) for c in judge(before, after).changes] == [
        ("non-breaking", POST_BODY.format("Added", "property `note`"))
    ]
    before, after = (yaml.safe_load(p.read_text()) for p in _pair("response_only_schema_change"))
    changes = judge(before, after).changes
    assert "GET /things: [Replaced] possible values of `[].colour` in Response 200 content (application/json)" in [
        str(c) for c in changes
    ]
    assert {c.kind for c in changes} == {"non-breaking"}


@pytest.mark.parametrize("case", list(EXPECTED))
def test_command_line_exit_code_and_report(case: str) -> None:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]))
    result = subprocess.run(
        [sys.executable, "-m", "specfirst.publish.gate", *map(str, _pair(case))],
        capture_output=True, text=True, env=env, check=False,
    )  # fmt: skip
    breaking, code = EXPECTED[case]
    assert result.returncode == code, result.stderr
    if code == 0:
        assert result.stderr == ""
        assert result.stdout.splitlines()[-1].startswith(
            f"release allowed: 1.0.0 -> {yaml.safe_load(_pair(case)[1].read_text())['info']['version']}"
        )
    else:
        first, *listed = result.stderr.splitlines()
        assert ("without a major bump" in first) == bool(breaking)
        assert [line.removeprefix("  - breaking: ") for line in listed] == breaking


def test_unreadable_spec_exits_2(tmp_path: Path) -> None:
    (tmp_path / "broken.yaml").write_text("info: {version: [")
    before, _ = _pair("new_operation")
    result = subprocess.run(
        [sys.executable, "-m", "specfirst.publish.gate", str(before), str(tmp_path / "broken.yaml")],
        capture_output=True, text=True, check=False,
        env=dict(os.environ, PYTHONPATH=str(ROOT / "src")),
    )  # fmt: skip
    assert result.returncode == 2
    assert result.stderr.startswith("cannot compare the specs:")

"""Both specs validate (openapi-spec-validator, Redocly's recommended rules) and every example in
them matches its schema with format checking on; the checker itself reports file, line and reason."""

import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from openapi_spec_validator import validate

from specfirst.apis import APIS, ROOT
from specfirst.speccheck import check_spec, format_checker, iter_examples
from specfirst.specfile import SpecError, SpecFile
from tests.spec_utils import deref, iter_operations, load

REDOCLY = ROOT / "node_modules" / ".bin" / "redocly"


@pytest.mark.parametrize("api", APIS)
def test_openapi_spec_validator_accepts_the_spec(api: str) -> None:
    validate(load(api))  # raises on any error


@pytest.mark.parametrize("api", APIS)
def test_specfirst_check_accepts_the_spec(api: str) -> None:
    check_spec(APIS[api].spec)


@pytest.mark.parametrize("api", APIS)
def test_redocly_recommended_rules_report_no_error(api: str) -> None:
    if not REDOCLY.exists():
        pytest.fail("Redocly is not installed: run `npm ci` (nox -s tests does it)")
    result = subprocess.run(
        [str(REDOCLY), "lint", "--format", "stylish", str(APIS[api].spec)], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower().replace("0 errors", ""), result.stdout


@pytest.mark.parametrize("api", APIS)
def test_every_operation_has_a_verb_based_id_summary_and_declared_errors(api: str) -> None:
    spec = load(api)
    ids = [op["operationId"] for _, _, op in iter_operations(spec)]
    assert len(ids) == len(set(ids))
    for method, path, op in iter_operations(spec):
        codes = set(op["responses"])
        assert op["summary"], (method, path)
        assert any(c.startswith("2") for c in codes), (method, path)
        assert {"400", "401", "403"} <= codes, (method, path)
        if "{" in path:
            assert "404" in codes, (method, path)


def test_qonversion_operation_ids_follow_the_vendor_style() -> None:
    for _, _, op in iter_operations(load("qonversion")):
        assert op["operationId"].startswith("v4") and op["operationId"][2].isupper()


@pytest.mark.parametrize("api", APIS)
def test_examples_are_found_and_checked(api: str) -> None:
    examples = list(iter_examples(SpecFile(APIS[api].spec)))
    assert len(examples) >= 10
    assert {ptr[0] for ptr, _, _ in examples} >= {"paths", "components"}


def test_date_time_format_is_really_checked() -> None:
    validator = jsonschema.Draft202012Validator(
        {"type": "string", "format": "date-time"}, format_checker=format_checker()
    )
    assert validator.is_valid("2023-11-07T05:31:56Z")
    assert not validator.is_valid("2023-11-07 05:31")
    assert not validator.is_valid("2023-13-45T00:00:00Z")


def _broken(tmp_path: Path, old: str, new: str) -> Path:
    source = APIS["qonversion"].spec.read_text(encoding="utf-8")
    assert old in source
    path = tmp_path / "broken.yaml"
    path.write_text(source.replace(old, new, 1), encoding="utf-8")
    return path


def _line_of(path: Path, text: str) -> int:
    return next(i for i, line in enumerate(path.read_text().splitlines(), 1) if text in line)


def test_a_bad_example_is_reported_with_file_line_and_reason(tmp_path: Path) -> None:
    path = _broken(tmp_path, "created_at: '2025-09-15T12:30:00Z'", "created_at: '2025-09-15 12:30'")
    with pytest.raises(SpecError) as info:
        check_spec(path)
    [problem] = info.value.problems
    assert problem.file == path
    assert problem.line == _line_of(path, "created_at: '2025-09-15 12:30'")
    assert problem.location.endswith("/examples/seed/value/created_at")
    assert "is not a 'date-time'" in problem.reason
    assert str(problem).startswith(f"{path}:{problem.line}: #/paths/")


def test_an_invalid_schema_is_reported_where_it_is(tmp_path: Path) -> None:
    path = _broken(
        tmp_path,
        "        delivery_error_count:\n          type: integer",
        "        delivery_error_count:\n          type: integr",
    )
    with pytest.raises(SpecError) as info:
        check_spec(path)
    lines = {p.line for p in info.value.problems}
    assert _line_of(path, "type: integr") in lines
    assert all("integr" in p.reason for p in info.value.problems)


def test_a_structural_error_is_reported_where_it_is(tmp_path: Path) -> None:
    path = _broken(
        tmp_path,
        "      operationId: v4ListSegments\n",
        "      operationId: v4ListSegments\n      deprecated: sometimes\n",
    )
    with pytest.raises(SpecError) as info:
        check_spec(path)
    assert any(p.line == _line_of(path, "deprecated: sometimes") for p in info.value.problems), info.value


def test_invalid_yaml_is_reported_with_its_line(tmp_path: Path) -> None:
    path = _broken(tmp_path, "  /segments:\n", "  /segments: [\n")
    with pytest.raises(SpecError) as info:
        check_spec(path)
    assert "not valid YAML" in str(info.value)
    assert info.value.problems[0].line >= _line_of(path, "/segments: [")


def _nodes(node: Any, pointer: str = "#") -> Iterator[tuple[str, Any]]:
    yield pointer, node
    children = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else []
    for key, child in children:
        yield from _nodes(child, f"{pointer}/{key}")


@pytest.mark.parametrize("api", APIS)
def test_published_text_names_no_repository_path(api: str) -> None:
    """The specs are published: they cite the vendor's pages, never this repository's files."""
    local = re.compile(r"\.\./|shared/(seeds|notes)|tests/|src/specfirst")
    found = [(ptr, value) for ptr, value in _nodes(load(api)) if isinstance(value, str) and local.search(value)]
    assert found == []


@pytest.mark.parametrize("api", APIS)
def test_every_provenance_mark_is_known_and_explained(api: str) -> None:
    marked = [(ptr, node) for ptr, node in _nodes(load(api)) if isinstance(node, dict) and "x-provenance" in node]
    assert marked
    for ptr, node in marked:
        assert node["x-provenance"] in {"documented", "inferred", "contradiction"}, ptr
        assert node.get("description", "").strip(), f"{ptr}: x-provenance without a description saying why"


# The vendors' global status tables (not the endpoint pages) are where these statuses come from.
STATUS_TABLE = {
    "qonversion": ("reference/v4/handling-api-errors", {"429", "500", "503"}),
    "salesforce": ("connect_error_responses", {"410", "412", "429", "500", "503"}),
}


@pytest.mark.parametrize("api", APIS)
def test_error_statuses_from_the_global_table_are_declared_everywhere_and_marked(api: str) -> None:
    spec = load(api)
    page, everywhere = STATUS_TABLE[api]
    for method, path, op in iter_operations(spec):
        assert everywhere <= set(op["responses"]), (method, path)
        for code, response in op["responses"].items():
            if code >= "4":
                shared = deref(spec, response)
                assert shared["x-provenance"] in {"inferred", "contradiction"}, (method, path, code)
                assert page in shared["description"], (method, path, code)


def test_a_documented_location_header_is_required_and_only_then() -> None:
    """A page that documents the Location header makes a response without it non-conforming."""
    spec = load("qonversion")
    creates = [(path, op["responses"]["201"]) for method, path, op in iter_operations(spec) if "201" in op["responses"]]
    assert len(creates) == 4
    for path, response in creates:
        header = deref(spec, response["headers"]["Location"])
        documented = response.get("x-provenance") == "documented"
        assert header.get("required", False) is documented, path
        assert header["x-provenance"] == ("documented" if documented else "inferred"), path
    assert [p for p, r in creates if r.get("x-provenance") == "documented"] == ["/experiments/{experiment_id}/groups"]

"""Generation: the drift gate, type checking, and a spec that does not validate stops everything."""

import dataclasses
import importlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from specfirst.apis import APIS
from specfirst.generate import _tool_env, drift, generate, generate_one
from specfirst.specfile import SpecError


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("generated")
    generate(root)
    return root


@pytest.mark.parametrize("api", APIS)
def test_generated_matches_a_fresh_generation(fresh: Path, api: str) -> None:
    """The drift gate: generated/ only changes by regeneration from openapi/ and overrides/."""
    problems = drift(fresh / APIS[api].project_dir, APIS[api].generated)
    assert not problems, "generated/ is stale; run `nox -s generate`:\n" + "\n".join(problems)


def test_drift_names_every_changed_missing_and_extra_file(fresh: Path, tmp_path: Path) -> None:
    api = APIS["qonversion"]
    copy = tmp_path / "copy"
    shutil.copytree(fresh / api.project_dir, copy)
    (copy / api.package / "client.py").write_text("# edited by hand\n")
    (copy / api.package / "types.py").unlink()
    (copy / api.package / "extra.py").write_text("")
    assert drift(fresh / api.project_dir, copy) == [
        f"missing from {copy}: {api.package}/types.py",
        f"not generated, but in {copy}: {api.package}/extra.py",
        f"differs: {copy / api.package / 'client.py'}",
    ]


def test_a_spec_that_does_not_validate_stops_generation(tmp_path: Path) -> None:
    api = APIS["salesforce"]
    broken = tmp_path / "broken.yaml"
    broken.write_text(api.spec.read_text().replace("enum: [Start, Stop, Archive]", "enum: Start"))
    output = tmp_path / "out"
    with pytest.raises(SpecError) as info:
        generate_one(dataclasses.replace(api, spec=broken), output, _tool_env())
    assert not output.exists()
    [problem] = info.value.problems
    assert problem.file == broken
    assert problem.location == "#/components/schemas/PersonalizationExperimentAction/enum"
    assert broken.read_text().splitlines()[problem.line - 1].strip() == "enum: Start"


def test_the_cli_refuses_an_unknown_api() -> None:
    result = subprocess.run([sys.executable, "-m", "specfirst", "check", "nosuchapi"], capture_output=True, text=True)
    assert result.returncode == 2 and "invalid choice" in result.stderr


@pytest.mark.parametrize("api", APIS)
def test_client_is_an_installable_typed_package(api: str) -> None:
    info = APIS[api]
    project = yaml.safe_load(info.spec.read_text())["info"]
    pyproject = (info.generated / "pyproject.toml").read_text()
    assert f'version = "{project["version"]}"' in pyproject
    assert (info.generated / info.package / "py.typed").exists()
    module = importlib.import_module(info.package)
    assert Path(module.__file__ or "").resolve().is_relative_to(info.generated.resolve())


@pytest.mark.parametrize("api", APIS)
def test_mypy_strict_passes_on_the_client(api: str) -> None:
    info = APIS[api]
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "-p", info.package],
        cwd=info.generated, capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr

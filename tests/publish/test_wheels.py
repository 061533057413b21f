"""The built client wheels install into a fresh virtual environment (deps from the index) and import."""

import json
import subprocess
import sys
import venv
from pathlib import Path

import yaml

from specfirst.apis import APIS
from specfirst.publish.release import Release

PROBE = """
import importlib, importlib.metadata, json, sys
out = {}
for dist, package in json.loads(sys.argv[1]).items():
    module = importlib.import_module(package)
    client = module.AuthenticatedClient(base_url="http://127.0.0.1:1", token="placeholder")
    out[dist] = [importlib.metadata.version(dist), module.__file__, type(client).__name__]
print(json.dumps(out))
"""


def test_wheels_install_and_import_in_a_fresh_venv(release: Release, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    wheels = [files[3] for files in release.artifacts.values()]
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *map(str, wheels)],
        check=True, capture_output=True,
    )  # fmt: skip
    packages = {api.project_dir: api.package for api in APIS.values()}
    out = subprocess.run([str(python), "-c", PROBE, json.dumps(packages)], check=True, capture_output=True, text=True)
    result = json.loads(out.stdout)
    for api in APIS.values():
        version, module_file, client = result[api.project_dir]
        assert version == str(yaml.safe_load(api.spec.read_text())["info"]["version"])
        assert Path(module_file).is_relative_to(env_dir)  # the installed copy, not generated/
        assert client == "AuthenticatedClient"
    assert sys.prefix != str(env_dir)

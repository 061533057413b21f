"""Regenerates the clients in ``generated/`` from the specs, one way only: spec -> client.

For each API: check the spec (stop on any problem, naming file, line and reason), run the pinned
openapi-python-client with the API's config and the custom templates in ``overrides/templates``, plus two
Jinja modules written from the spec (the generator shows templates no ``x-`` extension): ``_layout.jinja``,
where each operation lives on the client (``resources.py``), and ``_credentials.jinja``, the key prefixes
(``credentials.py``). Then copy the hand-written runtime modules from ``overrides/runtime`` into the package,
write the spec's servers and credential facts beside them (``_servers.py``, ``_credentials.py``), and format
the result with the config's own (isolated) ruff hooks, so the output is byte-identical run to run.
"""

import filecmp
import importlib.metadata
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

from .apis import APIS, RUNTIME, TEMPLATES, Api
from .credentials import client_module, template_module
from .resources import layout_template
from .speccheck import check_spec

GENERATOR_VERSION = "0.29.1"
# Files that tools may leave next to generated sources; they are never part of the output.
_IGNORED = {"__pycache__", ".mypy_cache", ".pdm-build", ".ruff_cache", "build", "dist"}


class GenerationError(RuntimeError):
    pass


def _tool_env() -> dict[str, str]:
    """PATH with this interpreter's scripts first, so the hooks run the pinned ruff."""
    bindir = str(Path(sys.executable).parent)
    env = dict(os.environ)
    env["PATH"] = bindir + os.pathsep + env.get("PATH", "")
    if (
        shutil.which("ruff", path=env["PATH"]) is None
        or shutil.which("openapi-python-client", path=env["PATH"]) is None
    ):
        raise GenerationError(f"ruff and openapi-python-client must be installed beside {sys.executable}")
    return env


def _check_generator_version() -> None:
    """The generator beside this interpreter (the one _tool_env puts first on PATH) is the pinned one."""
    found = importlib.metadata.version("openapi-python-client")
    if found != GENERATOR_VERSION:
        raise GenerationError(f"openapi-python-client {GENERATOR_VERSION} is pinned, found {found}")


def servers_module(spec: Path) -> str:
    """``_servers.py`` for a client: the spec's first server URL and its variables' defaults, so the runtime's
    default base URL and API version come from openapi/ (the generator gives templates no ``servers``)."""
    [server, *_] = yaml.safe_load(spec.read_text())["servers"]
    variables = {name: str(var["default"]) for name, var in server.get("variables", {}).items()}
    return (
        f'"""The servers of {spec.name} (written by specfirst.generate from the spec; do not edit)."""\n\n'
        f"SERVER_URL = {server['url']!r}\n"
        f"SERVER_VARIABLES: dict[str, str] = {variables!r}\n"
    )


def generate_one(api: Api, output: Path, env: dict[str, str]) -> None:
    """Generate ``api``'s client project into ``output`` (replaced if it exists)."""
    check_spec(api.spec)
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / api.project_dir
        templates = Path(tmp) / "templates"
        shutil.copytree(TEMPLATES, templates)
        document = yaml.safe_load(api.spec.read_text())
        (templates / "_layout.jinja").write_text(layout_template(document))
        (templates / "_credentials.jinja").write_text(template_module(document, api.spec.name))
        result = subprocess.run(
            [
                "openapi-python-client", "generate",
                "--path", str(api.spec),
                "--config", str(api.config),
                "--custom-template-path", str(templates),
                "--meta", "pdm",
                "--output-path", str(target),
            ],
            env=env, capture_output=True, text=True,
        )  # fmt: skip
        output_text = result.stdout + result.stderr
        if result.returncode != 0 or "Warning" in output_text or "Error" in output_text:
            raise GenerationError(f"openapi-python-client failed for {api.spec}:\n{output_text}")
        package = target / api.package
        for module in [*sorted(RUNTIME.glob("*.py")), *sorted(api.runtime.glob("*.py"))]:
            shutil.copyfile(module, package / module.name)
        (package / "_servers.py").write_text(servers_module(api.spec))
        (package / "_credentials.py").write_text(client_module(document, api.spec.name))
        hooks = yaml.safe_load(api.config.read_text())["post_hooks"]
        for hook in hooks:  # again, over the copied runtime too
            subprocess.run(hook, shell=True, cwd=target, env=env, check=True)
        if output.exists():
            shutil.rmtree(output)
        shutil.copytree(target, output)


def generate(root: Path, names: list[str] | None = None) -> list[Path]:
    """Generate the named APIs (all by default) under ``root``; return the project folders."""
    env = _tool_env()
    _check_generator_version()
    outputs = []
    for name in names or list(APIS):
        api = APIS[name]
        output = root / api.project_dir
        generate_one(api, output, env)
        outputs.append(output)
    return outputs


def _files(root: Path) -> set[str]:
    return {
        str(p.relative_to(root))
        for p in root.rglob("*")
        if p.is_file() and not _IGNORED.intersection(p.relative_to(root).parts) and p.suffix != ".pyc"
    }


def drift(expected: Path, actual: Path) -> list[str]:
    """Differences between two generated trees, one line per file (empty when identical)."""
    want, have = _files(expected), _files(actual)
    lines = [f"missing from {actual}: {f}" for f in sorted(want - have)]
    lines += [f"not generated, but in {actual}: {f}" for f in sorted(have - want)]
    lines += [
        f"differs: {actual / f}"
        for f in sorted(want & have)
        if not filecmp.cmp(expected / f, actual / f, shallow=False)
    ]
    return lines

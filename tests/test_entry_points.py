"""The command line and the pytest plugin import only what they need (the journey, `nox -s journey`, checks the same
with real installs; these run in a second, in the test suite)."""

import json
import subprocess
import sys

import pytest

OPTIONAL = ["httpx", "hypothesis", "jsonschema_rs", "openapi_python_client", "respx", "schemathesis", "starlette"]
OPTIONAL += ["uvicorn", "build", "twine", "tenacity"]


def imported_after(code: str) -> list[str]:
    """Which optional top-level packages a fresh interpreter has imported after running ``code``."""
    probe = f"import json, sys\n{code}\nprint(json.dumps(sorted({{m.split('.')[0] for m in sys.modules}})))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return sorted(set(json.loads(done.stdout.splitlines()[-1])) & set(OPTIONAL))


def test_building_the_command_line_imports_nothing_optional() -> None:
    assert imported_after("from specfirst.__main__ import parser; parser()") == []


def test_the_pytest_plugin_imports_nothing_optional() -> None:
    assert imported_after("import specfirst.mock.pytest_plugin") == []


@pytest.mark.parametrize(
    ("argv", "missing", "needs"),
    [
        (["mock", "qonversion"], "jsonschema_rs", "specfirst[mock] (`pip install 'specfirst[mock]'`)"),
        (["bench", "client-overhead"], "httpx", "the `bench` dependency group (`nox -s bench`)"),
    ],
)
def test_a_missing_package_is_one_line_naming_what_to_install(argv: list[str], missing: str, needs: str) -> None:
    """The package is hidden (``sys.modules[name] = None`` makes its import fail) in a fresh interpreter."""
    code = f"import sys; sys.modules[{missing!r}] = None; from specfirst.__main__ import main; sys.exit(main({argv!r}))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 2
    assert done.stderr == f"specfirst {argv[0]}: module {missing!r} is missing; it needs {needs}\n"

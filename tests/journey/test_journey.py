"""A new user's journey with the built wheels, nothing of the checkout: `nox -s journey` (CI runs it).

The wheels (specfirst and both clients) are built from this checkout, installed with uv into fresh venvs in a
temporary folder, and every command runs from a directory outside the checkout:
(a) an unrelated test passes with plain ``specfirst`` installed (the pytest11 plugin loads, imports nothing
optional), and using a mock fixture there fails naming ``specfirst[mock]``;
(b) a user's tests with the ``qonversion_mock`` / ``salesforce_mock`` fixtures pass with ``specfirst[mock]`` and
the clients;
(c) ``specfirst mock qonversion --port N`` serves and answers;
(d) ``specfirst contract --live qonversion --profile quick`` against that served mock exits 0 with
``specfirst[contract]``.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import textwrap
import time
import tomllib
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from specfirst.apis import APIS, ROOT
from specfirst.publish.bundle import spec_version
from specfirst.publish.wheels import build_client

UV = Path(sys.executable).with_name("uv")
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
# The user brings pytest; they get the version the contract extra pins (one pin, in pyproject.toml).
[PYTEST] = [dep for dep in PYPROJECT["project"]["optional-dependencies"]["contract"] if dep.startswith("pytest==")]
Q_KEY = "test_sk_journey"


def run(cmd: list[str | Path], cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("VIRTUAL_ENV", "PYTHON", "QONVERSION_"))}
    return subprocess.run(
        list(map(str, cmd)), cwd=cwd, env={**clean, **(env or {})}, capture_output=True, text=True, check=False
    )


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The user's folder: outside the checkout, with nothing of it."""
    folder = tmp_path_factory.mktemp("user")
    assert not folder.resolve().is_relative_to(ROOT.resolve())
    return folder


@pytest.fixture(scope="module")
def wheels(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("wheels")
    built = run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", out, ROOT], cwd=ROOT)
    assert built.returncode == 0, built.stdout + built.stderr
    [specfirst] = out.glob("specfirst-*.whl")
    found = {"specfirst": specfirst}
    for name, api in APIS.items():
        found[name] = build_client(api, spec_version(api.spec), out / name)[0]
    return found


def venv(root: Path, name: str, *requirements: str | Path) -> Path:
    """A fresh venv at ``root/name`` with ``requirements`` installed; its bin folder."""
    folder = root / name
    for step in (
        [UV, "venv", "--quiet", "--python", sys.executable, folder],
        [UV, "pip", "install", "--quiet", "--python", folder / "bin" / "python", *requirements],
    ):
        done = run(step, cwd=root)
        assert done.returncode == 0, done.stdout + done.stderr
    return folder / "bin"


@pytest.fixture(scope="module")
def plain(home: Path, wheels: dict[str, Path]) -> Path:
    return venv(home, "plain", wheels["specfirst"], PYTEST)


@pytest.fixture(scope="module")
def with_mock(home: Path, wheels: dict[str, Path]) -> Path:
    return venv(home, "mock", f"{wheels['specfirst']}[mock]", wheels["qonversion"], wheels["salesforce"], PYTEST)


@pytest.fixture(scope="module")
def with_contract(home: Path, wheels: dict[str, Path]) -> Path:
    # No client here: live mode's transport rule ships inside specfirst too (the wheel's _client_security.py).
    return venv(home, "contract", f"{wheels['specfirst']}[contract]")


def write_tests(folder: Path, text: str) -> Path:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    (folder / "test_user.py").write_text(textwrap.dedent(text), encoding="utf-8")
    return folder


def test_plain_install_leaves_unrelated_pytest_runs_alone(plain: Path, home: Path) -> None:
    """(a) The plugin loads with plain specfirst; an unrelated test passes; a mock fixture names the extra."""
    tests = write_tests(
        home / "plain-tests",
        """
        def test_unrelated():
            assert sorted([3, 1, 2]) == [1, 2, 3]

        def test_wants_the_mock(qonversion_mock):
            pass
        """,
    )
    result = run([plain / "python", "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rE"], cwd=tests)
    assert "1 passed, 1 error" in result.stdout, result.stdout + result.stderr
    assert "the qonversion_mock fixture needs specfirst[mock] (pip install 'specfirst[mock]')" in result.stdout
    plugins = run([plain / "python", "-m", "pytest", "--trace-config", "--co", "-q"], cwd=tests)
    assert "specfirst.mock.pytest_plugin" in plugins.stdout


def test_plain_install_commands(plain: Path, home: Path) -> None:
    """The shipped specs check from anywhere; the mock names its extra; checkout-only commands say so."""
    checked = run([plain / "specfirst", "check"], cwd=home)
    assert (checked.returncode, checked.stdout) == (0, "qonversion-v4.yaml: OK\nsalesforce-personalization.yaml: OK\n")
    mock = run([plain / "specfirst", "mock", "qonversion"], cwd=home)
    assert mock.returncode == 2 and mock.stdout == ""
    assert mock.stderr.endswith("it needs specfirst[mock] (`pip install 'specfirst[mock]'`)\n")
    assert len(mock.stderr.splitlines()) == 1
    for command in ("generate", "verify", "publish"):
        refused = run([plain / "specfirst", command], cwd=home)
        assert refused.returncode == 2, refused.stderr
        assert refused.stderr.startswith(f"`specfirst {command}` works on a checkout of the specfirst repository")


def test_users_tests_with_mock_fixtures_pass(with_mock: Path, home: Path) -> None:
    """(b) A user's tests: the clients, routed to the in-process mocks by the fixtures, no server."""
    tests = write_tests(
        home / "mock-tests",
        """
        from qonversion_client import QonversionClient
        from salesforce_personalization_client import SalesforceClient


        def test_segment_round_trip(qonversion_mock):
            client = QonversionClient(secret_key="test_sk_user")
            raw = client.segments.with_raw_response.create(name="VIP")
            assert raw.status_code == 201
            created = raw.parse()
            assert created.name == "VIP"
            assert client.segments.retrieve(created.id).name == "VIP"
            assert [s.id for s in client.segments.list()] == [created.id]


        def test_experiment_round_trip(salesforce_mock):
            org = "https://acme.my.salesforce.com"
            client = SalesforceClient(instance_url=org, access_token="00D000000000001AAA!user")
            created = client.experiments.create(
                name="exp_user", label="exp_user", data_space_name="default", schema_name="s", source="Agentforce",
                cohorts=[{"name": "c", "label": "c", "isControl": True}],
            )
            assert client.experiments.retrieve(created.id).name == "exp_user"
        """,
    )
    result = run([with_mock / "python", "-m", "pytest", "-q", "-p", "no:cacheprovider"], cwd=tests)
    assert "2 passed" in result.stdout, result.stdout + result.stderr


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def served(with_mock: Path, home: Path) -> Iterator[str]:
    """(c) ``specfirst mock qonversion --port N`` from the user's folder; its base URL once it answers."""
    port = free_port()
    server = subprocess.Popen(
        [with_mock / "specfirst", "mock", "qonversion", "--port", str(port)],
        cwd=home,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}/v4"
    try:
        for _ in range(200):
            assert server.poll() is None, server.communicate()[0]
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/__mock__/violations", timeout=1)
                break
            except OSError:
                time.sleep(0.05)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_served_mock_answers(served: str) -> None:
    """(c) The served mock answers a request with the spec's list shape."""
    request = urllib.request.Request(f"{served}/segments", headers={"Authorization": f"Bearer {Q_KEY}"})
    with urllib.request.urlopen(request, timeout=5) as response:
        assert response.status == 200
        assert json.loads(response.read()) == {
            "object": "list",
            "url": "/v4/segments",
            "data": [],
            "has_more": False,
            "next_cursor": None,
        }


def test_live_contract_quick_against_the_served_mock(with_contract: Path, served: str, home: Path) -> None:
    """(d) The installed contract suite, live mode, against the served mock: exit 0, reports in the user's folder."""
    env = {"QONVERSION_SECRET_KEY": Q_KEY, "QONVERSION_BASE_URL": served}
    result = run([with_contract / "specfirst", "contract", "--live", "qonversion", "--profile", "quick"], home, env)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert list((home / "reports").rglob("contract-summary.md"))  # reports under the user's folder

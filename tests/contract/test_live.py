"""Live mode, pointed at the mock served by uvicorn on 127.0.0.1: the same code path as a real remote API."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from specfirst.__main__ import main
from specfirst.apis import ROOT
from specfirst.contract.report import write_reports
from specfirst.contract.targets import Target, mock_target, schemathesis_config

Q_KEY = "test_sk_live_mode_secret"
SF_TOKEN = "00D000000000004AAA!live.mode.secret"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def served() -> Iterator[dict[str, str]]:
    """Both mocks served by uvicorn (``python -m specfirst mock``), each on its own free port."""
    processes, urls = [], {}
    for api in ("qonversion", "salesforce"):
        port = free_port()
        processes.append(
            subprocess.Popen([sys.executable, "-m", "specfirst", "mock", api, "--port", str(port)], cwd=ROOT)
        )
        urls[api] = f"http://127.0.0.1:{port}"
    try:
        for url in urls.values():
            for _ in range(100):
                try:
                    httpx.get(url + "/__mock__/violations", timeout=1)
                    break
                except httpx.TransportError:
                    time.sleep(0.1)
        yield urls
    finally:
        for process in processes:
            process.terminate()
            process.wait(timeout=10)


def contract(tmp_path: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if not k.startswith(("QONVERSION_", "SALESFORCE_", "SPECFIRST_"))}
    command = [
        sys.executable,
        "-m",
        "specfirst",
        "contract",
        "--profile",
        "quick",
        "--rate-limit",
        "500/s",
        "--reports",
        str(tmp_path / "reports"),
        *args,
    ]
    return subprocess.run(command, env={**full, **env}, cwd=ROOT, capture_output=True, text=True, check=False)


def all_report_text(reports: Path) -> str:
    return "".join(p.read_text(encoding="utf-8", errors="replace") for p in reports.rglob("*") if p.is_file())


@pytest.mark.parametrize(
    ("api", "env", "named"),
    [
        ("qonversion", {}, "QONVERSION_SECRET_KEY"),
        ("salesforce", {}, "SALESFORCE_INSTANCE_URL, SALESFORCE_ACCESS_TOKEN"),
        ("salesforce", {"SALESFORCE_INSTANCE_URL": "http://127.0.0.1:9"}, "SALESFORCE_ACCESS_TOKEN"),
    ],
)
def test_missing_credentials_exit_nonzero_naming_the_variable(
    api: str,
    env: dict[str, str],
    named: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    for name in ("QONVERSION_SECRET_KEY", "SALESFORCE_INSTANCE_URL", "SALESFORCE_ACCESS_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert main(["contract", "--live", api, "--reports", str(tmp_path)]) == 2
    assert f"needs the environment variable{'s' if ',' in named else ''} {named}" in capsys.readouterr().err


def test_production_key_is_refused_without_allow_production(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setenv("QONVERSION_SECRET_KEY", "sk_production_key")
    monkeypatch.setenv("QONVERSION_BASE_URL", "http://127.0.0.1:9/v4")  # nothing listens: nothing may be sent
    assert main(["contract", "--live", "qonversion", "--reports", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "refusing a production key" in err and "sk_production_key" not in err


def test_read_only_live_run_sends_only_safe_methods(served: dict[str, str], tmp_path: Path) -> None:
    env = {"QONVERSION_SECRET_KEY": Q_KEY, "QONVERSION_BASE_URL": served["qonversion"] + "/v4"}
    result = contract(tmp_path, env, "--live", "qonversion")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    stats = json.loads((tmp_path / "reports" / "contract-stats.json").read_text(encoding="utf-8"))
    labels = set(stats["operations"]["qonversion"])
    assert labels and {label.split()[0] for label in labels} == {"GET"}
    summary = (tmp_path / "reports" / "contract-summary.md").read_text(encoding="utf-8")
    assert "## qonversion (http://127.0.0.1:" in summary and "| `GET /segments` |" in summary
    # What can be checked without writing is: pagination over the data already there.
    assert "| pagination | documented | confirmed |" in summary and "| Q2 | inferred | not exercised |" in summary
    assert Q_KEY not in all_report_text(tmp_path / "reports") + result.stdout + result.stderr


def test_writes_are_prefixed_and_deleted_even_after_a_failure(served: dict[str, str], tmp_path: Path) -> None:
    base = served["qonversion"]
    headers = {"Authorization": f"Bearer {Q_KEY}-writes"}
    # The first request of the run gets a 503: the run fails, and must still clean up after itself.
    assert httpx.post(base + "/__mock__/faults", json={"count": 1, "status": 503}, headers=headers).status_code == 204
    env = {"QONVERSION_SECRET_KEY": f"{Q_KEY}-writes", "QONVERSION_BASE_URL": base + "/v4"}
    result = contract(tmp_path, env, "--live", "qonversion", "--allow-writes")
    assert result.returncode == 1, result.stdout[-3000:]
    deleted = re.search(r"cleanup: deleted (\d+) resource", result.stdout)
    assert deleted and int(deleted.group(1)) > 0, result.stdout[-2000:]
    # Everything was deleted: the ledger keeps only what could not be (nothing here).
    assert (tmp_path / "reports" / "contract-created.jsonl").read_text() == ""
    for path in ("/v4/experiments", "/v4/segments?limit=100", "/v4/integrations"):
        assert httpx.get(base + path, headers=headers).json()["data"] == []
    assert f"{Q_KEY}-writes" not in all_report_text(tmp_path / "reports") + result.stdout + result.stderr


def test_live_salesforce_read_only(served: dict[str, str], tmp_path: Path) -> None:
    env = {"SALESFORCE_INSTANCE_URL": served["salesforce"], "SALESFORCE_ACCESS_TOKEN": SF_TOKEN}
    result = contract(tmp_path, env, "--live", "salesforce")
    assert result.returncode == 0, result.stdout[-3000:]
    stats = json.loads((tmp_path / "reports" / "contract-stats.json").read_text(encoding="utf-8"))
    assert set(stats["operations"]["salesforce"]) == {"GET /personalization/abn-experiments/{IdOrName}"}
    assert SF_TOKEN not in all_report_text(tmp_path / "reports") + result.stdout + result.stderr


def test_reports_are_scrubbed_of_every_credential(tmp_path: Path) -> None:
    target = Target("qonversion", mock_target("qonversion").spec, "test_sk_leaky", None)
    stats = tmp_path / "stats.json"
    stats.write_text(
        json.dumps(
            {
                "operations": {
                    "qonversion": {
                        "GET /segments": {
                            "cases": 1,
                            "phases": {"fuzzing": 1},
                            "failures": [
                                {
                                    "error": "Authorization: Bearer test_sk_leaky",
                                    "curl": "curl -H 'Authorization: Bearer test_sk_leaky'",
                                }
                            ],
                        }
                    }
                },
                "links": {},
            }
        ),
        encoding="utf-8",
    )
    (tmp_path / "contract-junit.xml").write_text(
        "<testsuites><testsuite tests='1'>test_sk_leaky</testsuite></testsuites>"
    )
    summary = write_reports(tmp_path, [target], stats, tmp_path / "contract-junit.xml", 1.0, "default", 1)
    assert "test_sk_leaky" not in all_report_text(tmp_path)
    text = summary.read_text(encoding="utf-8")
    assert "Bearer [REDACTED]" in text
    assert "| `GET /segments` | 0 | 0 | 1 | 0 | 1 | 1 |" in text


def test_rate_limit_reaches_schemathesis() -> None:
    assert schemathesis_config(mock_target("qonversion"), rate_limit="3/s").projects.default.rate_limit is not None
    assert schemathesis_config(mock_target("qonversion")).projects.default.rate_limit is None


def test_served_mock_faults_over_tcp(served: dict[str, str]) -> None:
    """Faults through the control endpoint reach a real client: 429 with Retry-After, then a dropped connection."""
    base = served["qonversion"]
    headers = {"Authorization": f"Bearer {Q_KEY}-faults"}
    fault = {"count": 1, "status": 429, "retry_after": 2}
    assert httpx.post(base + "/__mock__/faults", json=fault, headers=headers).status_code == 204
    limited = httpx.get(base + "/v4/segments", headers=headers)
    assert (limited.status_code, limited.headers["retry-after"]) == (429, "2")
    assert limited.json()["error"]["code"] == "too_many_requests"
    assert httpx.post(base + "/__mock__/faults", json={"count": 1, "drop": True}, headers=headers).status_code == 204
    with pytest.raises(httpx.RemoteProtocolError):
        httpx.get(base + "/v4/segments", headers=headers)
    assert httpx.get(base + "/v4/segments", headers=headers).status_code == 200


def test_mock_seeds_a_file_at_start_up(tmp_path: Path) -> None:
    seed = tmp_path / "seed.json"
    seed.write_text(json.dumps([{"operation": "v4CreateSegment", "body": {"name": "Seeded"}}]), encoding="utf-8")
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "specfirst",
        "mock",
        "qonversion",
        "--port",
        str(port),
        "--seed",
        str(seed),
        "--seed-token",
        "test_sk_seeded",
    ]
    process = subprocess.Popen(command, cwd=ROOT)
    try:
        for _ in range(100):
            try:
                response = httpx.get(
                    f"http://127.0.0.1:{port}/v4/segments", headers={"Authorization": "Bearer test_sk_seeded"}
                )
                break
            except httpx.TransportError:
                time.sleep(0.1)
        assert [s["name"] for s in response.json()["data"]] == ["Seeded"]
    finally:
        process.terminate()
        process.wait(timeout=10)


REPEAT = int(os.environ.get("SPECFIRST_CONTRACT_REPEAT", "1"))  # nightly: 10 (`nox -s contract -- repeat`)


@pytest.mark.parametrize("attempt", range(REPEAT))
def test_live_runs_with_writes_against_the_served_mock_pass_every_time(
    served: dict[str, str], tmp_path: Path, attempt: int
) -> None:
    """No false alarms: the served mock keeps its state between runs and scenarios, as a real API does."""
    env = {
        "QONVERSION_SECRET_KEY": Q_KEY,
        "QONVERSION_SECRET_KEY_2": f"{Q_KEY}-other",
        "QONVERSION_BASE_URL": served["qonversion"] + "/v4",
    }
    result = contract(tmp_path, env, "--live", "qonversion", "--allow-writes")
    assert result.returncode == 0, result.stdout[-4000:]
    summary = (tmp_path / "reports" / "contract-summary.md").read_text(encoding="utf-8")
    assert "| Q2 | inferred | confirmed |" in summary and "| isolation | documented | confirmed |" in summary
    env = {"SALESFORCE_INSTANCE_URL": served["salesforce"], "SALESFORCE_ACCESS_TOKEN": SF_TOKEN}
    result = contract(tmp_path / "sf", env, "--live", "salesforce", "--allow-writes")
    assert result.returncode == 0, result.stdout[-4000:]
    summary = (tmp_path / "sf" / "reports" / "contract-summary.md").read_text(encoding="utf-8")
    assert "| S2 | inferred | confirmed |" in summary and "| isolation | documented | not exercised |" in summary


def test_sigterm_stops_the_run_cleans_up_and_reports(served: dict[str, str], tmp_path: Path) -> None:
    base = served["qonversion"]
    key = f"{Q_KEY}-sigterm"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QONVERSION_", "SALESFORCE_", "SPECFIRST_"))}
    env |= {"QONVERSION_SECRET_KEY": key, "QONVERSION_BASE_URL": base + "/v4"}
    reports = tmp_path / "reports"
    command = [sys.executable, "-m", "specfirst", "contract", "--live", "qonversion", "--allow-writes"]
    command += ["--profile", "quick", "--rate-limit", "50/s", "--reports", str(reports)]
    process = subprocess.Popen(command, env=env, cwd=tmp_path, stdout=subprocess.PIPE, text=True)
    ledger = reports / "contract-created.jsonl"
    for _ in range(600):
        if ledger.exists() and ledger.read_text().strip():
            break
        time.sleep(0.1)
    process.send_signal(signal.SIGTERM)
    out, _ = process.communicate(timeout=120)
    assert process.returncode == 128 + signal.SIGTERM, out[-3000:]
    assert "SIGTERM received" in out and "cleanup: deleted" in out
    summary = (reports / "contract-summary.md").read_text(encoding="utf-8")
    assert "INTERRUPTED (SIGTERM" in summary and key not in all_report_text(reports)
    headers = {"Authorization": f"Bearer {key}"}
    for path in ("/v4/experiments", "/v4/segments?limit=100", "/v4/integrations"):
        assert httpx.get(base + path, headers=headers).json()["data"] == []
    assert ledger.read_text() == ""


def test_cleanup_only_deletes_what_the_ledger_lists_on_the_target(served: dict[str, str], tmp_path: Path) -> None:
    base = served["qonversion"]
    key = f"{Q_KEY}-ledger"
    headers = {"Authorization": f"Bearer {key}"}
    made = httpx.post(base + "/v4/segments", headers=headers, json={"name": "left behind"}).json()
    reports = tmp_path / "reports"
    reports.mkdir()
    entries = [made["url"], "string", "https://evil.example/v4/segments/x", "/v4/segments"]
    (reports / "contract-created.jsonl").write_text("".join(json.dumps({"url": u}) + "\n" for u in entries))
    env = {"QONVERSION_SECRET_KEY": key, "QONVERSION_BASE_URL": base + "/v4"}
    result = contract(tmp_path, env, "--live", "qonversion", "--cleanup-only")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "deleted 1 resource" in result.stdout and "skipped (not a deletable path of the target)" in result.stdout
    assert httpx.get(base + made["url"], headers=headers).status_code == 404

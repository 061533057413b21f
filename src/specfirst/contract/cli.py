"""``python -m specfirst contract``: the contract suite against the built-in mocks, or one live API, with reports.

Live mode is safe by construction (``guards.py``): credentials are used as given or refused, a production
key or org needs ``--allow-production``, plain http:// only goes to loopback, and without ``--allow-writes``
nothing but GET/HEAD/OPTIONS leaves the process. Writes are named with a recognisable prefix, recorded in
a ledger and deleted at the end, also after a failure or SIGINT/SIGTERM (``--cleanup-only`` retries a
ledger). Live reports go to ``reports/live-<api>/``, never over the mock run's. The suite itself
(``suite.py``) ships in this package, so the command runs from any directory.

Only argparse and the standard library are imported at module top: ``python -m specfirst`` registers every
subcommand, and schemathesis/hypothesis are the ``contract`` extra's.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

PREFIX = "specfirst-contract-"
DEFAULT_RATE_LIMIT = "5/s"
PROFILES = ("default", "nightly", "quick")
APIS = ("qonversion", "salesforce")
HERE = Path(__file__).parent
PROGRESS_EVERY = float(os.environ.get("SPECFIRST_CONTRACT_PROGRESS_EVERY", "15"))


def register(sub: Any) -> None:
    cmd = sub.add_parser("contract", help="run the contract suite (built-in mocks, or --live API) and write reports/")
    cmd.add_argument("--live", choices=APIS, help="run against the real API, credentials from the environment")
    cmd.add_argument("--allow-production", action="store_true", help="live: accept a production key or org")
    cmd.add_argument("--allow-writes", action="store_true", help="live: also run operations that write")
    cmd.add_argument("--cleanup-only", action="store_true", help="live: only delete what the ledger of a run lists")
    cmd.add_argument("--rate-limit", default=DEFAULT_RATE_LIMIT, help="live: request rate limit (default 5/s)")
    cmd.add_argument("--nightly", action="store_true", help="the larger nightly example counts")
    cmd.add_argument("--profile", choices=PROFILES, help="example counts by name (--nightly = nightly)")
    cmd.add_argument("--reports", type=Path, help="report folder (default reports/, live runs reports/live-<api>/)")
    cmd.add_argument("--api", action="append", choices=APIS, help="mock mode: only these APIs")
    cmd.add_argument("--select", metavar="EXPR", help="only the tests matching EXPR (pytest -k), e.g. behaviour")
    cmd.set_defaults(run=run)


class Interrupted(Exception):
    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def run(args: argparse.Namespace) -> int:
    try:
        import hypothesis  # noqa: F401
        import schemathesis  # noqa: F401
    except ImportError as exc:
        print(
            f"error: the contract suite needs the `contract` extra: pip install 'specfirst[contract]' ({exc})",
            file=sys.stderr,
        )
        return 2
    from . import session
    from .cleanup import cleanup
    from .guards import Refused
    from .report import write_reports
    from .targets import MissingCredentials, Target, live_target, mock_target

    reports: Path = args.reports or (Path("reports") / f"live-{args.live}" if args.live else Path("reports"))
    reports = reports.resolve()
    env = dict(os.environ)
    env[session.ENV_PROFILE] = args.profile or ("nightly" if args.nightly else "default")
    targets: list[Target]
    if args.live:
        try:
            target = live_target(args.live, allow_production=args.allow_production)
        except (MissingCredentials, Refused) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        targets = [target]
        env[session.ENV_LIVE] = args.live
        env[session.ENV_RATE_LIMIT] = args.rate_limit
        env[session.ENV_ALLOW_WRITES] = "1" if args.allow_writes else "0"
        env[session.ENV_ALLOW_PRODUCTION] = "1" if args.allow_production else "0"
        env[session.ENV_WRITE_PREFIX] = PREFIX
    else:
        if args.cleanup_only or args.allow_writes:
            print("error: --cleanup-only and --allow-writes only apply to --live runs", file=sys.stderr)
            return 2
        names = args.api or list(APIS)
        targets = [mock_target(name) for name in names]
        env[session.ENV_APIS] = ",".join(names)
        for name in (session.ENV_LIVE, session.ENV_CREATED):
            env.pop(name, None)
    reports.mkdir(parents=True, exist_ok=True)
    ledger = reports / "contract-created.jsonl"
    if args.cleanup_only:
        outcome = cleanup(targets[0], ledger, PREFIX, args.rate_limit)
        print(outcome.note(), flush=True)
        return 1 if outcome.left else 0
    if args.live:
        env[session.ENV_CREATED] = str(ledger)  # appended to, never truncated: an interrupted run's entries stay
    progress = reports / "contract-progress.json"
    progress.unlink(missing_ok=True)
    env[session.ENV_PROGRESS] = str(progress)
    stats = reports / "contract-stats.json"
    junit = reports / "contract-junit.xml"
    for old in (stats, junit):
        old.unlink(missing_ok=True)
    command = [
        sys.executable,
        "-m",
        "pytest",
        str(HERE / "suite.py"),
        "-c",
        str(HERE / "pytest.ini"),
        "--rootdir",
        str(HERE),
        "-p",
        "specfirst.contract.plugin",
        "-p",
        "no:cacheprovider",
        "-v",
        "-o",
        "console_output_style=count",
        f"--junitxml={junit}",
        f"--contract-stats={stats}",
        *(["-k", args.select] if args.select else []),
    ]
    print(f"contract: {', '.join(describe(t) for t in targets)}; profile {env[session.ENV_PROFILE]}", flush=True)
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as storage:  # Hypothesis's own files: nothing carried to the next run
        env["HYPOTHESIS_STORAGE_DIRECTORY"] = storage
        code, interrupted = run_child(command, env, reports, progress, started)
    progress.unlink(missing_ok=True)
    note = ""
    if args.live and args.allow_writes:
        print("contract: cleanup (deleting what the run created)…", flush=True)
        note = cleanup(targets[0], ledger, PREFIX, args.rate_limit).note()
        print(note, flush=True)
    elapsed = time.monotonic() - started
    if interrupted is not None:
        code = 128 + interrupted.signum
    summary = write_reports(
        reports,
        targets,
        stats,
        junit,
        elapsed,
        env[session.ENV_PROFILE],
        code,
        cleanup_note=note,
        interrupted=None if interrupted is None else str(interrupted),
    )
    print(f"contract: exit {code} in {elapsed:.1f}s; reports in {reports} ({summary.name})", flush=True)
    return code


def run_child(
    command: list[str], env: dict[str, str], cwd: Path, progress: Path, started: float
) -> tuple[int, Interrupted | None]:
    """Run pytest; on SIGINT/SIGTERM stop it (SIGINT first: pytest then writes its reports), then return."""

    def on_signal(signum: int, frame: Any) -> None:
        raise Interrupted(signum)

    previous = {s: signal.signal(s, on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
    stop = threading.Event()
    child = None
    try:
        child = subprocess.Popen(command, env=env, cwd=cwd, start_new_session=True)
        reporter = threading.Thread(target=report_progress, args=(progress, started, stop), daemon=True)
        reporter.start()
        return child.wait(), None
    except Interrupted as exc:
        print(f"\ncontract: {exc} received: stopping the run, then cleaning up", flush=True)
        if child is not None:
            stop_child(child)
        return 128 + exc.signum, exc
    finally:
        stop.set()
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def stop_child(child: subprocess.Popen[bytes]) -> None:
    for sig, grace in ((signal.SIGINT, 20), (signal.SIGTERM, 5), (signal.SIGKILL, 5)):
        try:
            child.send_signal(sig)
            child.wait(timeout=grace)
            return
        except subprocess.TimeoutExpired:
            continue
        except ProcessLookupError:
            return


def report_progress(progress: Path, started: float, stop: threading.Event) -> None:
    """Every PROGRESS_EVERY seconds: phase, operation and requests so far (a live run takes minutes)."""
    while not stop.wait(PROGRESS_EVERY):
        try:
            state = json.loads(progress.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        sent = f", {state['requests']} requests sent" if state.get("requests") is not None else ""
        line = f"contract: {time.monotonic() - started:.0f}s, phase {state['phase']}, {state['operation']}{sent}"
        print(line, file=sys.stderr, flush=True)


def describe(target: Any) -> str:
    return f"{target.api} @ {target.base_url}" if target.live else f"{target.api} (built-in mock, in-process)"

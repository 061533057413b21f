"""``python -m specfirst contract``: the contract suite against the built-in mocks, or one live API, with reports.

Live mode is safe by default: it refuses a production Qonversion key unless ``--allow-production``, sends
only read-only operations unless ``--allow-writes``, names everything it writes with a recognisable prefix
and deletes it at the end (also after a failure), and limits its request rate.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from ..apis import APIS, ROOT
from . import session
from .report import write_reports
from .targets import PROFILES, MissingCredentials, Target, live_target, mock_target

PREFIX = "specfirst-contract-"
DEFAULT_RATE_LIMIT = "5/s"


def register(sub: Any) -> None:
    cmd = sub.add_parser("contract", help="run the contract suite (built-in mocks, or --live API) and write reports/")
    cmd.add_argument("--live", choices=list(APIS), help="run against the real API, credentials from the environment")
    cmd.add_argument("--allow-production", action="store_true", help="live: accept a production key (sk_...)")
    cmd.add_argument("--allow-writes", action="store_true", help="live: also run operations that write")
    cmd.add_argument("--rate-limit", default=DEFAULT_RATE_LIMIT, help="live: request rate limit (default 5/s)")
    cmd.add_argument("--nightly", action="store_true", help="the larger nightly example counts")
    cmd.add_argument("--profile", choices=sorted(PROFILES), help="example counts by name (--nightly = nightly)")
    cmd.add_argument("--reports", type=Path, default=ROOT / "reports", help="report folder (default reports/)")
    cmd.add_argument("--api", action="append", choices=list(APIS), help="mock mode: only these APIs")
    cmd.set_defaults(run=run)


def refuse(args: argparse.Namespace, target: Target) -> str | None:
    """Why live mode must not run with these credentials, or None."""
    if target.api == "qonversion" and target.token.startswith("sk_") and not args.allow_production:
        return "refusing a production Qonversion key (sk_...): use a test_sk_ key, or pass --allow-production"
    return None


def run(args: argparse.Namespace) -> int:
    reports: Path = args.reports
    reports.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    env[session.ENV_PROFILE] = args.profile or ("nightly" if args.nightly else "default")
    targets: list[Target]
    if args.live:
        try:
            target = live_target(args.live)
        except MissingCredentials as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        reason = refuse(args, target)
        if reason:
            print(f"error: {reason}", file=sys.stderr)
            return 2
        targets = [target]
        env[session.ENV_LIVE] = args.live
        env[session.ENV_RATE_LIMIT] = args.rate_limit
        env[session.ENV_ALLOW_WRITES] = "1" if args.allow_writes else "0"
        env[session.ENV_WRITE_PREFIX] = PREFIX
    else:
        names = args.api or list(APIS)
        targets = [mock_target(name) for name in names]
        env[session.ENV_APIS] = ",".join(names)
        env.pop(session.ENV_LIVE, None)
    created = reports / "contract-created.jsonl"
    created.unlink(missing_ok=True)
    if args.live:
        env[session.ENV_CREATED] = str(created)  # the ledger of what the run created, for the cleanup
    else:
        env.pop(session.ENV_CREATED, None)
    stats = reports / "contract-stats.json"
    junit = reports / "contract-junit.xml"
    command = [
        sys.executable,
        "-m",
        "pytest",
        str(ROOT / "tests" / "contract" / "test_schemathesis.py"),
        "-v",
        "-p",
        "no:cacheprovider",
        "-o",
        "console_output_style=count",
        f"--junitxml={junit}",
        f"--contract-stats={stats}",
    ]
    print(f"contract: {', '.join(describe(t) for t in targets)}; profile {env[session.ENV_PROFILE]}", flush=True)
    started = time.monotonic()
    try:
        code = subprocess.call(command, env=env, cwd=ROOT)
    finally:
        if args.live and args.allow_writes:
            from .cleanup import cleanup  # httpx: specfirst[contract]

            print(cleanup(targets[0], created, PREFIX, args.rate_limit), flush=True)
    elapsed = time.monotonic() - started
    summary = write_reports(reports, targets, stats, junit, elapsed, env[session.ENV_PROFILE], code)
    print(f"contract: exit {code} in {elapsed:.1f}s; reports in {reports} ({summary.name})", flush=True)
    return code


def describe(target: Target) -> str:
    return f"{target.api} @ {target.base_url}" if target.live else f"{target.api} (built-in mock, in-process)"

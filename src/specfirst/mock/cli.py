"""``python -m specfirst mock {qonversion,salesforce} --port N``: serve a mock on 127.0.0.1."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..apis import APIS
from . import limits


def register(sub: Any) -> None:
    cmd = sub.add_parser("mock", help="serve the reference mock of an API on 127.0.0.1")
    cmd.add_argument("api", choices=list(APIS))
    cmd.add_argument("--port", type=int, default=8080)
    cmd.add_argument("--access-log", action="store_true", help="log every request (slower)")
    cmd.add_argument(
        "--no-response-validation",
        action="store_true",
        help="skip checking the mock's own responses against the spec (faster)",
    )
    cmd.add_argument("--seed", type=Path, help="seed file (YAML/JSON list of operation calls) to run at start-up")
    cmd.add_argument("--seed-token", help="the credential the seed file is run as (required with --seed)")
    cmd.add_argument(
        "--allow-global-reset",
        action="store_true",
        help="POST /__mock__/reset with no credential forgets every credential's state (off: only the caller's)",
    )
    limits.add_arguments(cmd)
    cmd.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from .seed import SeedError
    from .serve import serve  # uvicorn only when serving
    from .spec import UnsupportedSpec

    if args.seed and not args.seed_token:
        print("--seed needs --seed-token (the credential whose state is seeded)")
        return 2
    seed = (args.seed, args.seed_token) if args.seed else None
    try:
        bounds = limits.from_arguments(args)
    except ValueError as exc:
        print(exc)
        return 2
    try:
        serve(
            args.api,
            args.port,
            access_log=args.access_log,
            validate_responses=not args.no_response_validation,
            seed=seed,
            limits=bounds,
            bounded=not args.no_limits,
            allow_global_reset=args.allow_global_reset,
        )
    except UnsupportedSpec as exc:
        print(f"the mock cannot serve this spec: {exc}")
        return 2
    except SeedError as exc:
        print(f"the seed file was refused: {exc}")
        return 2
    return 0

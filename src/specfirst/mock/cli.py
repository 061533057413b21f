"""``python -m specfirst mock {qonversion,salesforce} --port N``: serve a mock on 127.0.0.1."""

from __future__ import annotations

import argparse
from typing import Any

from ..apis import APIS


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
    cmd.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from .serve import serve  # uvicorn only when serving
    from .spec import UnsupportedSpec

    try:
        serve(args.api, args.port, access_log=args.access_log, validate_responses=not args.no_response_validation)
    except UnsupportedSpec as exc:
        print(f"the mock cannot serve this spec: {exc}")
        return 2
    return 0

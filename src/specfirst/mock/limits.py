"""Every bound of the mock, with defaults no test suite reaches, and the command-line flags that change them.

The mock keeps everything in memory and is meant to be shared by a test run's processes on one machine, so
every input that could grow memory or hold a connection has a bound: a hostile or runaway client costs a
bounded amount of memory and time, and other clients keep being served (see ``serve.py`` for the server side).
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass, fields
from typing import Any

KIB = 1024
MIB = 1024 * KIB


@dataclass(frozen=True)
class Limits:
    max_body_bytes: int = 1 * MIB
    """Request body size; larger is 413 (from ``Content-Length`` before reading, else while reading)."""
    max_header_bytes: int = 64 * KIB
    """Request line plus headers; larger is 431 and the connection is closed."""
    header_timeout: float = 30.0
    """Seconds from a connection's (or a request's) first byte until its headers are complete."""
    idle_timeout: float = 30.0
    """Seconds a keep-alive connection may sit idle between requests, or a request body may stall."""
    max_tenants: int = 1_000
    """Credentials whose state is kept; the least recently used one is forgotten beyond this."""
    max_items_per_tenant: int = 100_000
    """Ids issued, idempotency records and user attachments per credential; more writes are 403."""
    max_violations_per_tenant: int = 1_000
    """Recorded refused requests per credential (a ring: the oldest go first)."""
    max_json_depth: int = 64
    """Nesting of arrays and objects in a request body; deeper is 400."""
    max_faults: int = 10_000
    """Faults pending per credential."""
    max_retry_after: int = 3_600
    """Largest ``retry_after`` (seconds) a fault may carry."""

    @classmethod
    def unbounded(cls) -> Limits:
        """No bound at all: only for measuring what the bounds cost (``nox -s bench``)."""
        big = 2**62
        values: dict[str, Any] = {f.name: (float(big) if f.type == "float" else big) for f in fields(cls)}
        return cls(**values)


HELP = {
    "max_body_bytes": "largest request body in bytes",
    "max_header_bytes": "largest request line plus headers in bytes",
    "header_timeout": "seconds to receive a request's headers",
    "idle_timeout": "seconds a connection may be idle (between requests, or mid-body)",
    "max_tenants": "credentials whose state is kept (least recently used forgotten first)",
    "max_items_per_tenant": "ids, idempotency records and user attachments per credential",
    "max_violations_per_tenant": "refused requests remembered per credential",
    "max_json_depth": "deepest nesting of a JSON request body",
    "max_faults": "faults pending per credential",
    "max_retry_after": "largest retry_after of a fault, in seconds",
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("limits (defaults are far above what a test suite needs)")
    defaults = Limits()
    for f in fields(Limits):
        kind = float if f.type == "float" else int
        group.add_argument(
            "--" + f.name.replace("_", "-"),
            type=kind,
            default=getattr(defaults, f.name),
            metavar="N",
            help=f"{HELP[f.name]} (default {getattr(defaults, f.name)})",
        )
    group.add_argument(
        "--no-limits",
        action="store_true",
        help="serve with no bound and uvicorn's stock protocol: only to measure what the bounds cost",
    )


def from_arguments(args: argparse.Namespace) -> Limits:
    if args.no_limits:
        return Limits.unbounded()
    values = {f.name: getattr(args, f.name) for f in fields(Limits)}
    for name, value in values.items():
        if value <= 0:
            raise ValueError(f"--{name.replace('_', '-')} must be positive")
    return Limits(**values)

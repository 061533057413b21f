"""What the contract suite runs against: the built-in mock in-process, or a live API with its credentials.

The credentials reach schemathesis through its auth configuration (never as a plain header: schemathesis
then mistakes them for generated data and reports false auth failures).
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..apis import APIS, ROOT

CONFIG = ROOT / "tests" / "contract" / "schemathesis.toml"
MOCK_TOKENS = {"qonversion": "test_sk_contract_suite", "salesforce": "00D000000000000AAA!contract.suite"}
SCHEMES = {"qonversion": "secretAuth", "salesforce": "oauthBearer"}
PROFILES = {
    # examples per operation for the fuzzing phase, and stateful scenarios
    "default": {"max_examples": 25, "stateful_examples": 60, "step_count": 8},
    "nightly": {"max_examples": 200, "stateful_examples": 150, "step_count": 12},
    # for testing the runner itself (tests/contract/test_live.py)
    "quick": {"max_examples": 3, "stateful_examples": 15, "step_count": 5},
}


class MissingCredentials(Exception):
    """Live mode without the environment variables it needs; the message names them."""


@dataclass(frozen=True)
class Target:
    api: str
    spec: Path
    token: str
    base_url: str | None
    """None: the built-in mock, in-process."""

    @property
    def live(self) -> bool:
        return self.base_url is not None


def mock_target(api: str) -> Target:
    return Target(api, APIS[api].spec, MOCK_TOKENS[api], None)


def live_target(api: str, environ: dict[str, str] | None = None) -> Target:
    env = dict(os.environ if environ is None else environ)
    if api == "qonversion":
        needed = ["QONVERSION_SECRET_KEY"]
        missing = [name for name in needed if not env.get(name)]
        if missing:
            raise MissingCredentials(f"live mode for qonversion needs the environment variable {', '.join(missing)}")
        base = env.get("QONVERSION_BASE_URL") or "https://api.qonversion.io/v4"
        return Target(api, APIS[api].spec, env["QONVERSION_SECRET_KEY"], base.rstrip("/"))
    needed = ["SALESFORCE_INSTANCE_URL", "SALESFORCE_ACCESS_TOKEN"]
    missing = [name for name in needed if not env.get(name)]
    if missing:
        plural = "s" if len(missing) > 1 else ""
        raise MissingCredentials(
            f"live mode for salesforce needs the environment variable{plural} {', '.join(missing)}"
        )
    version = env.get("SALESFORCE_API_VERSION", "65.0")
    base = env["SALESFORCE_INSTANCE_URL"].rstrip("/") + f"/services/data/v{version}"
    return Target(api, APIS[api].spec, env["SALESFORCE_ACCESS_TOKEN"], base)


def schemathesis_config(target: Target, profile: str = "default", rate_limit: str | None = None) -> Any:
    """The suite's config file plus the target's credentials, base URL and rate limit."""
    from schemathesis.config import SchemathesisConfig

    data: dict[str, Any] = tomllib.loads(CONFIG.read_text(encoding="utf-8"))
    data.setdefault("generation", {})["max-examples"] = PROFILES[profile]["max_examples"]
    data["auth"] = {"openapi": {SCHEMES[target.api]: {"bearer": target.token}}}
    if target.base_url is not None:
        data["base-url"] = target.base_url
    if rate_limit is not None:
        data["rate-limit"] = rate_limit
    return SchemathesisConfig.from_dict(data, base_dir=str(CONFIG.parent))

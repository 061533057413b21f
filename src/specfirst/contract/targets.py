"""What the contract suite runs against: the built-in mock in-process, or a live API with its credentials.

The credentials reach schemathesis through its auth configuration (never as a plain header: schemathesis
then mistakes them for generated data and reports false auth failures). Every live target passes the
guards of ``guards.py`` before anything is sent.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..apis import APIS
from . import guards

CONFIG = Path(__file__).with_name("schemathesis.toml")
MOCK_TOKENS = {"qonversion": "test_sk_contract_suite", "salesforce": "00D000000000000AAA!contract.suite"}
# A second credential of the mock (the isolation rule): a different project / org.
MOCK_TOKENS_2 = {"qonversion": "test_sk_contract_suite_other", "salesforce": "00D000000000001AAA!contract.other"}
SCHEMES = {"qonversion": "secretAuth", "salesforce": "oauthBearer"}
PROFILES = {
    # examples per operation for the fuzzing phase, and stateful scenarios
    "default": {"max_examples": 25, "stateful_examples": 60, "step_count": 8},
    "nightly": {"max_examples": 200, "stateful_examples": 150, "step_count": 12},
    # small and fast (no coverage phase): CI's live runs against the served mock, the deviation catalogue, a try
    "quick": {"max_examples": 3, "stateful_examples": 15, "step_count": 5, "coverage": 0},
}
ENV = {
    "qonversion": {"token": "QONVERSION_SECRET_KEY", "token2": "QONVERSION_SECRET_KEY_2", "url": "QONVERSION_BASE_URL"},
    "salesforce": {
        "token": "SALESFORCE_ACCESS_TOKEN",
        "token2": "SALESFORCE_ACCESS_TOKEN_2",
        "url": "SALESFORCE_INSTANCE_URL",
    },
}
QONVERSION_DEFAULT_URL = "https://api.qonversion.io/v4"


class MissingCredentials(Exception):
    """Live mode without the environment variables it needs; the message names them."""


@dataclass(frozen=True)
class Target:
    api: str
    spec: Path
    token: str
    base_url: str | None
    """None: the built-in mock, in-process."""
    token2: str | None = None
    """A second credential (another project or org) for the isolation rule, if given."""

    @property
    def live(self) -> bool:
        return self.base_url is not None

    def __repr__(self) -> str:  # never the credentials
        return f"Target({self.api!r}, base_url={self.base_url!r})"


def mock_target(api: str) -> Target:
    return Target(api, APIS[api].spec, MOCK_TOKENS[api], None, MOCK_TOKENS_2[api])


def live_target(api: str, environ: dict[str, str] | None = None, *, allow_production: bool = False) -> Target:
    """The live target from the environment; ``MissingCredentials`` or ``guards.Refused`` before any request."""
    env = dict(os.environ if environ is None else environ)
    names = ENV[api]
    needed = [names["token"]] if api == "qonversion" else [names["url"], names["token"]]
    missing = [name for name in needed if not env.get(name)]
    if missing:
        plural = "s" if len(missing) > 1 else ""
        raise MissingCredentials(f"live mode for {api} needs the environment variable{plural} {', '.join(missing)}")
    token, token2 = env[names["token"]], env.get(names["token2"]) or None
    if api == "qonversion":
        base = env.get(names["url"]) or QONVERSION_DEFAULT_URL
        guards.check_credential(names["url"], base)
        guards.check_transport(base)
        for name, key in ((names["token"], token), (names["token2"], token2)):
            if key is not None:
                guards.check_qonversion_key(name, key, allow_production)
        return Target(api, APIS[api].spec, token, base.rstrip("/"), token2)
    instance = env[names["url"]]
    guards.check_credential(names["url"], instance)
    guards.check_salesforce_instance(instance, allow_production)
    for name, value in ((names["token"], token), (names["token2"], token2)):
        if value is not None:
            guards.check_credential(name, value)
    version = env.get("SALESFORCE_API_VERSION", "65.0")
    guards.check_credential("SALESFORCE_API_VERSION", version)
    base = instance.rstrip("/") + f"/services/data/v{version}"
    return Target(api, APIS[api].spec, token, base, token2)


def schemathesis_config(
    target: Target, profile: str = "default", rate_limit: str | None = None, *, read_only: bool = False
) -> Any:
    """The suite's config file plus the target's credentials, base URL and rate limit.

    ``read_only``: no coverage cases with undeclared methods and no ``unsupported_method`` probes (both send
    e.g. DELETE or TRACE to real paths); the transport guard refuses them anyway, this keeps them unsent.
    """
    from schemathesis.config import SchemathesisConfig

    data: dict[str, Any] = tomllib.loads(CONFIG.read_text(encoding="utf-8"))
    data.setdefault("generation", {})["max-examples"] = PROFILES[profile]["max_examples"]
    if not PROFILES[profile].get("coverage", 1):
        data["phases"]["coverage"]["enabled"] = False
    data["auth"] = {"openapi": {SCHEMES[target.api]: {"bearer": target.token}}}
    if target.base_url is not None:
        data["base-url"] = target.base_url
    if rate_limit is not None:
        data["rate-limit"] = rate_limit
    if read_only:
        data["phases"]["coverage"]["unexpected-methods"] = []
        data["checks"]["unsupported_method"] = {"enabled": False}
    return SchemathesisConfig.from_dict(data, base_dir=str(CONFIG.parent))

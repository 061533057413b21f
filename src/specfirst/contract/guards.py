"""Live-mode safety, checked before the first request and again on every request that leaves the process.

- A credential is used exactly as given or refused: whitespace or a control character anywhere refuses it.
- Qonversion: only a key starting with exactly the spec's sandbox prefix (``x-key-prefixes``) is a sandbox
  key; any other needs ``--allow-production``. Salesforce: only an org on a host of the spec's
  ``x-non-production-hosts`` (sandbox, scratch, Developer Edition) or loopback is accepted without
  ``--allow-production``.
- Plain ``http://`` only to loopback, by the rule the generated clients use (``_security.py``, one file).
- At the transport (requests' ``HTTPAdapter.send`` for schemathesis, ``GuardedTransport`` for httpx): only
  the target's origin, and only GET/HEAD/OPTIONS unless writes are allowed, whatever phase or check sent it.
"""

from __future__ import annotations

import importlib
import importlib.util
import threading
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlsplit

import httpx

from .. import apis, credentials
from ..apis import APIS

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


class Refused(Exception):
    """Live mode must not run (or send this request); the message says why and never quotes a secret."""


def security_rule() -> ModuleType:
    """The clients' credential rule (``_security.py``): one implementation, ``overrides/runtime/_security.py``.

    Found in an installed client (the file is copied into each), else as ``specfirst._client_security`` (the
    same file, placed there by the wheel build), else in the checkout.
    """
    for name in [f"{api.package}._security" for api in APIS.values()] + ["specfirst._client_security"]:
        try:
            return importlib.import_module(name)
        except ImportError:
            continue
    path = Path(apis.__file__).resolve().parents[2] / "overrides" / "runtime" / "_security.py"
    spec = importlib.util.spec_from_file_location("specfirst_client_security", path)
    if spec is None or spec.loader is None or not path.exists():
        raise Refused("the clients' transport rule (_security.py) is not installed: install a generated client")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def is_loopback_url(url: str) -> bool:
    """Loopback by the clients' rule: plain http:// to this host would be allowed."""
    try:
        security_rule().ensure_credentials_allowed(httpx.URL(url).copy_with(scheme="http"))
    except ValueError:
        return False
    return True


def check_transport(url: str) -> None:
    """Refuse a URL credentials must not be sent to (plain http:// to anything but loopback)."""
    try:
        security_rule().ensure_credentials_allowed(url)
    except ValueError as exc:  # InsecureTransportError, or an unparsable URL
        raise Refused(str(exc)) from None


def check_credential(name: str, value: str) -> None:
    """Used as given or refused: no whitespace or control character anywhere (a pasted key is not trimmed)."""
    bad = [ch for ch in value if ch.isspace() or unicodedata.category(ch).startswith("C")]
    if not value or bad:
        raise Refused(
            f"{name} is empty or contains whitespace or control characters: refused (it is used exactly as given)"
        )


def check_qonversion_key(name: str, key: str, allow_production: bool) -> None:
    check_credential(name, key)
    sandbox = credentials.load(APIS["qonversion"].spec).sandbox_prefix
    if not key.startswith(sandbox) and not allow_production:
        raise Refused(
            f"{name} is not a sandbox key (those start with exactly {sandbox!r}): refusing a "
            "production key; pass --allow-production to run against production"
        )


def check_salesforce_instance(url: str, allow_production: bool) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.username or parts.query or parts.fragment:
        raise Refused(
            "SALESFORCE_INSTANCE_URL must be a bare https:// instance URL (no credentials, query or fragment)"
        )
    check_transport(url)
    host = parts.hostname.lower()
    safe = credentials.load(APIS["salesforce"].spec).non_production_hosts
    if not allow_production and not is_loopback_url(url) and not host.endswith(safe):
        raise Refused(
            f"SALESFORCE_INSTANCE_URL host {host!r} is not a sandbox, scratch or Developer Edition org "
            f"(*{', *'.join(safe)}): refusing a possible production org; pass --allow-production"
        )


@dataclass
class Policy:
    """What may leave the process in a live run; counts the requests it lets through (for the progress line)."""

    origin: str
    allow_writes: bool
    sent: int = 0
    on_request: Callable[[str, str], None] | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)

    def admit(self, method: str, url: str) -> None:
        method = method.upper()
        check_transport(url)
        if origin_of(url) != self.origin:
            raise Refused(f"refusing to send {method} to {origin_of(url)}: live mode only talks to {self.origin}")
        if not self.allow_writes and method not in SAFE_METHODS:
            raise Refused(f"read-only run: refusing to send {method} {urlsplit(url).path} (pass --allow-writes)")
        with self.lock:
            self.sent += 1
        if self.on_request is not None:
            self.on_request(method, url)


def origin_of(url: str) -> str:
    """``scheme://host[:port]``, lower-case, without the scheme's default port (httpx drops it)."""
    parts = httpx.URL(url)
    port = f":{parts.port}" if parts.port is not None else ""
    return f"{parts.scheme}://{parts.host.lower()}{port}"


class GuardedTransport(httpx.BaseTransport):
    """An httpx transport that puts every request through ``policy`` and keeps to a rate (requests/s)."""

    def __init__(self, policy: Policy, per_second: float, inner: httpx.BaseTransport | None = None) -> None:
        self.policy = policy
        self.pause = 1 / per_second if per_second > 0 else 0.0
        self.inner = inner or httpx.HTTPTransport()
        self.last = 0.0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.policy.admit(request.method, str(request.url))
        wait = self.last + self.pause - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        self.last = time.monotonic()
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


_INSTALLED: list[Policy] = []


def install(policy: Policy) -> None:
    """Guard requests' adapter (schemathesis's transport) in this process: every request goes through policy."""
    import requests.adapters

    if _INSTALLED:
        _INSTALLED[0] = policy
        return
    _INSTALLED.append(policy)
    original = requests.adapters.HTTPAdapter.send

    def send(self: Any, request: Any, *args: Any, **kwargs: Any) -> Any:
        _INSTALLED[0].admit(str(request.method), str(request.url))
        return original(self, request, *args, **kwargs)

    requests.adapters.HTTPAdapter.send = send  # type: ignore[method-assign]

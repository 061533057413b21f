"""Reference mocks of the Qonversion v4 and Salesforce personalization APIs, derived from ``openapi/``.

``create_mock("qonversion")`` gives the in-process mock (``MockApi``: ``handle``, ``reset``, ``faults``,
``violations``; ``specfirst.mock.seed.seed``), bounded by ``Limits``; ``create_app(mock)`` serves it as an
ASGI app (uvicorn: ``serve.py``).

Nothing optional is imported with this package itself: the pytest plugin (``pytest_plugin``, loaded by every
pytest run where specfirst is installed) lives in it, and plain ``specfirst`` has no ``mock`` extra.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from ..apis import APIS

if TYPE_CHECKING:
    from .app import create_app
    from .limits import Limits
    from .pipeline import MockApi, MockBug, Reply, Request, Vendor, Violation
    from .seed import SeedError
    from .spec import Spec, UnsupportedSpec

_EXPORTS = {
    "create_app": "app",
    "Limits": "limits",
    "MockApi": "pipeline",
    "MockBug": "pipeline",
    "Reply": "pipeline",
    "Request": "pipeline",
    "Vendor": "pipeline",
    "Violation": "pipeline",
    "SeedError": "seed",
    "Spec": "spec",
    "UnsupportedSpec": "spec",
}


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(f"{__name__}.{_EXPORTS[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def create_mock(
    api: str,
    *,
    validate_responses: bool = True,
    clock: Callable[[], datetime] | None = None,
    limits: Limits | None = None,
) -> MockApi:
    """The mock of ``api`` (``qonversion`` or ``salesforce``), built from its spec in ``openapi/``."""
    from .pipeline import MockApi
    from .qonversion import Qonversion
    from .salesforce import Salesforce
    from .spec import Spec

    vendors: dict[str, Callable[[], Vendor]] = {"qonversion": Qonversion, "salesforce": Salesforce}
    return MockApi(
        Spec(APIS[api].spec), vendors[api](), validate_responses=validate_responses, clock=clock, limits=limits
    )


__all__ = [
    "Limits",
    "MockApi",
    "MockBug",
    "Reply",
    "Request",
    "SeedError",
    "Spec",
    "UnsupportedSpec",
    "Violation",
    "create_app",
    "create_mock",
]

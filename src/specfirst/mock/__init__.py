"""Reference mocks of the Qonversion v4 and Salesforce personalization APIs, derived from ``openapi/``.

``create_mock("qonversion")`` gives the in-process mock (``MockApi``: ``handle``, ``reset``, ``faults``,
``violations``; ``seed.seed``), bounded by ``Limits``; ``create_app(mock)`` serves it as an ASGI app
(uvicorn: ``serve.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from ..apis import APIS
from .app import create_app
from .limits import Limits
from .pipeline import MockApi, MockBug, Reply, Request, Vendor, Violation
from .qonversion import Qonversion
from .salesforce import Salesforce
from .seed import SeedError, seed
from .spec import Spec, UnsupportedSpec

VENDORS: dict[str, Callable[[], Vendor]] = {"qonversion": Qonversion, "salesforce": Salesforce}


def create_mock(
    api: str,
    *,
    validate_responses: bool = True,
    clock: Callable[[], datetime] | None = None,
    limits: Limits | None = None,
) -> MockApi:
    """The mock of ``api`` (``qonversion`` or ``salesforce``), built from its spec in ``openapi/``."""
    return MockApi(
        Spec(APIS[api].spec), VENDORS[api](), validate_responses=validate_responses, clock=clock, limits=limits
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
    "seed",
]

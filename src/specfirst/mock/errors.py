"""Errors a request stage raises; each API's ``Vendor`` turns them into its own documented error shape."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ApiError(Exception):
    """Stop handling this request and answer ``status`` in the vendor's error shape.

    ``code`` is either one of the generic stage kinds below (each vendor maps it to its own code) or
    a vendor code chosen by a handler. ``fields`` holds ``(field, message)`` pairs for field-scoped errors.
    """

    status: int
    code: str
    message: str
    fields: list[tuple[str, str]] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)


# Generic stage kinds, mapped to vendor codes by each vendor module.
UNAUTHORIZED = "unauthorized"
UNKNOWN_ROUTE = "unknown_route"
METHOD_NOT_ALLOWED = "method_not_allowed"
MALFORMED_BODY = "malformed_body"
INVALID = "invalid"
NOT_FOUND = "not_found"
CONFLICT = "conflict"
RATE_LIMITED = "rate_limited"
UNAVAILABLE = "unavailable"
TOO_LARGE = "too_large"
"""413 body or 431 headers over the mock's limits (``limits.py``)."""
TIMEOUT = "timeout"
"""408: headers or body did not arrive in time."""
LIMIT_REACHED = "limit_reached"
"""403: the credential holds as many items as the mock keeps for one."""
FORBIDDEN = "forbidden"
"""403: a control request from a non-loopback ``Host`` or another site."""
SERVER_ERROR = "server_error"
"""500: a defect of the mock (``MockBug``), answered in the vendor's shape all the same."""

"""How Qonversion answers errors (copied into qonversion_client): the runtime's vendor hook.

The v4 error envelope is ``{"error": {"type"?, "code", "message", "details"?}}``: the spec's ``Error``
schema, generated as :class:`ErrorResponse`. The shared runtime (``errors.py``, ``_send.py``) only calls
the five names below, so it needs no knowledge of any one vendor.
"""

from typing import TypeAlias

import httpx

from .models.error_response import ErrorResponse
from .types import Unset

VendorError: TypeAlias = ErrorResponse


def parse_error(response: httpx.Response) -> VendorError | None:
    """The body as the vendor's error, or None when it is not that shape (e.g. a proxy's HTML page)."""
    try:
        return ErrorResponse.from_dict(response.json())
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def as_vendor_error(parsed: object) -> VendorError | None:
    """``parsed`` (what an endpoint's parser returned) if it is the vendor's error model."""
    return parsed if isinstance(parsed, ErrorResponse) else None


def error_code(body: VendorError) -> str | None:
    return body.error.code


def error_message(body: VendorError) -> str | None:
    return body.error.message


def error_details(body: VendorError) -> list[str]:
    """The fields at fault, ``"field: message"`` each (empty when the failure is not field-scoped)."""
    details = body.error.details
    return [] if isinstance(details, Unset) else [f"{item.field}: {item.message}" for item in details]

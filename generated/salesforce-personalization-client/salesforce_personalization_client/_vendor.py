"""How Salesforce answers errors (copied into salesforce_personalization_client): the runtime's vendor hook.

Salesforce REST errors are a JSON array of ``{"errorCode", "message", "fields"?}`` (the spec's
``ErrorList``), generated as ``list[Error]``. The shared runtime (``errors.py``, ``_send.py``) only calls
the five names below, so it needs no knowledge of any one vendor.
"""

from typing import TypeAlias

import httpx

from .models.error import Error
from .types import Unset

VendorError: TypeAlias = list[Error]


def parse_error(response: httpx.Response) -> VendorError | None:
    """The body as the vendor's error list, or None when it is not that shape (e.g. a proxy's HTML page)."""
    try:
        data = response.json()
        if not isinstance(data, list) or not data:
            return None
        return [Error.from_dict(item) for item in data]
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def as_vendor_error(parsed: object) -> VendorError | None:
    """``parsed`` (what an endpoint's parser returned) if it is the vendor's error list."""
    if isinstance(parsed, list) and parsed and all(isinstance(item, Error) for item in parsed):
        return parsed
    return None


def error_code(body: VendorError) -> str | None:
    """The first error's code (Salesforce lists the most relevant first)."""
    return body[0].error_code if body else None


def error_message(body: VendorError) -> str | None:
    return "; ".join(item.message for item in body) if body else None


def error_details(body: VendorError) -> list[str]:
    """The fields at fault, as ``["fields: Id, Name"]`` (empty when no error names a field); their messages
    are already in :func:`error_message`."""
    names = [name for item in body if not isinstance(item.fields, Unset) for name in item.fields]
    return [f"fields: {', '.join(names)}"] if names else []

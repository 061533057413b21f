"""Errors raised by the client: one tree, so ``except APIError`` catches everything the API can answer.

::

    APIError
    ├── APIStatusError            (any non-success status; 1xx/3xx, unlisted 4xx and statuses outside 100-599 land here)
    │   ├── BadRequestError             400
    │   ├── AuthenticationError         401
    │   ├── PermissionDeniedError       403
    │   ├── NotFoundError               404
    │   ├── ConflictError               409
    │   ├── UnprocessableEntityError    422
    │   ├── RateLimitError              429
    │   └── InternalServerError         500-599
    ├── APIConnectionError        (no response: refused, reset, DNS...)
    │   └── APITimeoutError
    └── APIResponseValidationError (a success status whose body does not match the spec)

Every error names the request (``method``, ``path``, and ``request``: the ``httpx.Request`` with the
credential redacted) and how many ``retries`` were made; status errors also carry ``status_code``, the
``response`` (redacted the same way, body included), its ``headers`` and ``body``: the vendor's error
parsed into the generated model (see ``_vendor.py``), or None when the body was not the vendor's error
shape. The message names the fields at fault when the vendor says which (``... (alias_id: does not
match ...)``). Neither messages nor ``request``/``response`` contain the credential.
"""

from collections.abc import Iterable

import httpx

from ._vendor import VendorError, error_code, error_message

REDACTED = "[redacted]"
# Headers whose value is a credential whatever it holds.
_CREDENTIAL_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"})
# Headers about the bytes as sent: the copy holds them decoded (and maybe shortened by a redaction).
_FRAMING_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})


def _redact_text(text: str, secrets: Iterable[str]) -> str:
    for secret in secrets:
        if secret:
            text = text.replace(secret, REDACTED)
    return text


def _redact_headers(headers: httpx.Headers, secrets: tuple[str, ...]) -> list[tuple[str, str]]:
    return [
        (name, REDACTED if name.lower() in _CREDENTIAL_HEADERS else _redact_text(value, secrets))
        for name, value in headers.multi_items()
        if name.lower() not in _FRAMING_HEADERS
    ]


def redacted_request(request: httpx.Request, secrets: tuple[str, ...]) -> httpx.Request:
    """A copy of ``request`` safe to keep on an error: credential headers and any secret in URL or body redacted."""
    try:
        content = request.content
    except httpx.RequestNotRead:
        content = b""
    for secret in secrets:
        if secret:
            content = content.replace(secret.encode(), REDACTED.encode())
    return httpx.Request(
        request.method,
        _redact_text(str(request.url), secrets),
        headers=_redact_headers(request.headers, secrets),
        content=content,
    )


def redacted_response(response: httpx.Response, secrets: tuple[str, ...]) -> httpx.Response:
    """A copy of ``response`` safe to keep on an error: a secret the server echoed back is redacted too."""
    content = response.content
    for secret in secrets:
        if secret:
            content = content.replace(secret.encode(), REDACTED.encode())
    return httpx.Response(
        response.status_code,
        headers=_redact_headers(response.headers, secrets),
        content=content,
        request=redacted_request(response.request, secrets),
    )


class APIError(Exception):
    """Base of every error the client raises about a request."""

    message: str
    method: str
    path: str
    retries: int
    request: httpx.Request | None
    """The request, credential redacted (None when the error was raised without one)."""

    def __init__(
        self,
        message: str,
        *,
        method: str,
        path: str,
        retries: int = 0,
        request: httpx.Request | None = None,
        secrets: tuple[str, ...] = (),
    ) -> None:
        super().__init__(message)
        self.message = message
        self.method = method
        self.path = path
        self.retries = retries
        self.request = None if request is None else redacted_request(request, secrets)


class APIConnectionError(APIError):
    """The request got no response (connection refused or reset, DNS failure, protocol error)."""


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, write, read or waiting for a pooled connection)."""


class APIResponseValidationError(APIError):
    """A success status whose body is not what the spec documents (or a success status it does not list)."""

    status_code: int
    response: httpx.Response | None
    """The response, credential redacted (None when the error was raised without one)."""

    def __init__(
        self,
        message: str,
        *,
        method: str,
        path: str,
        status_code: int,
        retries: int = 0,
        response: httpx.Response | None = None,
        secrets: tuple[str, ...] = (),
    ) -> None:
        request = None if response is None else response.request
        super().__init__(message, method=method, path=path, retries=retries, request=request, secrets=secrets)
        self.status_code = status_code
        self.response = None if response is None else redacted_response(response, secrets)


class APIStatusError(APIError):
    """The server answered with a status that is not a documented success."""

    status_code: int
    headers: httpx.Headers
    body: VendorError | None
    """The vendor's error parsed into the generated model, or None when the body was not that shape."""
    response: httpx.Response | None
    """The response, credential redacted (None when the error was raised without one)."""

    def __init__(
        self,
        message: str,
        *,
        method: str,
        path: str,
        status_code: int,
        headers: httpx.Headers,
        body: VendorError | None,
        retries: int = 0,
        response: httpx.Response | None = None,
        secrets: tuple[str, ...] = (),
    ) -> None:
        request = None if response is None else response.request
        super().__init__(message, method=method, path=path, retries=retries, request=request, secrets=secrets)
        self.status_code = status_code
        self.response = None if response is None else redacted_response(response, secrets)
        self.headers = headers
        self.body = body

    @property
    def code(self) -> str | None:
        """The vendor's machine-readable error code, if the body had one."""
        return None if self.body is None else error_code(self.body)

    @property
    def vendor_message(self) -> str | None:
        """The vendor's human-readable message, if the body had one."""
        return None if self.body is None else error_message(self.body)


class BadRequestError(APIStatusError):
    """400"""


class AuthenticationError(APIStatusError):
    """401: the credential is missing, wrong or expired."""


class PermissionDeniedError(APIStatusError):
    """403"""


class NotFoundError(APIStatusError):
    """404"""


class ConflictError(APIStatusError):
    """409"""


class UnprocessableEntityError(APIStatusError):
    """422"""


class RateLimitError(APIStatusError):
    """429 (retried first, honouring ``Retry-After``, when the request is safe to repeat)."""


class InternalServerError(APIStatusError):
    """Any 5xx (retried first when the request is safe to repeat)."""


STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The error class for ``status_code`` (500-599 share one class; anything unlisted is APIStatusError)."""
    if 500 <= status_code <= 599:
        return InternalServerError
    return STATUS_ERRORS.get(status_code, APIStatusError)


UnexpectedStatus = APIStatusError
"""The stock generator's error for an undocumented status: now the typed error of the tree itself
(``Client.raise_on_unexpected_status`` makes ``*_detailed`` raise it too), kept as a name for old code."""


__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnexpectedStatus",
    "UnprocessableEntityError",
    "status_error_class",
]

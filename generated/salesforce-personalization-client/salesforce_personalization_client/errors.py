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

Every error names the request (``method``, ``path``) and how many ``retries`` were made; status errors
also carry ``status_code``, the response ``headers`` and ``body``, the vendor's error parsed into the
generated model (see ``_vendor.py``), or None when the body was not the vendor's error shape.
Messages never contain the credential.
"""

import httpx

from ._vendor import VendorError, error_code, error_message


class APIError(Exception):
    """Base of every error the client raises about a request."""

    message: str
    method: str
    path: str
    retries: int

    def __init__(self, message: str, *, method: str, path: str, retries: int = 0) -> None:
        super().__init__(message)
        self.message = message
        self.method = method
        self.path = path
        self.retries = retries


class APIConnectionError(APIError):
    """The request got no response (connection refused or reset, DNS failure, protocol error)."""


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, write, read or waiting for a pooled connection)."""


class APIResponseValidationError(APIError):
    """A success status whose body is not what the spec documents (or a success status it does not list)."""

    status_code: int

    def __init__(self, message: str, *, method: str, path: str, status_code: int, retries: int = 0) -> None:
        super().__init__(message, method=method, path=path, retries=retries)
        self.status_code = status_code


class APIStatusError(APIError):
    """The server answered with a status that is not a documented success."""

    status_code: int
    headers: httpx.Headers
    body: VendorError | None
    """The vendor's error parsed into the generated model, or None when the body was not that shape."""

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
    ) -> None:
        super().__init__(message, method=method, path=path, retries=retries)
        self.status_code = status_code
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


class UnexpectedStatus(Exception):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


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

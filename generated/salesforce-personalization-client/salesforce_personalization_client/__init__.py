"""A client library for accessing Salesforce Connect REST API — Personalization Experiments"""

from ._facade import *  # noqa: F403
from ._facade import __all__ as _facade_all
from ._pagination import AsyncPage, AsyncPager, PaginationError, SyncPage
from ._resource import RawResponse
from ._retry import RetryPolicy
from .client import AuthenticatedClient, Client
from .errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPage",
    "AsyncPager",
    "AuthenticatedClient",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "RetryPolicy",
    "SyncPage",
    "UnprocessableEntityError",
]
__all__ += _facade_all

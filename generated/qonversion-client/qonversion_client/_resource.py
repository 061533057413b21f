"""What the generated resource classes (``api/<tag>/__init__.py``) share: bodies from keyword arguments,
per-call options and the raw response.

Hand-written (not generator output), the same in every client. A resource method
is a thin wrapper: it turns its keyword arguments into the operation's body model (:func:`body_of`) and
calls the operation's module function (``api/<tag>/<operation>.py``), the low-level layer.
"""

import datetime
import enum
from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar, cast

import httpx

from ._wire import format_datetime
from .types import Unset

T = TypeVar("T")
M = TypeVar("M")
E = TypeVar("E", bound=enum.Enum)


_PLAIN = frozenset({str, int, float, bool, type(None)})


def to_json(value: Any) -> Any:
    """A keyword argument as JSON data: models by ``to_dict()``, enums by value, datetimes as the API writes
    them, dicts and lists item by item (so nested dicts may hold models and enums too)."""
    kind = type(value)
    # Plain values are passed through without a call: this runs for every field of every request body.
    if kind in _PLAIN:
        return value
    if kind is dict:
        return {
            key: item if type(item) in _PLAIN else to_json(item)
            for key, item in value.items()
            if not isinstance(item, Unset)
        }
    if kind is list:
        return [item if type(item) in _PLAIN else to_json(item) for item in value]
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime.datetime):
        return format_datetime(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return to_json(dict(value))
    if isinstance(value, list | tuple):
        return to_json(list(value))
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value


class JsonBody:
    """A request body already in JSON form, standing in for the operation's body model: the module function
    only calls its ``to_dict()``. Building the model from the keyword arguments and serialising it again
    would cost a resource call about as much as the rest of the client (``nox -s bench -- client-overhead``)."""

    __slots__ = ("_data",)

    def __init__(self, data: dict[str, Any]) -> None:
        self._data = data

    def to_dict(self) -> dict[str, Any]:
        return self._data

    def __repr__(self) -> str:
        return f"JsonBody({self._data!r})"


def body_of(model: type[M], fields: dict[str, Any]) -> M:
    """The body of ``model``'s operation from its keyword arguments (UNSET ones left out), as JSON.

    The types of the arguments are checked statically (``Literal``, ``TypedDict``: ``mypy --strict``);
    at run time the server checks the values, and its error names the field (``errors.BadRequestError``).
    """
    return cast(M, JsonBody(to_json(fields)))


def enum_of(kind: type[E], value: Any) -> E:
    """A parameter's enum member from the member or its plain value (``"start"`` -> ``Action.START``)."""
    return kind(value)


class RawResponse(Generic[T]):
    """What ``with_raw_response`` methods return: the response as received (``status_code``, ``headers``,
    ``content``, ``retries``, ``http_response``) and ``parse()``, the value the plain method would return
    (or the typed error it would raise)."""

    __slots__ = ("_parse", "http_response", "retries")

    def __init__(self, http_response: httpx.Response, retries: int, parse: Callable[[], T]) -> None:
        self.http_response = http_response
        self.retries = retries
        """How many times the request was retried before this response."""
        self._parse = parse

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self.http_response.content

    def parse(self) -> T:
        """The parsed success value; raises the typed error (``errors.APIStatusError``...) otherwise."""
        return self._parse()

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<RawResponse {self.status_code} {request.method} {request.url.path} retries={self.retries}>"


def merge_headers(kwargs: dict[str, Any], extra_headers: Mapping[str, str] | None) -> dict[str, Any]:
    """``kwargs`` (a request's) with ``extra_headers`` added over the operation's own headers."""
    if extra_headers:
        kwargs["headers"] = {**kwargs.get("headers", {}), **extra_headers}
    return kwargs

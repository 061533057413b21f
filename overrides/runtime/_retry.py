"""Retries, in one place: a wrapping httpx transport (sync and async) driven by tenacity.

Copied into each generated client by ``nox -s generate`` from ``overrides/runtime/``.

Why the transport layer: an endpoint function builds one ``httpx.Request`` and the transport re-sends that
same object, so its ``Idempotency-Key`` header is the same on every attempt, and the stock endpoint
functions (``sync_detailed`` included) retry without knowing it. tenacity runs the loop (stop, wait, the
injected sleep); this module only decides *whether* an outcome may be retried and *how long* to wait.

What is retried: connection errors, timeouts, 408, 429 and 500-599 (a status outside 100-599 is not HTTP:
it is handed back at once). A request that is not idempotent (POST or PATCH without an ``Idempotency-Key``
header) is retried only when it certainly never reached the server (connection refused, connect or pool
timeout): a response, or a failure after the request was written, means it may have been applied, and a
second attempt could apply it twice.

A 1xx that reaches the transport as a final response (httpcore passes over interim responses; a mock or
custom transport may not) is handed back without reading a body: none follows a 1xx, and reading would
only wait for the read timeout. Every hop's credentials are checked first (``_security.guard_credentials``).
"""

import asyncio
import datetime
import email.utils
import logging
import math
import random
import time
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import httpx
from tenacity import AsyncRetrying, RetryCallState, Retrying, stop_after_attempt

from ._security import guard_credentials

RETRIES_EXTENSION = "specfirst.retries"
"""Request/response extension: how many retries the transport made (0 when the first attempt answered)."""
MAX_RETRIES_EXTENSION = "specfirst.max_retries"
"""Request extension: the retry budget of this one call (overrides the transport's default)."""

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
RETRYABLE_STATUSES = frozenset({408, 429})  # and 500-599
NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
"""Failures before a byte of the request reached the server: safe to retry for any method."""
MAYBE_SENT = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)

logger = logging.getLogger(__name__.rpartition(".")[0])


def _default_async_sleep(seconds: float) -> Awaitable[None]:
    return asyncio.sleep(seconds)


@dataclass(frozen=True)
class RetryPolicy:
    """How long to wait between attempts. ``sleep``/``async_sleep``/``random``/``clock`` are injectable for tests.

    The n-th retry (n = 0, 1, ...) waits ``min(max_delay, initial_delay * 2**n)`` shortened by up to
    ``jitter`` (a fraction), unless the response says ``Retry-After`` (seconds or an HTTP-date): that is
    honoured exactly, capped at ``retry_after_cap``.
    """

    initial_delay: float = 0.5
    max_delay: float = 8.0
    jitter: float = 0.25
    retry_after_cap: float = 60.0
    sleep: Callable[[float], None] = time.sleep
    async_sleep: Callable[[float], Awaitable[None]] = _default_async_sleep
    random: Callable[[], float] = field(default=random.random, repr=False)
    clock: Callable[[], float] = field(default=time.time, repr=False)

    def delay(self, retry_index: int, response: httpx.Response | None) -> float:
        """Seconds to wait before retry number ``retry_index`` (0-based) after ``response`` (or an error)."""
        if response is not None:
            after = retry_after(response.headers, self.clock())
            if after is not None:
                return min(after, self.retry_after_cap)
        backoff = min(self.max_delay, self.initial_delay * 2.0**retry_index)
        return backoff * (1.0 - self.jitter * self.random())


def retry_after(headers: httpx.Headers, now: float) -> float | None:
    """The ``Retry-After`` header in seconds from ``now`` (delta-seconds or HTTP-date), or None if absent/invalid."""
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:  # RFC 9110 dates are GMT
            when = when.replace(tzinfo=datetime.UTC)
        return max(0.0, when.timestamp() - now)
    return seconds if math.isfinite(seconds) and seconds >= 0 else None


def is_idempotent(request: httpx.Request) -> bool:
    """Safe to send twice: an idempotent method, or a request carrying an ``Idempotency-Key``."""
    return request.method in IDEMPOTENT_METHODS or "idempotency-key" in request.headers


def should_retry(request: httpx.Request, response: httpx.Response | None, error: BaseException | None) -> bool:
    """Whether this outcome of ``request`` may be retried (the budget is checked elsewhere)."""
    if error is not None:
        if isinstance(error, NEVER_SENT):
            return True
        return isinstance(error, MAYBE_SENT) and is_idempotent(request)
    assert response is not None
    status = response.status_code
    return (status in RETRYABLE_STATUSES or 500 <= status <= 599) and is_idempotent(request)


FRAMING_HEADERS = frozenset({"content-length", "transfer-encoding", "content-encoding"})
"""Headers that describe a body as sent: dropped from a copy of a response whose body is replaced."""


def _bodiless(response: httpx.Response) -> httpx.Response:
    """A copy of ``response`` (a 1xx, already closed) with its headers and an empty body (see the module docstring)."""
    headers = [(name, value) for name, value in response.headers.multi_items() if name not in FRAMING_HEADERS]
    return httpx.Response(response.status_code, headers=headers)


def _outcome(state: RetryCallState) -> tuple[httpx.Response | None, BaseException | None]:
    assert state.outcome is not None
    if state.outcome.failed:
        return None, state.outcome.exception()
    response: httpx.Response = state.outcome.result()
    return response, None


def _request_of(state: RetryCallState) -> httpx.Request:
    request: httpx.Request = state.args[0]
    return request


def _budget(request: httpx.Request, default: int) -> int:
    value = request.extensions.get(MAX_RETRIES_EXTENSION, default)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ValueError(f"max_retries must be a non-negative int, not {value!r}")
    return value


def _last_outcome(state: RetryCallState) -> Any:
    """When the budget is spent: hand back the last response, or raise the last error."""
    assert state.outcome is not None
    return state.outcome.result()


def _replay(
    first: httpx.Response | Exception, attempt: Callable[[httpx.Request], httpx.Response]
) -> Callable[[httpx.Request], httpx.Response]:
    """``attempt``, except that its first call returns (or raises) ``first``, the fast path's outcome.

    So tenacity numbers and judges that outcome as attempt 1, and only retries are sent from inside it.
    """
    pending = [first]

    def replaying(request: httpx.Request) -> httpx.Response:
        if pending:
            outcome = pending.pop()
            if isinstance(outcome, Exception):
                raise outcome
            return outcome
        return attempt(request)

    return replaying


def _areplay(
    first: httpx.Response | Exception, attempt: Callable[[httpx.Request], Awaitable[httpx.Response]]
) -> Callable[[httpx.Request], Awaitable[httpx.Response]]:
    """The async twin of :func:`_replay`."""
    pending = [first]

    async def replaying(request: httpx.Request) -> httpx.Response:
        if pending:
            outcome = pending.pop()
            if isinstance(outcome, Exception):
                raise outcome
            return outcome
        return await attempt(request)

    return replaying


class _RetryLoop:
    """What the sync and async transports share: the tenacity hooks."""

    def __init__(self, max_retries: int, policy: RetryPolicy | None, credential_headers: Iterable[str]) -> None:
        if max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        self.max_retries = max_retries
        self.policy = policy or RetryPolicy()
        self.credential_headers = frozenset({"authorization", *(name.lower() for name in credential_headers)})

    def _retry(self, state: RetryCallState) -> bool:
        response, error = _outcome(state)
        return should_retry(_request_of(state), response, error)

    def _wait(self, state: RetryCallState) -> float:
        response, _ = _outcome(state)
        return self.policy.delay(state.attempt_number - 1, response)

    def _before_sleep(self, state: RetryCallState) -> None:
        request = _request_of(state)
        request.extensions[RETRIES_EXTENSION] = state.attempt_number
        response, error = _outcome(state)
        reason = f"status {response.status_code}" if response is not None else type(error).__name__
        logger.info(
            "retrying %s %s in %.3f s (retry %d) after %s",
            request.method, request.url.path, state.upcoming_sleep, state.attempt_number, reason,
        )  # fmt: skip

    def _kwargs(self, budget: int) -> dict[str, Any]:
        return {
            "stop": stop_after_attempt(budget + 1),
            "retry": self._retry,
            "wait": self._wait,
            "before_sleep": self._before_sleep,
            "retry_error_callback": _last_outcome,
        }

    def _prepare(self, request: httpx.Request) -> None:
        guard_credentials(request, self.credential_headers)
        request.extensions[RETRIES_EXTENSION] = 0

    @staticmethod
    def _finish(request: httpx.Request, response: httpx.Response) -> httpx.Response:
        response.extensions[RETRIES_EXTENSION] = request.extensions[RETRIES_EXTENSION]
        return response


class RetryTransport(_RetryLoop, httpx.BaseTransport):
    """Wraps ``transport`` with retries (see the module docstring for what is retried).

    ``credential_headers``: the headers besides ``Authorization`` that carry a secret (the client's
    ``auth_header_name``), guarded on every hop like it.
    """

    def __init__(
        self,
        transport: httpx.BaseTransport,
        *,
        max_retries: int = 2,
        policy: RetryPolicy | None = None,
        credential_headers: Iterable[str] = (),
    ) -> None:
        super().__init__(max_retries, policy, credential_headers)
        self._transport = transport

    def _send(self, request: httpx.Request) -> httpx.Response:
        response = self._transport.handle_request(request)
        if response.status_code < 200:
            response.close()
            return _bodiless(response)
        return response

    def _attempt(self, request: httpx.Request) -> httpx.Response:
        response = self._send(request)
        # Read the body here, inside the retry loop: a connection cut mid-body (even under a 2xx) is then a
        # retryable network error, not a failure in Client.send after the loop. It also releases the connection.
        try:
            response.read()
        except BaseException:
            response.close()
            raise
        return response

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._prepare(request)
        budget = _budget(request, self.max_retries)
        if budget == 0:
            return self._finish(request, self._send(request))
        try:  # the fast path: most calls succeed at once and never enter tenacity
            first: httpx.Response | Exception = self._attempt(request)
        except Exception as exc:
            first = exc
        if isinstance(first, httpx.Response) and not should_retry(request, first, None):
            return self._finish(request, first)
        if isinstance(first, Exception) and not should_retry(request, None, first):
            raise first
        retrying = Retrying(sleep=self.policy.sleep, **self._kwargs(budget))
        response: httpx.Response = retrying(_replay(first, self._attempt), request)
        return self._finish(request, response)

    def close(self) -> None:
        self._transport.close()


class AsyncRetryTransport(_RetryLoop, httpx.AsyncBaseTransport):
    """The async twin of :class:`RetryTransport`."""

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport,
        *,
        max_retries: int = 2,
        policy: RetryPolicy | None = None,
        credential_headers: Iterable[str] = (),
    ) -> None:
        super().__init__(max_retries, policy, credential_headers)
        self._transport = transport

    async def _send(self, request: httpx.Request) -> httpx.Response:
        response = await self._transport.handle_async_request(request)
        if response.status_code < 200:
            await response.aclose()
            return _bodiless(response)
        return response

    async def _attempt(self, request: httpx.Request) -> httpx.Response:
        response = await self._send(request)
        try:  # read inside the retry loop, as RetryTransport does
            await response.aread()
        except BaseException:
            await response.aclose()
            raise
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._prepare(request)
        budget = _budget(request, self.max_retries)
        if budget == 0:
            return self._finish(request, await self._send(request))
        try:  # the fast path, as in RetryTransport
            first: httpx.Response | Exception = await self._attempt(request)
        except Exception as exc:
            first = exc
        if isinstance(first, httpx.Response) and not should_retry(request, first, None):
            return self._finish(request, first)
        if isinstance(first, Exception) and not should_retry(request, None, first):
            raise first
        retrying = AsyncRetrying(sleep=self.policy.async_sleep, **self._kwargs(budget))
        response: httpx.Response = await retrying(_areplay(first, self._attempt), request)
        return self._finish(request, response)

    async def aclose(self) -> None:
        await self._transport.aclose()

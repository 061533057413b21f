"""Fault injection: answer the next N API requests with 429/503 and ``Retry-After``, or drop the connection.

Lets users test their clients' retry logic against a real server (or the in-process mock) with no timing
tricks: the faults are consumed in order, one per request, before credentials are even looked at.
"""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import dataclass

from . import errors
from .errors import ApiError

FAULT_STATUSES = {429: errors.RATE_LIMITED, 503: errors.UNAVAILABLE}


@dataclass(frozen=True)
class Drop:
    """Close the connection without a complete response."""


class Faults:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._queue: deque[ApiError | Drop] = deque()

    def inject(self, count: int, *, status: int | None = 503, retry_after: int = 0, drop: bool = False) -> None:
        """Queue ``count`` faults: ``drop=True`` drops connections, else answers ``status`` with ``Retry-After``."""
        if count < 1:
            raise ValueError("count must be at least 1")
        if drop:
            fault: ApiError | Drop = Drop()
        else:
            if status not in FAULT_STATUSES:
                raise ValueError(f"status must be one of {sorted(FAULT_STATUSES)}")
            if retry_after < 0:
                raise ValueError("retry_after must not be negative")
            message = "Rate limit exceeded" if status == 429 else "Service temporarily unavailable"
            fault = ApiError(status, FAULT_STATUSES[status], message, headers={"Retry-After": str(retry_after)})
        with self._lock:
            self._queue.extend([fault] * count)

    def take(self) -> ApiError | Drop | None:
        with self._lock:
            return self._queue.popleft() if self._queue else None

    def pending(self) -> int:
        with self._lock:
            return len(self._queue)

    def clear(self) -> None:
        with self._lock:
            self._queue.clear()

"""Fault injection: answer the next N API requests with 429/503 and ``Retry-After``, or drop the connection.

Lets users test their clients' retry logic against a real server (or the in-process mock) with no timing
tricks: the faults are consumed in order, one per request, before credentials are checked. Served, faults
belong to one credential (``POST /__mock__/faults`` as that credential); in-process, ``MockApi.faults``
also hits every request. Memory is one entry per injection, not per fault, and pending faults are bounded.
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
    def __init__(self, max_pending: int = 10_000, max_retry_after: int = 3_600) -> None:
        self.max_pending = max_pending
        self.max_retry_after = max_retry_after
        self._lock = threading.Lock()
        self._queue: deque[list[ApiError | Drop | int]] = deque()  # [fault, how many left]
        self._pending = 0

    def inject(self, count: int, *, status: int | None = 503, retry_after: int = 0, drop: bool = False) -> None:
        """Queue ``count`` faults: ``drop=True`` drops connections, else answers ``status`` with ``Retry-After``."""
        if count < 1:
            raise ValueError("count must be at least 1")
        if drop:
            fault: ApiError | Drop = Drop()
        else:
            if status not in FAULT_STATUSES:
                raise ValueError(f"status must be one of {sorted(FAULT_STATUSES)}")
            if not 0 <= retry_after <= self.max_retry_after:
                raise ValueError(f"retry_after must be between 0 and {self.max_retry_after}")
            message = "Rate limit exceeded" if status == 429 else "Service temporarily unavailable"
            fault = ApiError(status, FAULT_STATUSES[status], message, headers={"Retry-After": str(retry_after)})
        with self._lock:
            if self._pending + count > self.max_pending:
                raise ValueError(f"at most {self.max_pending} faults may be pending ({self._pending} are)")
            self._queue.append([fault, count])
            self._pending += count

    def take(self) -> ApiError | Drop | None:
        if not self._pending:  # the common case, without the lock: a stale read only delays a fault by a request
            return None
        with self._lock:
            if not self._queue:
                return None
            entry = self._queue[0]
            entry[1] -= 1  # type: ignore[operator]
            self._pending -= 1
            if entry[1] == 0:
                self._queue.popleft()
            fault = entry[0]
            assert isinstance(fault, ApiError | Drop)
            return fault

    def pending(self) -> int:
        return self._pending

    def clear(self) -> None:
        with self._lock:
            self._queue.clear()
            self._pending = 0

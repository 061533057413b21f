"""In-memory state of one credential: resources, idempotency records and one lock around every write.

Each credential (bearer token) gets its own ``Store``, so a sandbox key never sees production data and two
users of one shared mock never see each other's resources, faults or refused requests. Handlers run with
the store's lock held, so a check-then-write (an id lookup, an idempotency replay, a status transition) is
atomic under concurrency. Only ``max_tenants`` stores are kept: the least recently used is forgotten.
"""

from __future__ import annotations

import hashlib
import secrets
import string
import threading
from collections import OrderedDict, deque
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .faults import Faults
from .limits import Limits

if TYPE_CHECKING:
    from .pipeline import Violation

ALPHABET = string.ascii_letters + string.digits


@dataclass
class IdempotencyRecord:
    fingerprint: bytes
    status: int
    body: Any
    headers: dict[str, str]


@dataclass
class Store:
    """Collections of resources by name (each an insertion-ordered ``id -> resource`` dict)."""

    fingerprint: str = ""
    """SHA-256 of the credential (never the credential itself), for ids derived from the caller."""
    limits: Limits = field(default_factory=Limits)
    lock: threading.RLock = field(default_factory=threading.RLock)
    collections: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    issued_ids: set[str] = field(default_factory=set)
    idempotency: dict[tuple[str, str], IdempotencyRecord] = field(default_factory=dict)
    attached: int = 0
    """Entries a handler added without issuing an id (user attachments), counted towards ``items``."""
    prepared: bool = False
    """Whether the vendor's fixed data (e.g. system segments) has been installed."""
    violations: deque[tuple[int, Violation]] = field(init=False)
    """This credential's refused requests, numbered in the order the mock saw them (a bounded ring)."""
    faults: Faults = field(init=False)

    def __post_init__(self) -> None:
        self.violations = deque(maxlen=self.limits.max_violations_per_tenant)
        self.faults = Faults(self.limits.max_faults, self.limits.max_retry_after)

    def collection(self, name: str) -> dict[str, dict[str, Any]]:
        return self.collections.setdefault(name, {})

    def items(self) -> int:
        """What bounds this store's memory: every id ever issued, idempotency record and user attachment."""
        return len(self.issued_ids) + len(self.idempotency) + self.attached

    def new_id(self, prefix: str = "", length: int = 8) -> str:
        """A fresh id never issued before in this store (ids of deleted resources are never reused)."""
        while True:
            candidate = prefix + "".join(secrets.choice(ALPHABET) for _ in range(length))
            if candidate not in self.issued_ids:
                self.issued_ids.add(candidate)
                return candidate


class Stores:
    """The stores of the ``limits.max_tenants`` most recently used credentials, each created on first use."""

    def __init__(self, limits: Limits | None = None) -> None:
        self.limits = limits or Limits()
        self._lock = threading.Lock()
        self._stores: OrderedDict[str, Store] = OrderedDict()

    def get(self, credential: str) -> Store:
        with self._lock:
            store = self._stores.get(credential)
            if store is None:
                store = self._stores[credential] = Store(
                    fingerprint=hashlib.sha256(credential.encode()).hexdigest(), limits=self.limits
                )
                while len(self._stores) > self.limits.max_tenants:
                    self._stores.popitem(last=False)
            else:
                self._stores.move_to_end(credential)
            return store

    def peek(self, credential: str) -> Store | None:
        """The credential's store if it has one (never creates one, never counts as a use)."""
        return self._stores.get(credential)

    def forget(self, credential: str) -> None:
        with self._lock:
            self._stores.pop(credential, None)

    def reset(self) -> None:
        with self._lock:
            self._stores.clear()

    def all(self) -> list[Store]:
        with self._lock:
            return list(self._stores.values())

    def credentials(self) -> list[str]:
        with self._lock:
            return list(self._stores)

"""In-memory state of one credential: resources, idempotency records and one lock around every write.

Each credential (bearer token) gets its own ``Store``, so a sandbox key never sees production data and two
users of one shared mock never see each other's resources. Handlers run with the store's lock held, so a
check-then-write (an id lookup, an idempotency replay, a status transition) is atomic under concurrency.
"""

from __future__ import annotations

import hashlib
import secrets
import string
import threading
from dataclasses import dataclass, field
from typing import Any

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
    lock: threading.RLock = field(default_factory=threading.RLock)
    collections: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    issued_ids: set[str] = field(default_factory=set)
    idempotency: dict[tuple[str, str], IdempotencyRecord] = field(default_factory=dict)
    prepared: bool = False
    """Whether the vendor's fixed data (e.g. system segments) has been installed."""

    def collection(self, name: str) -> dict[str, dict[str, Any]]:
        return self.collections.setdefault(name, {})

    def new_id(self, prefix: str = "", length: int = 8) -> str:
        """A fresh id never issued before in this store (ids of deleted resources are never reused)."""
        while True:
            candidate = prefix + "".join(secrets.choice(ALPHABET) for _ in range(length))
            if candidate not in self.issued_ids:
                self.issued_ids.add(candidate)
                return candidate


class Stores:
    """The stores of every credential seen so far, created on first use."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._stores: dict[str, Store] = {}

    def get(self, credential: str) -> Store:
        with self._lock:
            store = self._stores.get(credential)
            if store is None:
                store = self._stores[credential] = Store(fingerprint=hashlib.sha256(credential.encode()).hexdigest())
            return store

    def reset(self) -> None:
        with self._lock:
            self._stores.clear()

    def credentials(self) -> list[str]:
        with self._lock:
            return list(self._stores)

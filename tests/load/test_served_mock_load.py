"""The Qonversion mock served by uvicorn under many concurrent mixed requests: nothing lost, nothing invented.

Every request of the mix is valid, so every answer must be the documented success; no connection may drop.
Afterwards the server's state must be exactly what the answers promised: each 201 is a resource (unless a
204 deleted it), no resource exists without a 201, and each one reads as its last successful answer said.
"""

import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import httpx

from .conftest import Bounds

CONDITIONS = [{"metric": "environment", "comparator": "eq", "value": "prod", "negate": False}]


@dataclass
class Ledger:
    """What the successful answers to one worker promised, and everything that went wrong."""

    segments: dict[str, dict[str, Any]] = field(default_factory=dict)
    experiments: dict[str, dict[str, Any]] = field(default_factory=dict)
    deleted_segments: set[str] = field(default_factory=set)
    deleted_experiments: set[str] = field(default_factory=set)
    requests: int = 0
    unexpected: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)

    def merge(self, other: "Ledger") -> None:
        self.segments.update(other.segments)
        self.experiments.update(other.experiments)
        self.deleted_segments |= other.deleted_segments
        self.deleted_experiments |= other.deleted_experiments
        self.requests += other.requests
        self.unexpected += other.unexpected
        self.dropped += other.dropped


class Caller:
    """One worker's keep-alive connection (its own client: one connection each, ``concurrency`` in all)."""

    def __init__(self, http: httpx.Client, ledger: Ledger) -> None:
        self.http = http
        self.ledger = ledger

    def __call__(self, method: str, path: str, expect: int, json: Any = None) -> Any:
        self.ledger.requests += 1
        try:
            response = self.http.request(method, path, json=json)
        except httpx.TransportError as exc:
            self.ledger.dropped.append(f"{method} {path}: {exc!r}")
            return None
        if response.status_code != expect:
            self.ledger.unexpected.append(f"{method} {path} -> {response.status_code} {response.text[:200]}")
            return None
        return response.json() if response.content else {}


def worker(base_url: str, key: str, name: str, iterations: int) -> Ledger:
    """10 requests an iteration: creates, gets, status changes, a list, an update, deletes; each checked."""
    ledger = Ledger()
    with httpx.Client(base_url=base_url, headers={"Authorization": f"Bearer {key}"}, timeout=60) as http:
        call = Caller(http, ledger)
        previous_segment: str | None = None
        for i in range(iterations):
            segment = call("POST", "/segments", 201, {"name": f"{name}-{i}", "conditions": CONDITIONS})
            experiment = call("POST", "/experiments", 201, {"name": f"{name}-{i}", "alias_id": f"{name}-{i}"})
            if segment is None or experiment is None:
                continue
            sid, eid = segment["id"], experiment["id"]
            ledger.segments[sid], ledger.experiments[eid] = segment, experiment
            if call("GET", f"/segments/{sid}", 200) != segment:
                ledger.unexpected.append(f"GET /segments/{sid} differs from its 201")
            for status in ("active", "paused" if i % 2 else "finished"):
                changed = call("POST", f"/experiments/{eid}/status", 200, {"status": status})
                if changed is not None:
                    ledger.experiments[eid] = changed
                    if changed["status"] != status:
                        ledger.unexpected.append(f"status of {eid}: {changed['status']} after asking {status}")
            if call("GET", f"/experiments/{eid}", 200) != ledger.experiments[eid]:
                ledger.unexpected.append(f"GET /experiments/{eid} differs from its last answer")
            page = call("GET", "/segments?limit=10", 200)
            if page is not None and len(page["data"]) > 10:
                ledger.unexpected.append("a page of limit=10 held more than 10 segments")
            renamed = call("PUT", f"/segments/{sid}", 200, {"name": f"{name}-{i}-renamed", "conditions": []})
            if renamed is not None:
                ledger.segments[sid] = renamed
            if previous_segment is not None and call("DELETE", f"/segments/{previous_segment}", 204) is not None:
                ledger.deleted_segments.add(previous_segment)
                previous_segment = None
            else:
                previous_segment = sid
                call("GET", "/segments/system", 200)
            if i % 3 == 0 and call("DELETE", f"/experiments/{eid}", 204) is not None:
                ledger.deleted_experiments.add(eid)
            else:
                call("GET", f"/segments/{sid}", 200)
    return ledger


def all_segments(http: httpx.Client) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    cursor: str | None = None
    while True:
        params: dict[str, Any] = {"limit": 100} | ({"starting_after": cursor} if cursor else {})
        page = http.get("/segments", params=params).raise_for_status().json()
        found.update((s["id"], s) for s in page["data"])
        if not page["has_more"]:
            return found
        cursor = page["data"][-1]["id"]


def mixed_load(base_url: str, bounds: Bounds) -> tuple[Ledger, dict[str, Any], dict[str, Any]]:
    """``bounds.concurrency`` threads, each with its own keep-alive connection, run the mix at once."""
    key = f"test_sk_load_{uuid.uuid4().hex}"
    iterations = bounds.requests // (bounds.concurrency * 10)
    ledger = Ledger()
    with ThreadPoolExecutor(max_workers=bounds.concurrency) as pool:
        futures = [pool.submit(worker, base_url + "/v4", key, f"w{n}", iterations) for n in range(bounds.concurrency)]
        for future in futures:
            ledger.merge(future.result())
    with httpx.Client(base_url=base_url + "/v4", headers={"Authorization": f"Bearer {key}"}, timeout=60) as http:
        segments = all_segments(http)
        experiments = http.get("/experiments").raise_for_status().json()["data"]
    return ledger, segments, {e["id"]: e for e in experiments}


def test_mixed_load_loses_nothing_and_invents_nothing(served: str, bounds: Bounds) -> None:
    ledger, segments, experiments = mixed_load(served, bounds)

    assert ledger.requests == bounds.requests
    assert ledger.dropped == []
    assert ledger.unexpected == []  # every request is valid: no 5xx, no 4xx, no wrong body
    promised_segments = {i: s for i, s in ledger.segments.items() if i not in ledger.deleted_segments}
    promised_experiments = {i: e for i, e in ledger.experiments.items() if i not in ledger.deleted_experiments}
    assert set(segments) == set(promised_segments)
    assert set(experiments) == set(promised_experiments)
    assert segments == promised_segments  # each reads exactly as its last successful answer said
    assert experiments == promised_experiments
    assert ledger.deleted_segments and ledger.deleted_experiments  # the mix really deleted


def idempotent_creates(base_url: str, count: int) -> tuple[list[httpx.Response], httpx.Response, list[Any]]:
    """``count`` creates with one key and body from up to 200 threads, each on its own connection, released
    together by a barrier; then the same key with another body."""
    key = f"test_sk_idem_{uuid.uuid4().hex}"
    body = {"name": "Once", "conditions": CONDITIONS}
    headers = {"Authorization": f"Bearer {key}", "Idempotency-Key": str(uuid.uuid4())}
    threads = min(count, 200)
    barrier = threading.Barrier(threads)

    def creates(n: int) -> list[httpx.Response]:
        with httpx.Client(base_url=base_url + "/v4", headers=headers, timeout=60) as http:
            barrier.wait()
            return [http.post("/segments", json=body) for _ in range(n)]

    shares = [count // threads + (1 if t < count % threads else 0) for t in range(threads)]
    with ThreadPoolExecutor(max_workers=threads) as pool:
        responses = [r for batch in pool.map(creates, shares) for r in batch]
    with httpx.Client(base_url=base_url + "/v4", headers=headers, timeout=60) as http:
        other = http.post("/segments", json={**body, "name": "Another body"})
        listed = http.get("/segments", params={"limit": 100}).raise_for_status().json()["data"]
    return responses, other, listed


def test_concurrent_creates_with_one_idempotency_key_make_one_resource(served: str, bounds: Bounds) -> None:
    responses, other, listed = idempotent_creates(served, bounds.idempotent_creates)

    assert [r.status_code for r in responses] == [201] * bounds.idempotent_creates
    assert len({r.content for r in responses}) == 1  # byte for byte the same answer
    assert len({r.headers["Location"] for r in responses}) == 1
    created = responses[0].json()
    assert other.status_code == 409
    assert other.json()["error"]["code"] == "idempotency_key_reused"
    assert listed == [created]

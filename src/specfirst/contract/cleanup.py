"""Live mode with writes: delete everything the run created, also after a failure or an interruption.

The run appends the ``url`` of every 201 response to a ledger as it goes; the cleanup deletes them newest
first (children before parents), then sweeps the Qonversion lists for anything still named with the run's
prefix (a resource whose 201 was lost). It only ever deletes on the target's origin, at a path that matches
a DELETE template of the spec; anything else in the ledger is skipped and listed, never sent. What could
not be deleted stays in the ledger for ``--cleanup-only``. The cleanup never raises: its note says what
happened. Requests keep to the run's rate limit and pass the transport guard.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import yaml

from . import guards
from .targets import Target

SWEEP = {"qonversion": ["/experiments", "/segments", "/integrations"]}
NAME_FIELDS = ("name", "title", "label", "alias_id")
GONE = (200, 202, 204, 404, 410)


def per_second(rate_limit: str) -> float:
    count, _, unit = rate_limit.partition("/")
    seconds = {"s": 1, "m": 60, "h": 3600}.get(unit or "s", 1)
    return float(count) / seconds


def delete_patterns(target: Target) -> list[re.Pattern[str]]:
    """The absolute paths the spec lets the cleanup DELETE: base path + each DELETE operation's template."""
    assert target.base_url is not None
    base = urlsplit(target.base_url).path.rstrip("/")
    spec = yaml.safe_load(target.spec.read_text(encoding="utf-8"))
    templates = [path for path, item in spec["paths"].items() if "delete" in item]
    return [re.compile(re.escape(base) + re.sub(r"\\\{\w+\\\}", "[^/?#]+", re.escape(t)) + "$") for t in templates]


def read_ledger(ledger: Path) -> list[str]:
    urls: list[str] = []
    if ledger.exists():
        for line in ledger.read_text(encoding="utf-8").splitlines():
            try:
                url = json.loads(line)["url"]
            except (ValueError, KeyError, TypeError):
                continue
            if isinstance(url, str):
                urls.append(url)
    return urls


@dataclass
class Outcome:
    deleted: int = 0
    left: list[str] = field(default_factory=list)
    """Created by the run and not deleted (with why): listed in the note, kept in the ledger."""
    skipped: list[str] = field(default_factory=list)
    """Ledger entries that are not a deletable path of the target (never sent)."""

    def note(self) -> str:
        text = f"cleanup: deleted {self.deleted} resource(s) created by the run"
        if self.left:
            text += (
                f"; could not delete ({len(self.left)}, kept in the ledger for --cleanup-only): {', '.join(self.left)}"
            )
        if self.skipped:
            text += f"; skipped (not a deletable path of the target): {', '.join(self.skipped)}"
        return text


def cleanup(target: Target, ledger: Path, prefix: str, rate_limit: str) -> Outcome:
    outcome = Outcome()
    try:
        _cleanup(target, ledger, prefix, rate_limit, outcome)
    except Exception as exc:  # never crash the report: say what happened
        outcome.left.append(f"(cleanup stopped: {type(exc).__name__}: {str(exc)[:200]})")
    return outcome


def _cleanup(target: Target, ledger: Path, prefix: str, rate_limit: str, outcome: Outcome) -> None:
    assert target.base_url is not None
    origin = guards.origin_of(target.base_url)
    patterns = delete_patterns(target)
    policy = guards.Policy(origin, allow_writes=True)
    transport = guards.GuardedTransport(policy, per_second(rate_limit))
    headers = {"Authorization": f"Bearer {target.token}"}
    paths: list[str] = []
    for url in read_ledger(ledger):
        path = deletable(url, origin, patterns)
        if path is None:
            outcome.skipped.append(repr(url[:100]))
        else:
            paths.append(path)
    with httpx.Client(headers=headers, timeout=30, transport=transport) as client:
        for collection in SWEEP.get(target.api, []):
            paths += sweep(client, target.base_url + collection, prefix, origin, patterns)
        left: list[str] = []
        for path in reversed(list(dict.fromkeys(paths))):
            try:
                response = client.delete(origin + path)
            except (httpx.HTTPError, guards.Refused) as exc:
                left.append(path)
                outcome.left.append(f"{path} -> {type(exc).__name__}")
                continue
            if response.status_code in GONE:
                outcome.deleted += response.status_code != 404
            else:
                left.append(path)
                outcome.left.append(f"{path} -> {response.status_code}")
    ledger.parent.mkdir(parents=True, exist_ok=True)
    ledger.write_text("".join(json.dumps({"url": p}) + "\n" for p in reversed(left)), encoding="utf-8")


def deletable(url: str, origin: str, patterns: list[re.Pattern[str]]) -> str | None:
    """The path to DELETE for a ledger url, or None if it is not on the target's origin at a spec template."""
    try:
        parts = urlsplit(url)
        if parts.scheme or parts.netloc:
            if guards.origin_of(url) != origin:
                return None
        elif not url.startswith("/"):
            return None
    except (ValueError, httpx.InvalidURL):
        return None
    if parts.query or parts.fragment or ".." in parts.path.split("/"):
        return None
    return parts.path if any(p.match(parts.path) for p in patterns) else None


def sweep(client: httpx.Client, url: str, prefix: str, origin: str, patterns: list[re.Pattern[str]]) -> list[str]:
    """Paths of listed items named with the run's prefix (every page of a cursor-paginated list)."""
    found: list[str] = []
    cursor = None
    for _ in range(50):
        params = {"limit": 100} | ({"starting_after": cursor} if cursor else {})
        response = client.get(url, params=params if url.endswith("/segments") else None)
        if response.status_code != 200:
            break
        data = response.json().get("data", [])
        for item in data:
            named = any(str(item.get(f, "")).startswith(prefix) for f in NAME_FIELDS)
            path = deletable(str(item.get("url", "")), origin, patterns) if named else None
            if path is not None:
                found.append(path)
        if not response.json().get("has_more") or not data:
            break
        cursor = data[-1].get("id")
    return found

"""Live mode with writes: delete everything the run created, also after a failure.

The run appends the canonical ``url`` of every 201 response to a ledger as it goes; the cleanup deletes
them newest first (children before parents), then sweeps the Qonversion lists for anything still named
with the run's prefix (a resource whose 201 was lost). Requests keep to the run's rate limit.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from .targets import Target

SWEEP = {"qonversion": ["/experiments", "/segments", "/integrations"]}
NAME_FIELDS = ("name", "title", "label", "alias_id")


def per_second(rate_limit: str) -> float:
    count, _, unit = rate_limit.partition("/")
    seconds = {"s": 1, "m": 60, "h": 3600}.get(unit or "s", 1)
    return float(count) / seconds


def cleanup(target: Target, ledger: Path, prefix: str, rate_limit: str) -> str:
    assert target.base_url is not None
    base = urlsplit(target.base_url)
    origin = f"{base.scheme}://{base.netloc}"
    pause = 1 / per_second(rate_limit)
    urls: list[str] = []
    if ledger.exists():
        urls = [json.loads(line)["url"] for line in ledger.read_text(encoding="utf-8").splitlines() if line.strip()]
    deleted, failed = 0, []
    with httpx.Client(headers={"Authorization": f"Bearer {target.token}"}, timeout=30) as client:
        for path in SWEEP.get(target.api, []):
            time.sleep(pause)
            response = client.get(target.base_url + path, params={"limit": 100} if path == "/segments" else None)
            if response.status_code == 200:
                for item in response.json().get("data", []):
                    if any(str(item.get(f, "")).startswith(prefix) for f in NAME_FIELDS) and "url" in item:
                        urls.append(item["url"])
        for url in reversed(list(dict.fromkeys(urls))):
            time.sleep(pause)
            response = client.delete(origin + url)
            if response.status_code in (200, 202, 204):
                deleted += 1
            elif response.status_code != 404:
                failed.append(f"{url} -> {response.status_code}")
    note = f"cleanup: deleted {deleted} resource(s) created by the run"
    return note + (f"; could not delete: {', '.join(failed)}" if failed else "")

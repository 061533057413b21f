"""Seeding a mock from a file: a list of operation calls replayed through the normal pipeline.

Each step is ``{"operation": <operationId>, "path": {...}, "query": {...}, "body": {...}, "name": "..."}``;
a string ``"${name.field}"`` in ``path`` or ``body`` is replaced with that field of an earlier named step's
response (``"${exp.id}"``). Steps go through credentials, validation and handlers like any request, so a
seed file can never put the mock in a state the API could not reach. Files are read only from the command
line (``--seed``) or a test's own code; ``POST /__mock__/seed`` takes the list of steps itself.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import yaml

from .faults import Drop
from .pipeline import MockApi, Request

REFERENCE = re.compile(r"^\$\{([^.}]+)\.([^}]+)\}$")


class SeedError(Exception):
    """A seed step was refused; the message names the step and carries the mock's answer."""


def load_steps(source: Path | str | list[dict[str, Any]]) -> list[dict[str, Any]]:
    if isinstance(source, list):
        return source
    path = Path(source)
    try:
        text = path.read_text(encoding="utf-8")
        data = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    except (OSError, ValueError, yaml.YAMLError) as exc:
        raise SeedError(f"{path}: {exc}") from None
    if not isinstance(data, list):
        raise SeedError(f"{path}: a seed file is a list of steps")
    return data


def seed(mock: MockApi, credential: str, source: Path | str | list[dict[str, Any]]) -> list[Any]:
    """Run every step as ``credential``; returns the response bodies, in order."""
    named: dict[str, Any] = {}
    bodies = []
    for index, step in enumerate(load_steps(source)):
        if not isinstance(step, dict) or not all(isinstance(step.get(k, {}), dict) for k in ("path", "query")):
            raise SeedError(f"step {index}: a step is an object; its path and query are objects")
        op = mock.spec.operations.get(str(step.get("operation", "")))
        if op is None:
            raise SeedError(f"step {index}: unknown operation {step.get('operation')!r}")
        path = op.path
        for key, value in _resolve(step.get("path", {}), named).items():
            path = path.replace("{" + key + "}", quote(str(value), safe=""))
        body = _resolve(step.get("body"), named)
        request = Request(
            method=op.method,
            path=mock.base_url_path() + path,
            query=urlencode(step.get("query", {}), doseq=True),
            headers={"authorization": f"Bearer {credential}", "content-type": "application/json"},
            body=b"" if body is None else json.dumps(body).encode(),
        )
        reply = mock.handle(request, faults=False)
        if isinstance(reply, Drop) or not 200 <= reply.status < 300:
            answer = "dropped" if isinstance(reply, Drop) else f"{reply.status} {json.dumps(reply.body)}"
            raise SeedError(f"step {index} ({op.operation_id}) was refused: {answer}")
        if "name" in step:
            named[step["name"]] = reply.body
        bodies.append(reply.body)
    return bodies


def _resolve(value: Any, named: dict[str, Any]) -> Any:
    if isinstance(value, str):
        found = REFERENCE.match(value)
        if found:
            if found[1] not in named:
                raise SeedError(f"{value}: no earlier step is named {found[1]!r}")
            try:
                return named[found[1]][found[2]]
            except (KeyError, TypeError):
                raise SeedError(f"{value}: step {found[1]!r} answered no field {found[2]!r}") from None
        return value
    if isinstance(value, dict):
        return {k: _resolve(v, named) for k, v in value.items()}
    if isinstance(value, list):
        return [_resolve(v, named) for v in value]
    return value

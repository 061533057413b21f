"""Small helpers for reading the specs in tests: resolving local $refs and merging allOf."""

import functools
from typing import Any

import yaml

from specfirst.apis import APIS


@functools.cache
def load(api: str) -> dict[str, Any]:
    """The parsed spec (cached: callers must not mutate it)."""
    data: dict[str, Any] = yaml.safe_load(APIS[api].spec.read_text(encoding="utf-8"))
    return data


def deref(spec: dict[str, Any], node: Any) -> Any:
    """``node`` with local ``$ref``s followed (sibling keywords win) and ``allOf`` merged."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = {**target, **{k: v for k, v in node.items() if k != "$ref"}}
    if isinstance(node, dict) and "allOf" in node:
        merged: dict[str, Any] = {k: v for k, v in node.items() if k != "allOf"}
        for part in node["allOf"]:
            part = deref(spec, part)
            merged.setdefault("properties", {}).update(part.get("properties", {}))
            merged["required"] = sorted({*merged.get("required", []), *part.get("required", [])})
            merged.update({k: v for k, v in part.items() if k not in ("properties", "required")})
        node = merged
    return node


def operation(spec: dict[str, Any], method: str, path: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The operation object and its parameters (path-level and operation-level, resolved)."""
    item = spec["paths"][path]
    op = item[method.lower()]
    params = [deref(spec, p) for p in [*item.get("parameters", []), *op.get("parameters", [])]]
    return op, params


def iter_operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    methods = ("get", "put", "post", "delete", "patch")
    return [(m, p, item[m]) for p, item in spec["paths"].items() for m in methods if m in item]

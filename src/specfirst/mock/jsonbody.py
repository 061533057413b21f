"""Strict JSON for request bodies: everything the mock could not store or answer again is refused.

``json.loads`` alone accepts duplicate keys (the last wins), lone surrogates (``"\\ud800"``, which cannot be
encoded again: the tenant's lists then fail), ``NaN``/``Infinity`` and ``1e400`` (not JSON when written
back), and any nesting its C parser survives (the schema validator recursed into a crash at ~256).
"""

from __future__ import annotations

import json
import math
from typing import Any


class BadJson(ValueError):
    """The body is not JSON the mock accepts; the message says why (ASCII only: it is echoed back)."""


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        duplicate = next(k for k, _ in pairs if k in seen or seen.add(k))  # type: ignore[func-returns-value]
        raise BadJson(f"duplicate key {duplicate!a}")
    return obj


def _float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise BadJson(f"number {text[:20]} is out of range")
    return value


def _constant(text: str) -> Any:
    raise BadJson(f"{text} is not JSON")


def _check(value: Any, max_depth: int, strings: bool) -> None:
    """Depth of every array/object at most ``max_depth``; with ``strings``, no string holds a lone surrogate."""
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict | list):
            if depth >= max_depth:
                raise BadJson(f"nested deeper than {max_depth} levels")
            if isinstance(item, dict):
                for key in item if strings else ():
                    _string(key)
            values = item.values() if isinstance(item, dict) else item
            stack.extend((v, depth + 1) for v in values if strings or isinstance(v, dict | list))
        elif strings and isinstance(item, str):
            _string(item)


def _string(text: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise BadJson("a string holds a lone UTF-16 surrogate") from None


DECODER = json.JSONDecoder(object_pairs_hook=_object, parse_float=_float, parse_constant=_constant)
"""Built once: ``json.loads`` with hooks builds a decoder per call, which cost more than the parse itself."""


def loads(body: bytes, max_depth: int) -> Any:
    """The JSON value of ``body`` (strict UTF-8), or ``BadJson``."""
    try:
        text = body.decode("utf-8")
        value = DECODER.decode(text)
    except BadJson:
        raise
    except RecursionError:
        raise BadJson(f"nested deeper than {max_depth} levels") from None
    except ValueError as exc:  # JSONDecodeError, UnicodeDecodeError, int() over 4300 digits
        raise BadJson(str(exc).encode("ascii", "backslashreplace").decode()[:200]) from None
    # A lone surrogate can only come from a \u escape: strict UTF-8 decoding refuses encoded ones. Nesting
    # can only be deeper than max_depth with more brackets than that (C-speed counts skip most walks).
    strings = "\\u" in text
    if strings or text.count("[") + text.count("{") > max_depth:
        _check(value, max_depth, strings)
    return value

"""The version policy: a breaking change needs a major bump of ``info.version``.

Changes come from api-smart-diff (an OpenAPI 3.1 diff, run with node). Only what clients see is judged:
changes under ``paths`` (where api-smart-diff has resolved every ``$ref`` and classified the change in
its context, request or response), ``webhooks``, the global ``security`` requirement and the security
schemes. The copies of the same changes reported under ``components/schemas`` and friends are dropped,
because there they are judged without context (a response-only schema change is not a request break).
An ``unclassified`` change counts as breaking: the gate fails closed.

Command line: ``python -m specfirst.publish.gate BEFORE AFTER`` exits 0 (release allowed), 1 (refused,
with the list of breaking changes) or 2 (the specs could not be compared).
"""

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from packaging.version import InvalidVersion, Version

from .tools import PublishError, node, run

SMARTDIFF = Path(__file__).with_name("smartdiff.cjs")
_METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
_CLIENT_FACING = {"paths", "webhooks", "security"}
_DROPPED = {("info", "version")}  # stated by the release heading
_BREAKING_KINDS = {"breaking", "unclassified"}


@dataclass(frozen=True)
class Change:
    """One difference between two specs, classified by api-smart-diff."""

    kind: str
    """``breaking``, ``non-breaking``, ``deprecated``, ``annotation`` or ``unclassified``."""
    action: str
    path: tuple[str | int, ...]
    description: str

    @property
    def breaking(self) -> bool:
        return self.kind in _BREAKING_KINDS

    @property
    def pointer(self) -> str:
        return "#/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in self.path)

    @property
    def operation(self) -> str | None:
        """``METHOD /path`` of the operation the change is in, if any."""
        if len(self.path) >= 3 and self.path[0] == "paths" and str(self.path[2]) in _METHODS:
            return f"{str(self.path[2]).upper()} {self.path[1]}"
        return None

    def __str__(self) -> str:
        text, operation = self.description.strip(), self.operation
        if not text.startswith("[") or "]  " in text:  # api-smart-diff leaves some descriptions half-filled
            inner = self.path[3:] if operation else self.path
            text = f"[{self.action}] " + "/".join(str(p) for p in inner)
        if operation and operation not in text:
            text = f"{operation}: {text}"
        return text


def _client_facing(path: tuple[str | int, ...]) -> bool:
    if tuple(path[:2]) in _DROPPED:
        return False
    if path and path[0] == "components":
        return len(path) > 1 and path[1] == "securitySchemes"
    return True


def diff(before: Any, after: Any) -> list[Change]:
    """Every change from ``before`` to ``after`` that clients can see, in api-smart-diff's order."""
    out = run([node(), str(SMARTDIFF)], what="api-smart-diff", stdin=json.dumps([before, after]))
    changes = [Change(d["type"], d["action"], tuple(d["path"]), d["description"]) for d in json.loads(out)]
    return [c for c in changes if _client_facing(c.path)]


def _version(data: Any, label: str) -> Version:
    try:
        return Version(str(data["info"]["version"]))
    except (KeyError, TypeError, InvalidVersion) as exc:
        raise PublishError(f"{label}: info.version is missing or not a version: {exc}") from exc


@dataclass
class Verdict:
    """What the policy says about releasing ``after`` over ``before``."""

    before: Version
    after: Version
    changes: list[Change]
    violations: list[str] = field(default_factory=list)

    @property
    def breaking(self) -> list[Change]:
        return [c for c in self.changes if c.breaking]

    @property
    def allowed(self) -> bool:
        return not self.violations


def judge(before: Any, after: Any, label: str = "spec") -> Verdict:
    """Diff two spec documents and apply the version policy."""
    old, new = _version(before, f"{label} (published)"), _version(after, label)
    verdict = Verdict(old, new, diff(before, after))
    if new < old:
        verdict.violations.append(f"{label}: info.version goes backwards ({old} -> {new})")
    breaking = verdict.breaking
    if breaking and new.major <= old.major:
        lines = "\n".join(f"  - {c.kind}: {c}" for c in breaking)
        verdict.violations.append(
            f"{label}: {len(breaking)} breaking change(s) without a major bump of info.version "
            f"({old} -> {new}; needs {old.major + 1}.0.0 or later):\n{lines}"
        )
    return verdict


def _load(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))  # JSON is YAML too


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m specfirst.publish.gate", description=__doc__.split("\n")[0])
    parser.add_argument("before", type=Path, help="the published spec")
    parser.add_argument("after", type=Path, help="the spec to release")
    args = parser.parse_args(argv)
    try:
        verdict = judge(_load(args.before), _load(args.after), label=str(args.after))
    except (OSError, yaml.YAMLError, PublishError) as exc:
        print(f"cannot compare the specs: {exc}", file=sys.stderr)
        return 2
    for change in verdict.changes:
        print(f"{change.kind}: {change}")
    if not verdict.allowed:
        print("\n".join(verdict.violations), file=sys.stderr)
        return 1
    print(f"release allowed: {verdict.before} -> {verdict.after}, {len(verdict.breaking)} breaking change(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

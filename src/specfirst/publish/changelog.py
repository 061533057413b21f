"""``CHANGELOG.md`` entries: what changed in an API since its last published version.

Every change is listed under Breaking or Non-breaking as api-smart-diff classified it; deprecations and
documentation-only changes are non-breaking and say so. New entries go on top, under the header.
"""

from collections.abc import Iterable
from pathlib import Path

from .gate import Change

HEADER = """# Changelog

Published API versions, newest first. `nox -s publish` (`python -m specfirst publish`) adds an entry
for every API whose spec changed since its last published version (kept in `openapi/published/`).
Each change is classified by api-smart-diff 1.0.6: a breaking change needs a major bump of `info.version`.
"""
_LABEL = {"deprecated": "deprecation: ", "annotation": "documentation: ", "unclassified": "unclassified: "}


def entry(title: str, version: str, day: str, changes: list[Change] | None, operations: Iterable[str]) -> str:
    """One release of one API; ``changes`` is None for its first published version."""
    lines = [f"## {title} {version} ({day})", ""]
    if changes is None:
        ops = list(operations)
        lines += [f"First published version, {len(ops)} operations:", "", *(f"- {op}" for op in ops)]
        return "\n".join(lines) + "\n"
    breaking = [c for c in changes if c.breaking]
    other = [c for c in changes if not c.breaking]
    lines.append(f"{len(breaking)} breaking and {len(other)} non-breaking change(s).")
    for heading, group in (("Breaking", breaking), ("Non-breaking", other)):
        if group:
            lines += ["", f"### {heading}", "", *(f"- {_LABEL.get(c.kind, '')}{c}" for c in group)]
    return "\n".join(lines) + "\n"


def prepend(path: Path, entries: list[str]) -> None:
    """Put ``entries`` at the top of the changelog at ``path`` (created with its header if missing)."""
    text = path.read_text(encoding="utf-8") if path.exists() else HEADER
    head, sep, rest = text.partition("\n## ")
    body = "\n".join(entries)
    path.write_text(f"{head.rstrip()}\n\n{body}" + (f"\n## {rest}" if sep else ""), encoding="utf-8")

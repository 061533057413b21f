"""``python -m specfirst publish``: prints what was published, or why the release was refused."""

import sys
from pathlib import Path

from .release import CHANGELOG, PUBLISHED, publish
from .tools import PublishError


def _size(path: Path) -> str:
    return f"{path.stat().st_size:>10,d} B"


def run_publish(out: Path, names: list[str], baseline: Path | None, changelog_file: Path | None) -> int:
    try:
        release = publish(out, names, baseline=baseline or PUBLISHED, changelog_file=changelog_file or CHANGELOG)
    except PublishError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    for name, files in release.artifacts.items():
        verdict = release.verdicts[name]
        status = (
            "first release"
            if verdict is None
            else f"{verdict.before} -> {verdict.after}: {len(verdict.breaking)} breaking, "
            f"{len(verdict.changes) - len(verdict.breaking)} non-breaking change(s)"
        )
        print(f"{name} ({status})")
        for path in files:
            print(f"  {_size(path)}  {path}")
    print(f"  {_size(release.index)}  {release.index}")
    for note in release.notes:
        print(f"note: {note}")
    return 0

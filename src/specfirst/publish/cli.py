"""``specfirst publish``: prints what was published, or why the release was refused (checkout only)."""

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any


def register(sub: Any, add_apis: Callable[[argparse.ArgumentParser], None]) -> None:
    cmd = sub.add_parser("publish", help="write a release (bundled specs, HTML docs, client packages); checkout only")
    add_apis(cmd)
    cmd.add_argument("--out", type=Path, help="release folder (default dist/ of the checkout)")
    cmd.add_argument("--baseline", type=Path, help="last published specs (default openapi/published/)")
    cmd.add_argument("--changelog", type=Path, help="changelog to add entries to (default CHANGELOG.md)")
    cmd.set_defaults(run=run)


def _size(path: Path) -> str:
    return f"{path.stat().st_size:>10,d} B"


def run(args: argparse.Namespace) -> int:
    from ..apis import APIS, require_checkout
    from .release import CHANGELOG, PUBLISHED, publish
    from .tools import PublishError

    root = require_checkout("publish")
    try:
        release = publish(
            args.out or root / "dist",
            args.apis or list(APIS),
            baseline=args.baseline or PUBLISHED,
            changelog_file=args.changelog or CHANGELOG,
        )
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

"""``publish``: everything a release needs, per API, in one folder; refused if it breaks clients silently.

Order: check and bundle every spec, then judge each against its last published version (nothing is
built if any release is refused), then HTML docs and client packages, then the changelog entries, the
new baseline and ``index.html``.
"""

import datetime
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..apis import APIS, ROOT, Api
from ..speccheck import check_spec
from . import changelog
from .bundle import Bundle, bundle
from .docs import Section, build_docs, write_index
from .gate import Verdict, judge
from .tools import PublishError
from .wheels import build_client

PUBLISHED = ROOT / "openapi" / "published"
CHANGELOG = ROOT / "CHANGELOG.md"
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass
class Release:
    out: Path
    index: Path
    artifacts: dict[str, list[Path]] = field(default_factory=dict)
    """API name -> its files (bundled YAML, JSON, HTML, wheel, sdist)."""
    verdicts: dict[str, Verdict | None] = field(default_factory=dict)
    """API name -> the verdict against the last published version (None on a first release)."""
    notes: list[str] = field(default_factory=list)


def operations(spec: Any) -> dict[str, str]:
    """``METHOD /path`` -> summary, for every operation of a spec document."""
    return {
        f"{method.upper()} {path}": str(item[method].get("summary", ""))
        for path, item in (spec.get("paths") or {}).items()
        for method in _METHODS
        if isinstance(item, dict) and method in item
    }


def _title(bundled: Bundle) -> str:
    return str(bundled.data["info"]["title"])


def _gate(api: Api, bundled: Bundle, baseline: Path) -> Verdict | None:
    published = baseline / api.spec.name
    if not published.exists():
        return None
    before = yaml.safe_load(published.read_text(encoding="utf-8"))
    return judge(before, bundled.data, label=api.spec.name)


def publish(
    out: Path,
    names: list[str] | None = None,
    *,
    baseline: Path = PUBLISHED,
    changelog_file: Path = CHANGELOG,
    day: str | None = None,
) -> Release:
    """Publish the named APIs (all by default) into ``out``; update ``baseline`` and ``changelog_file``."""
    apis = [APIS[n] for n in names or list(APIS)]
    day = day or datetime.datetime.now(datetime.UTC).date().isoformat()
    out.mkdir(parents=True, exist_ok=True)
    for stale in (out / "index.html", out / "CHANGELOG.md"):  # a refused release leaves no index behind
        stale.unlink(missing_ok=True)
    for api in apis:
        check_spec(api.spec)
        if (out / api.name).exists():
            shutil.rmtree(out / api.name)
    bundles = {api.name: bundle(api, out / api.name) for api in apis}
    release = Release(out=out, index=out / "index.html")
    release.verdicts = {api.name: _gate(api, bundles[api.name], baseline) for api in apis}
    refused = [v for verdict in release.verdicts.values() if verdict for v in verdict.violations]
    if refused:
        for api in apis:
            shutil.rmtree(out / api.name)
        raise PublishError("release refused by the version policy, nothing published:\n" + "\n".join(refused))

    sections, entries = [], []
    for api in apis:
        bundled, verdict = bundles[api.name], release.verdicts[api.name]
        html = build_docs(bundled.yaml, out / api.name / f"{bundled.yaml.stem}.html", _title(bundled))
        wheel, sdist = build_client(api, bundled.version, out / api.name)
        files = [bundled.yaml, bundled.json, html, wheel, sdist]
        release.artifacts[api.name] = files
        labels = ["OpenAPI (YAML)", "OpenAPI (JSON)", "API reference (HTML, offline)", "Client wheel", "Client sdist"]
        sections.append(Section(_title(bundled), bundled.version, list(zip(labels, files, strict=True))))
        if verdict is None or verdict.changes or verdict.before != verdict.after:
            ops = [f"{op}: {summary}" for op, summary in operations(bundled.data).items()]
            entries.append(
                changelog.entry(_title(bundled), bundled.version, day, verdict.changes if verdict else None, ops)
            )
            baseline.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(bundled.yaml, baseline / api.spec.name)
        if verdict and verdict.changes and verdict.before == verdict.after:
            release.notes.append(
                f"{api.spec.name}: {len(verdict.changes)} change(s) published under the same version {verdict.after}"
            )
    if entries:
        changelog.prepend(changelog_file, entries)
    extras = []
    if changelog_file.exists():
        extras.append(("Changelog", Path(shutil.copyfile(changelog_file, out / "CHANGELOG.md"))))
    write_index(out, sections, extras)
    return release

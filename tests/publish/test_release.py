"""``publish`` into a temporary folder: every artifact, an index linking them, specs equal to the source."""

import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from specfirst.__main__ import main
from specfirst.apis import APIS
from specfirst.publish import gate
from specfirst.publish.release import Release, operations, publish
from specfirst.speccheck import check_spec

from .conftest import RELEASE_DAY


class _Refs(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.loads: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "a" and values.get("href"):
            self.links.append(values["href"] or "")
        for attr in ("src", "href") if tag in {"script", "img", "iframe", "link", "source"} else ():
            if values.get(attr):
                self.loads.append(values[attr] or "")


def _refs(path: Path) -> _Refs:
    refs = _Refs()
    refs.feed(path.read_text(encoding="utf-8"))
    return refs


def _source(name: str) -> dict:  # type: ignore[type-arg]
    return yaml.safe_load(APIS[name].spec.read_text())  # type: ignore[no-any-return]


@pytest.mark.parametrize("name", list(APIS))
def test_every_artifact_is_named_with_the_spec_version(release: Release, name: str) -> None:
    api, version = APIS[name], str(_source(name)["info"]["version"])
    package = api.package
    assert [p.name for p in release.artifacts[name]] == [
        f"{api.spec.stem}-{version}.yaml",
        f"{api.spec.stem}-{version}.json",
        f"{api.spec.stem}-{version}.html",
        f"{package}-{version}-py3-none-any.whl",
        f"{package}-{version}.tar.gz",
    ]
    assert all(p.parent == release.out / name and p.stat().st_size > 0 for p in release.artifacts[name])


def test_index_links_every_artifact_and_nothing_else(release: Release) -> None:
    links = _refs(release.index).links
    expected = [p for files in release.artifacts.values() for p in files] + [release.out / "CHANGELOG.md"]
    assert sorted(release.out / link for link in links) == sorted(expected)
    assert all((release.out / link).is_file() for link in links)


@pytest.mark.parametrize("name", list(APIS))
def test_bundled_spec_is_equivalent_to_the_source(release: Release, name: str) -> None:
    yaml_file, json_file, *_ = release.artifacts[name]
    check_spec(yaml_file)
    check_spec(json_file)  # JSON is YAML: the same checks, line numbers and all
    bundled = yaml.safe_load(yaml_file.read_text())
    assert yaml.safe_load(json_file.read_text()) == bundled
    assert operations(bundled) == operations(_source(name))
    assert gate.diff(_source(name), bundled) == []  # api-smart-diff sees no difference at all


@pytest.mark.parametrize("name", list(APIS))
def test_docs_page_loads_nothing_from_elsewhere(release: Release, name: str) -> None:
    html_file = release.artifacts[name][2]
    refs = _refs(html_file)
    assert "<script" in html_file.read_text()
    assert refs.loads == []  # Redoc's scripts are inlined: nothing is loaded, from a CDN or elsewhere


def test_first_release_records_baseline_and_changelog(release: Release, release_root: Path) -> None:
    text = (release_root / "CHANGELOG.md").read_text()
    assert (release.out / "CHANGELOG.md").read_text() == text
    for name, api in APIS.items():
        bundled = release.artifacts[name][0]
        assert (release_root / "published" / api.spec.name).read_bytes() == bundled.read_bytes()
        spec = _source(name)
        heading = f"## {spec['info']['title']} {spec['info']['version']} ({RELEASE_DAY})"
        assert text.count(heading) == 1
        entry = text.split(heading, 1)[1].split("\n## ", 1)[0]
        ops = operations(spec)
        assert f"First published version, {len(ops)} operations:" in entry
        assert [line for line in entry.splitlines() if line.startswith("- ")] == [f"- {o}: {s}" for o, s in ops.items()]


def test_republishing_unchanged_specs_adds_no_entry(release: Release, release_root: Path, tmp_path: Path) -> None:
    shutil.copytree(release_root / "published", tmp_path / "published")
    shutil.copy(release_root / "CHANGELOG.md", tmp_path / "CHANGELOG.md")
    again = publish(
        tmp_path / "dist", ["salesforce"], baseline=tmp_path / "published", changelog_file=tmp_path / "CHANGELOG.md"
    )
    verdict = again.verdicts["salesforce"]
    assert verdict is not None and verdict.changes == [] and verdict.allowed
    assert (tmp_path / "CHANGELOG.md").read_text() == (release_root / "CHANGELOG.md").read_text()


def test_unannounced_breaking_change_refuses_the_release(
    release: Release, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The published spec had one more operation: today's spec removes it under the same major version."""
    published = yaml.safe_load(release.artifacts["qonversion"][0].read_text())
    published["paths"]["/retired"] = {"get": {"summary": "Retired", "responses": {"200": {"description": "OK"}}}}
    (tmp_path / "published").mkdir()
    baseline = tmp_path / "published" / APIS["qonversion"].spec.name
    baseline.write_text(yaml.safe_dump(published))
    (tmp_path / "dist" / "qonversion").mkdir(parents=True)  # left by an earlier release
    (tmp_path / "dist" / "index.html").write_text("earlier release")
    out, changelog = tmp_path / "dist", tmp_path / "CHANGELOG.md"
    code = main(["publish", "qonversion", f"--out={out}", f"--baseline={baseline.parent}", f"--changelog={changelog}"])
    err = capsys.readouterr().err
    assert code == 1
    assert "release refused by the version policy, nothing published" in err
    assert "  - breaking: [Removed] operation GET /retired\n" in err
    assert sorted(p.name for p in (tmp_path / "dist").iterdir()) == []
    assert not (tmp_path / "CHANGELOG.md").exists()
    assert yaml.safe_load(baseline.read_text()) == published


def test_non_breaking_change_is_published_and_recorded(release: Release, tmp_path: Path) -> None:
    """The published spec lacked one of today's operations: adding it is non-breaking, so it is released."""
    published = yaml.safe_load(release.artifacts["salesforce"][0].read_text())
    path = "/personalization/abn-experiments/{IdOrName}"
    del published["paths"][path]["delete"]
    (tmp_path / "published").mkdir()
    baseline = tmp_path / "published" / APIS["salesforce"].spec.name
    baseline.write_text(yaml.safe_dump(published))
    changelog_file = tmp_path / "CHANGELOG.md"
    again = publish(
        tmp_path / "dist", ["salesforce"], baseline=baseline.parent, changelog_file=changelog_file, day="2026-02-03"
    )
    verdict = again.verdicts["salesforce"]
    assert verdict is not None and verdict.allowed
    assert [(c.kind, str(c)) for c in verdict.changes] == [("non-breaking", f"[Added] operation DELETE {path}")]
    assert baseline.read_bytes() == release.artifacts["salesforce"][0].read_bytes()
    spec = _source("salesforce")
    heading = f"## {spec['info']['title']} {spec['info']['version']} (2026-02-03)"
    expected = f"0 breaking and 1 non-breaking change(s).\n\n### Non-breaking\n\n- [Added] operation DELETE {path}\n"
    assert f"{heading}\n\n{expected}" in changelog_file.read_text()
    assert again.notes == [
        f"{APIS['salesforce'].spec.name}: 1 change(s) published under the same version {spec['info']['version']}"
    ]

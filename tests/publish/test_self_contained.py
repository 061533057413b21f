"""What is published stands alone: no file under dist/ (nor inside its wheels and sdists) names a path of this
repository's layout or of the machine it was built on; the client wheels carry a real package page."""

import email.parser
import tarfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from specfirst.apis import APIS, ROOT
from specfirst.publish.release import Release

REPOSITORY_PATHS = ("../shared", "shared/seeds", "overrides/", "generated/", "src/specfirst", "tests/", "/work/")


def contents(path: Path) -> Iterator[tuple[str, str]]:
    """(name, text) of a file, or of every member of a wheel or sdist."""
    if path.suffix == ".whl":
        with zipfile.ZipFile(path) as wheel:
            for name in wheel.namelist():
                yield f"{path.name}:{name}", wheel.read(name).decode()
    elif path.name.endswith(".tar.gz"):
        with tarfile.open(path) as sdist:
            for member in sdist.getmembers():
                data = sdist.extractfile(member) if member.isfile() else None
                if data is not None:
                    yield f"{path.name}:{member.name}", data.read().decode()
    else:
        yield str(path), path.read_text(encoding="utf-8")


def repository_paths_in(files: list[Path]) -> list[str]:
    markers = [*REPOSITORY_PATHS, str(ROOT), str(Path.home())]
    return [
        f"{name}: {marker}" for path in files for name, data in contents(path) for marker in markers if marker in data
    ]


def test_client_packages_name_no_repository_path(release: Release) -> None:
    packages = [
        f
        for files in release.artifacts.values()
        for f in files
        if f.suffix == ".whl" or f.suffixes[-2:] == [".tar", ".gz"]
    ]
    assert len(packages) == 2 * len(APIS)
    assert repository_paths_in(packages) == []


def test_published_specs_and_reference_name_no_repository_path(release: Release) -> None:
    """The bundled specs, their HTML reference, the index: everything under dist/ but the client packages."""
    files = sorted(
        p for p in release.index.parent.rglob("*") if p.is_file() and p.suffix in {".yaml", ".json", ".html", ".md"}
    )
    assert {release.index, *(f for files in release.artifacts.values() for f in files[:3])} <= set(files)
    assert repository_paths_in(files) == []


def metadata(wheel: Path) -> email.message.Message:
    with zipfile.ZipFile(wheel) as archive:
        [name] = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        return email.parser.Parser().parsestr(archive.read(name).decode())


@pytest.mark.parametrize("api", list(APIS))
def test_client_wheel_has_a_package_page(release: Release, api: str) -> None:
    """License (the spec's), project URLs, and the client's own README as the description (not the stock text)."""
    [wheel] = [p for p in release.artifacts[api] if p.suffix == ".whl"]
    meta = metadata(wheel)
    spec_license = yaml.safe_load(APIS[api].spec.read_text())["info"]["license"]["identifier"]
    assert meta["License-Expression"] == spec_license
    urls = dict(url.split(", ", 1) for url in meta.get_all("Project-URL") or [])
    assert sorted(urls) == ["Documentation", "Homepage"]
    assert all(url.startswith("https://") for url in urls.values())
    assert meta["Description-Content-Type"] == "text/markdown"
    page = meta.get_payload()
    assert isinstance(page, str)
    assert f"pip install {meta['Name']}" in page
    for section in ("## Construct a client", "## Make a call", "## Errors", "## Retries and timeouts", "## Async"):
        assert section in page
    for stock in ("api.example.com", "my_tag", "MyDataModel", "SuperSecretToken"):
        assert stock not in page

"""One release published into a temporary folder for the whole session (it takes a few seconds).

Its baseline folder starts empty, so it is a first release whatever the specs say today; the
repository's own ``openapi/published/`` and ``CHANGELOG.md`` are never touched by the tests.
"""

from pathlib import Path

import pytest

from specfirst.publish.release import Release, publish

RELEASE_DAY = "2026-01-02"


@pytest.fixture(scope="session")
def release_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("release")


@pytest.fixture(scope="session")
def release(release_root: Path) -> Release:
    return publish(
        release_root / "dist",
        baseline=release_root / "published",
        changelog_file=release_root / "CHANGELOG.md",
        day=RELEASE_DAY,
    )

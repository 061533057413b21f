"""The generated client as wheel and sdist, checked with ``twine check --strict``.

The project is built from a copy, so nothing is left in ``generated/`` (the drift gate compares it
file by file). The build is not isolated: the backend (pdm-backend) is pinned in the ``publish``
group instead of being fetched at its newest on every build. The version comes from the generated
``pyproject.toml``, which openapi-python-client fills from ``info.version``; it is checked here.
"""

import shutil
import sys
import tempfile
from pathlib import Path

from packaging.utils import parse_sdist_filename, parse_wheel_filename
from packaging.version import Version

from ..apis import Api
from .tools import PublishError, require_python_modules, run


def build_client(api: Api, version: str, out: Path) -> list[Path]:
    """Build ``api``'s generated client into ``out``; return [wheel, sdist]."""
    require_python_modules("build", "twine", "pdm.backend")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / api.project_dir
        shutil.copytree(api.generated, source, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "dist", "build"))
        built = Path(tmp) / "dist"
        run(
            [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(built), str(source)],
            what="python -m build",
        )
        artifacts = sorted(built.glob("*.whl")) + sorted(built.glob("*.tar.gz"))
        if len(artifacts) != 2:
            raise PublishError(f"python -m build made {[a.name for a in artifacts]}, expected one wheel and one sdist")
        wheel, sdist = artifacts
        built_versions = {parse_wheel_filename(wheel.name)[1], parse_sdist_filename(sdist.name)[1]}
        if built_versions != {Version(version)}:
            raise PublishError(
                f"{api.project_dir} was built as {sorted(map(str, built_versions))}, the spec says {version}: "
                "regenerate the client (`nox -s generate`)"
            )
        run([sys.executable, "-m", "twine", "check", "--strict", *map(str, artifacts)], what="twine check")
        return [Path(shutil.copy2(a, out / a.name)) for a in artifacts]

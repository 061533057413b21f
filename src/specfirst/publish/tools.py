"""Running the pinned tools publishing needs, with errors that say what is missing and how to get it.

Node tools (Redocly, api-smart-diff) come from ``node_modules`` (``npm ci`` from package-lock.json);
Python tools (build, twine, pdm-backend) from the ``publish`` dependency group. Redocly is asked not
to send telemetry nor look for updates: publishing contacts no host.
"""

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

from ..apis import ROOT

NODE_MODULES = ROOT / "node_modules"
_QUIET_NODE = {
    "REDOCLY_TELEMETRY": "off",
    "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true",
    "REDOCLY_SUPPRESS_NOTIFICATIONS": "true",
    "DO_NOT_TRACK": "1",
}


class PublishError(RuntimeError):
    """Publishing stopped; the message says why (a failed tool, a refused release)."""


def node_env() -> dict[str, str]:
    env = dict(os.environ, **_QUIET_NODE)
    env["NODE_PATH"] = str(NODE_MODULES)
    return env


def node() -> str:
    path = shutil.which("node")
    if path is None:
        raise PublishError("node is not installed: publishing needs Node.js 20+ and npm (then `npm ci`)")
    return path


def node_tool(name: str) -> Path:
    """A command from ``node_modules/.bin``, or a clear error if ``npm ci`` has not run."""
    path = NODE_MODULES / ".bin" / name
    if not path.exists():
        raise PublishError(f"{name} is not installed in {NODE_MODULES}: run `npm ci` (`nox -s publish` does)")
    return path


def require_python_modules(*modules: str) -> None:
    missing = [m for m in modules if importlib.util.find_spec(m) is None]
    if missing:
        raise PublishError(
            f"{', '.join(missing)} not installed beside {sys.executable}: "
            "install the `publish` dependency group (`nox -s publish` does)"
        )


def run(cmd: list[str], *, what: str, cwd: Path | None = None, stdin: str | None = None) -> str:
    """Run ``cmd``; return its stdout, or raise :class:`PublishError` with its output on failure."""
    result = subprocess.run(
        cmd, cwd=cwd or ROOT, input=stdin, capture_output=True, text=True, env=node_env(), check=False
    )
    if result.returncode != 0:
        output = (result.stdout + result.stderr).strip()
        raise PublishError(f"{what} failed (exit {result.returncode}): {' '.join(cmd)}\n{output[-4000:]}")
    return result.stdout

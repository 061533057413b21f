"""One self-contained spec file per API, as YAML and JSON, with Redocly's ``bundle``.

The files are named with ``info.version`` (``qonversion-v4-4.0.0.yaml``) so a release folder says
which version of the API it describes.
"""

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..apis import Api
from .tools import PublishError, node_tool, run


@dataclass(frozen=True)
class Bundle:
    yaml: Path
    json: Path
    data: Any
    """The bundled document, as loaded from the YAML file."""

    @property
    def version(self) -> str:
        return str(self.data["info"]["version"])


def spec_version(path: Path) -> str:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    try:
        return str(data["info"]["version"])
    except (KeyError, TypeError) as exc:
        raise PublishError(f"{path}: no info.version") from exc


def bundle(api: Api, out: Path) -> Bundle:
    """Bundle ``api``'s spec into ``out`` as ``<spec stem>-<info.version>.yaml`` and ``.json``."""
    version = spec_version(api.spec)
    stem = f"{api.spec.stem}-{version}"
    redocly = str(node_tool("redocly"))
    out.mkdir(parents=True, exist_ok=True)
    paths = {ext: out / f"{stem}.{ext}" for ext in ("yaml", "json")}
    for ext, path in paths.items():
        run([redocly, "bundle", str(api.spec), "--ext", ext, "-o", str(path)], what=f"redocly bundle ({ext})")
    data = yaml.safe_load(paths["yaml"].read_text(encoding="utf-8"))
    return Bundle(yaml=paths["yaml"], json=paths["json"], data=data)

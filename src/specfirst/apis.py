"""The APIs this project describes: where each spec, generator config and client lives."""

from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Api:
    name: str
    """Short name used on the command line (``qonversion``, ``salesforce``)."""
    spec: Path
    """The hand-written OpenAPI document."""
    config: Path
    """openapi-python-client config (package name, post hooks)."""
    package: str
    """Import name of the generated client."""
    project_dir: str
    """Folder of the generated client under ``generated/``."""

    @property
    def generated(self) -> Path:
        return ROOT / "generated" / self.project_dir

    @property
    def runtime(self) -> Path:
        """Hand-written modules copied into this API's client only (after the shared runtime)."""
        return ROOT / "overrides" / self.name / "runtime"


APIS: dict[str, Api] = {
    api.name: api
    for api in (
        Api(
            name="qonversion",
            spec=ROOT / "openapi" / "qonversion-v4.yaml",
            config=ROOT / "overrides" / "qonversion" / "config.yaml",
            package="qonversion_client",
            project_dir="qonversion-client",
        ),
        Api(
            name="salesforce",
            spec=ROOT / "openapi" / "salesforce-personalization.yaml",
            config=ROOT / "overrides" / "salesforce" / "config.yaml",
            package="salesforce_personalization_client",
            project_dir="salesforce-personalization-client",
        ),
    )
}
TEMPLATES = ROOT / "overrides" / "templates"
RUNTIME = ROOT / "overrides" / "runtime"

"""The APIs this project describes: where each spec, generator config and client lives.

Installed (a wheel), the package carries the specs as package data (``specfirst/openapi/*.yaml``, found with
``importlib.resources``) and nothing else of the repository. In a checkout the specs are read from
``openapi/`` itself, so an edit is seen at once; the folders only a checkout has (``generated/``,
``overrides/``, ``openapi/published/``, ``node_modules/``) are reached through ``CHECKOUT``, and
``require_checkout`` stops a command that needs them with one clear line.
"""

from dataclasses import dataclass
from importlib import resources
from pathlib import Path


def _checkout() -> Path | None:
    """The repository root when this module runs from ``src/specfirst`` of a checkout, else None."""
    root = Path(__file__).resolve().parents[2]
    is_checkout = (root / "pyproject.toml").is_file() and (root / "openapi").is_dir()
    return root if is_checkout and (root / "src" / "specfirst").is_dir() else None


CHECKOUT = _checkout()
ROOT = CHECKOUT or Path.cwd()
"""The checkout, or (installed) the working directory: where default output such as ``reports/`` goes."""


def _specs() -> Path:
    if CHECKOUT is not None:
        return CHECKOUT / "openapi"
    return Path(str(resources.files("specfirst") / "openapi"))  # a plain folder: wheels install unzipped


SPECS = _specs()


class NotInCheckout(RuntimeError):
    """A command that works on the repository (generated/, overrides/, openapi/published/) ran outside it."""


def require_checkout(command: str) -> Path:
    """The checkout root, or NotInCheckout saying that ``command`` only works in one."""
    if CHECKOUT is None:
        raise NotInCheckout(
            f"`specfirst {command}` works on a checkout of the specfirst repository (openapi/, overrides/, "
            f"generated/); this one is installed at {Path(__file__).parent}: run it from the checkout "
            "(`python -m specfirst` there, or `nox -s ...`)"
        )
    return CHECKOUT


@dataclass(frozen=True)
class Api:
    name: str
    """Short name used on the command line (``qonversion``, ``salesforce``)."""
    spec: Path
    """The hand-written OpenAPI document (the checkout's, or the copy shipped in the package)."""
    package: str
    """Import name of the generated client."""
    project_dir: str
    """Folder of the generated client under ``generated/``."""

    @property
    def config(self) -> Path:
        """openapi-python-client config (package name, post hooks); checkout only."""
        return require_checkout("generate") / "overrides" / self.name / "config.yaml"

    @property
    def generated(self) -> Path:
        """The generated client package; checkout only."""
        return require_checkout("verify") / "generated" / self.project_dir

    @property
    def runtime(self) -> Path:
        """Hand-written modules copied into this API's client only (after the shared runtime); checkout only."""
        return require_checkout("generate") / "overrides" / self.name / "runtime"


APIS: dict[str, Api] = {
    api.name: api
    for api in (
        Api(
            name="qonversion",
            spec=SPECS / "qonversion-v4.yaml",
            package="qonversion_client",
            project_dir="qonversion-client",
        ),
        Api(
            name="salesforce",
            spec=SPECS / "salesforce-personalization.yaml",
            package="salesforce_personalization_client",
            project_dir="salesforce-personalization-client",
        ),
    )
}
TEMPLATES = ROOT / "overrides" / "templates"
RUNTIME = ROOT / "overrides" / "runtime"

"""``SalesforceClient`` / ``AsyncSalesforceClient``: the clients an application builds (copied into
salesforce_personalization_client).

``sf.experiments.update("1GaSB00000Cojr30AB", action="Start")``: the resources (generated in ``api/``) are
attributes; ``AsyncSalesforceClient`` has the same ones, awaited. Each *is* an :class:`AuthenticatedClient`
(pass it as ``client=`` to any endpoint function, the low-level layer),
built from an org's instance URL, an OAuth access token and an API version; the base URL is the spec's
server path (``/services/data/v{apiVersion}``) under the instance URL.
"""

import os
from collections.abc import Mapping
from typing import Any, Self
from urllib.parse import urlsplit

from attrs import define, field

from ._servers import SERVER_URL, SERVER_VARIABLES
from .api import AsyncResources, Resources
from .client import AuthenticatedClient

__all__ = [
    "ENV_ACCESS_TOKEN",
    "ENV_API_VERSION",
    "ENV_INSTANCE_URL",
    "AsyncSalesforceClient",
    "BaseSalesforceClient",
    "SalesforceClient",
]

ENV_INSTANCE_URL = "SALESFORCE_INSTANCE_URL"
ENV_ACCESS_TOKEN = "SALESFORCE_ACCESS_TOKEN"
ENV_API_VERSION = "SALESFORCE_API_VERSION"
DEFAULT_API_VERSION = SERVER_VARIABLES["apiVersion"]


def base_url_for(instance_url: str, api_version: str) -> str:
    """``https://my.salesforce.com`` + ``/services/data/v65.0`` (the spec's server path for that version)."""
    version = api_version.removeprefix("v")
    if not version or not all(part.isdigit() for part in version.split(".")):
        raise ValueError(f"api_version must look like '65.0', not {api_version!r}")
    path = urlsplit(SERVER_URL).path.replace("{apiVersion}", version)
    return instance_url.rstrip("/") + path


@define
class BaseSalesforceClient(AuthenticatedClient):
    """What the sync and async clients share: instance URL, token, API version, ``from_env``."""

    token: str = field(repr=False, alias="access_token", kw_only=True)
    instance_url: str = field(kw_only=True)
    api_version: str = field(default=DEFAULT_API_VERSION, kw_only=True)
    _base_url: str = field(init=False, default="")

    def __attrs_post_init__(self) -> None:
        self._base_url = base_url_for(self.instance_url, self.api_version)
        super().__attrs_post_init__()

    @property
    def base_url(self) -> str:
        return self._base_url

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **options: Any) -> Self:
        """Build from ``SALESFORCE_INSTANCE_URL`` and ``SALESFORCE_ACCESS_TOKEN`` (required) and
        ``SALESFORCE_API_VERSION`` (optional, default the spec's)."""
        env = os.environ if environ is None else environ
        missing = [name for name in (ENV_INSTANCE_URL, ENV_ACCESS_TOKEN) if not env.get(name)]
        if missing:
            raise ValueError(f"{' and '.join(missing)} not set")
        return cls(
            instance_url=env[ENV_INSTANCE_URL],
            access_token=env[ENV_ACCESS_TOKEN],
            api_version=env.get(ENV_API_VERSION) or DEFAULT_API_VERSION,
            **options,
        )


@define
class SalesforceClient(Resources, BaseSalesforceClient):
    """``SalesforceClient(instance_url="https://acme.my.salesforce.com", access_token="00D...")``,
    or ``SalesforceClient.from_env()``.

    Resources: ``experiments``. Every :class:`AuthenticatedClient` option is accepted too (``timeout``,
    ``max_retries``, ``retry_policy``, ``headers``, ``httpx_args``...); ``with_options(...)`` gives a
    configured copy. The token is never shown by ``repr()``.
    """


@define
class AsyncSalesforceClient(AsyncResources, BaseSalesforceClient):
    """The async twin of :class:`SalesforceClient` (``await sf.experiments.retrieve(...)``)."""

"""``QonversionClient`` / ``AsyncQonversionClient``: the clients an application builds (copied into qonversion_client).

``client.segments.create(name="VIP")``, ``for s in client.segments.list(): ...``: the resources (one per
spec tag, generated in ``api/``) are attributes; ``AsyncQonversionClient`` has the same ones, awaited.
Each *is* an :class:`AuthenticatedClient` (pass it as ``client=`` to any endpoint function, the low-level
layer), built from a project Secret Key instead of a raw token, with the spec's server as default base URL.
The key's prefix says which environment it talks to (the same host serves both); the prefixes are the
spec's (``x-key-prefixes``, in ``_credentials.py``).
"""

import os
from collections.abc import Mapping
from typing import Any, Self

from attrs import define, field

from ._credentials import KEY_PREFIXES, Environment
from ._servers import SERVER_URL
from .api import AsyncResources, Resources
from .client import AuthenticatedClient

__all__ = [
    "ENV_BASE_URL",
    "ENV_SECRET_KEY",
    "AsyncQonversionClient",
    "BaseQonversionClient",
    "Environment",
    "QonversionClient",
]

ENV_SECRET_KEY = "QONVERSION_SECRET_KEY"
ENV_BASE_URL = "QONVERSION_BASE_URL"


def environment_of(secret_key: str) -> Environment:
    """The environment whose prefix the key has (the longest that matches); any other key is refused (without
    echoing it)."""
    for environment, prefix in sorted(KEY_PREFIXES.items(), key=lambda item: -len(item[1])):
        if secret_key.startswith(prefix):
            return environment
    raise ValueError(f"a Qonversion secret key starts with {' or '.join(map(repr, KEY_PREFIXES.values()))}")


@define
class BaseQonversionClient(AuthenticatedClient):
    """What the sync and async clients share: the key, its environment, the base URL, ``from_env``."""

    token: str = field(repr=False, alias="secret_key", kw_only=True)
    _base_url: str = field(default=SERVER_URL, alias="base_url", kw_only=True)

    def __attrs_post_init__(self) -> None:
        environment_of(self.token)
        super().__attrs_post_init__()

    @property
    def environment(self) -> Environment:
        """``"sandbox"`` or ``"production"``, from the key's prefix."""
        return environment_of(self.token)

    @property
    def base_url(self) -> str:
        return self._base_url

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **options: Any) -> Self:
        """Build from ``QONVERSION_SECRET_KEY`` (required) and ``QONVERSION_BASE_URL`` (optional)."""
        env = os.environ if environ is None else environ
        secret_key = env.get(ENV_SECRET_KEY)
        if not secret_key:
            raise ValueError(f"{ENV_SECRET_KEY} is not set")
        base_url = env.get(ENV_BASE_URL) or SERVER_URL
        return cls(secret_key=secret_key, base_url=base_url, **options)


@define
class QonversionClient(Resources, BaseQonversionClient):
    """``QonversionClient(secret_key="sk_...")``, or ``QonversionClient.from_env()``.

    Resources: ``experiments`` (``.groups``, ``.users``), ``segments``, ``integrations``. Every
    :class:`AuthenticatedClient` option is accepted too (``timeout``, ``max_retries``, ``retry_policy``,
    ``headers``, ``httpx_args``...); ``with_options(...)`` gives a configured copy. The key is never shown
    by ``repr()``.
    """


@define
class AsyncQonversionClient(AsyncResources, BaseQonversionClient):
    """The async twin of :class:`QonversionClient` (``await client.segments.retrieve("vip")``,
    ``async for s in client.segments.list(): ...``); ``async with`` closes its connections."""

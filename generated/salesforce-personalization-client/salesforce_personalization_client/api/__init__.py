"""The API's resources: ``client.experiments``; each module below is one tag
(its resource classes in ``__init__``, one module per operation: the low-level functions)."""

from typing import cast

from ..client import AuthenticatedClient
from .personalization_experiments import AsyncExperiments, Experiments

__all__ = ["AsyncResources", "Resources"]


class Resources:
    """The resources of a sync client (mixed into it: ``self`` is the client)."""

    __slots__ = ()

    @property
    def experiments(self) -> Experiments:
        return Experiments(cast(AuthenticatedClient, self))


class AsyncResources:
    """The resources of an async client (mixed into it: ``self`` is the client)."""

    __slots__ = ()

    @property
    def experiments(self) -> AsyncExperiments:
        return AsyncExperiments(cast(AuthenticatedClient, self))

"""The API's resources: ``client.experiments``, ``client.segments``, ``client.integrations``; each module below is one tag
(its resource classes in ``__init__``, one module per operation: the low-level functions)."""

from typing import cast

from ..client import AuthenticatedClient
from .experiments import AsyncExperiments, Experiments
from .integrations import AsyncIntegrations, Integrations
from .segments import AsyncSegments, Segments

__all__ = ["AsyncResources", "Resources"]


class Resources:
    """The resources of a sync client (mixed into it: ``self`` is the client)."""

    __slots__ = ()

    @property
    def experiments(self) -> Experiments:
        return Experiments(cast(AuthenticatedClient, self))

    @property
    def segments(self) -> Segments:
        return Segments(cast(AuthenticatedClient, self))

    @property
    def integrations(self) -> Integrations:
        return Integrations(cast(AuthenticatedClient, self))


class AsyncResources:
    """The resources of an async client (mixed into it: ``self`` is the client)."""

    __slots__ = ()

    @property
    def experiments(self) -> AsyncExperiments:
        return AsyncExperiments(cast(AuthenticatedClient, self))

    @property
    def segments(self) -> AsyncSegments:
        return AsyncSegments(cast(AuthenticatedClient, self))

    @property
    def integrations(self) -> AsyncIntegrations:
        return AsyncIntegrations(cast(AuthenticatedClient, self))

"""A client library for accessing Salesforce Connect REST API — Personalization Experiments"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

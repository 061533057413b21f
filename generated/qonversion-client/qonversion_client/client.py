import ssl
from typing import Any, Self

import httpx
from attrs import define, evolve, field

from ._retry import AsyncRetryTransport, RetryPolicy, RetryTransport
from ._security import ensure_credentials_allowed
from .types import UNSET, Unset

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
"""30 s to read or write, 5 s to connect; override per client (``timeout=``) or per call (``timeout=``)."""
DEFAULT_MAX_RETRIES = 2
"""Retries after the first attempt; override per client (``max_retries=``) or per call (``max_retries=``)."""
# httpx.Client arguments that configure its default transport: they go to the transport we wrap instead.
_TRANSPORT_ARGS = ("cert", "http1", "http2", "limits", "proxy")


@define
class Client:
    """A class for keeping track of data related to the API

    The following are accepted as keyword arguments and will be used to construct httpx Clients internally:

        ``base_url``: The base URL for the API, all requests are made to a relative path to this URL

        ``cookies``: A dictionary of cookies to be sent with every request

        ``headers``: A dictionary of headers to be sent with every request

        ``timeout``: The maximum amount of a time a request can take (default ``DEFAULT_TIMEOUT``). API functions
        raise ``errors.APITimeoutError`` if this is exceeded; each call can override it with ``timeout=``.

        ``verify_ssl``: Whether or not to verify the SSL certificate of the API server. This should be True in production,
        but can be set to False for testing purposes.

        ``follow_redirects``: Whether or not to follow redirects. Default value is False.

        ``httpx_args``: A dictionary of additional arguments to be passed to the ``httpx.Client`` and ``httpx.AsyncClient`` constructor.
        A ``transport`` given here is wrapped by the retrying transport.

        ``max_retries``: Retries after the first attempt (default 2); each call can override it with ``max_retries=``.

        ``retry_policy``: Backoff, jitter, ``Retry-After`` cap and the (injectable) sleep functions.

    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    """Whether ``*_detailed`` functions raise the typed error (``errors.APIStatusError`` and its subclasses) for a status the spec does not document, instead of returning ``parsed=None``. The plain functions and the resource methods always raise it."""
    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx.Timeout | None = field(default=DEFAULT_TIMEOUT, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    max_retries: int = field(default=DEFAULT_MAX_RETRIES, kw_only=True)
    """Retries after the first attempt, for every call that does not pass its own ``max_retries``."""
    retry_policy: RetryPolicy = field(factory=RetryPolicy, kw_only=True)
    """How long to wait between attempts (see ``_retry.RetryPolicy``)."""
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.max_retries, int) or isinstance(self.max_retries, bool) or self.max_retries < 0:
            raise ValueError(f"max_retries must be a non-negative int, not {self.max_retries!r}")

    def _request_headers(self) -> dict[str, str]:
        """Headers sent with every request (hook: AuthenticatedClient adds the credential here, not to ``_headers``)."""
        return dict(self._headers)

    def _credential_headers(self) -> tuple[str, ...]:
        """Headers besides ``Authorization`` that carry a secret: the transport guards them on every hop."""
        return ()

    def _client_args(self) -> tuple[dict[str, Any], dict[str, Any]]:
        """(httpx client kwargs, default transport kwargs) from this client's settings."""
        args = dict(self._httpx_args)
        transport_args = {name: args.pop(name) for name in _TRANSPORT_ARGS if name in args}
        transport_args["verify"] = self._verify_ssl
        client_args = {
            "base_url": self._base_url,
            "cookies": self._cookies,
            "headers": self._request_headers(),
            "timeout": self._timeout,
            "follow_redirects": self._follow_redirects,
            **args,
        }
        return client_args, transport_args

    def with_headers(self, headers: dict[str, str]) -> Self:
        """Get a new client matching this one with additional headers"""
        if self._client is not None:
            self._client.headers.update(headers)
        if self._async_client is not None:
            self._async_client.headers.update(headers)
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        """Get a new client matching this one with additional cookies"""
        if self._client is not None:
            self._client.cookies.update(cookies)
        if self._async_client is not None:
            self._async_client.cookies.update(cookies)
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_options(
        self, *, max_retries: int | None = None, timeout: float | httpx.Timeout | None | Unset = UNSET
    ) -> Self:
        """A copy with other defaults for every call (``max_retries``, ``timeout``: seconds, an ``httpx.Timeout``
        or None for no limit). It shares this client's connection pool (its transport, once built), so closing
        either closes the pool of both."""
        changes: dict[str, Any] = {}
        if max_retries is not None:
            changes["max_retries"] = max_retries
        if not isinstance(timeout, Unset):
            changes["timeout"] = (
                timeout if timeout is None or isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
            )
        copy = evolve(self, **changes)
        # A new httpx client (its own defaults) over the same transport (the pool); the retry budget is per call.
        client_args, _ = copy._client_args()
        client_args.pop("transport", None)
        if self._client is not None:
            copy._client = httpx.Client(transport=self._client._transport, **client_args)
        if self._async_client is not None:
            copy._async_client = httpx.AsyncClient(transport=self._async_client._transport, **client_args)
        return copy

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        """Get a new client matching this one with a new timeout configuration"""
        if self._client is not None:
            self._client.timeout = timeout
        if self._async_client is not None:
            self._async_client.timeout = timeout
        return evolve(self, timeout=timeout)

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Manually set the underlying httpx.Client

        **NOTE**: This will override any other settings on the client, including cookies, headers, timeout and
        retries (wrap your transport in ``_retry.RetryTransport`` to keep them).
        """
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """Get the underlying httpx.Client, constructing a new one if not previously set"""
        if self._client is None:
            client_args, transport_args = self._client_args()
            inner = client_args.pop("transport", None) or httpx.HTTPTransport(**transport_args)
            self._client = httpx.Client(
                transport=RetryTransport(
                    inner,
                    max_retries=self.max_retries,
                    policy=self.retry_policy,
                    credential_headers=self._credential_headers(),
                ),
                **client_args,
            )
        return self._client

    def close(self) -> None:
        """Close the underlying httpx.Client (its connections)."""
        if self._client is not None:
            self._client.close()

    def __enter__(self) -> Self:
        """Enter a context manager for self.client—you cannot enter twice (see httpx docs)"""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for internal httpx.Client (see httpx docs)"""
        self.get_httpx_client().__exit__(*args, **kwargs)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Manually set the underlying httpx.AsyncClient

        **NOTE**: This will override any other settings on the client, including cookies, headers, timeout and
        retries (wrap your transport in ``_retry.AsyncRetryTransport`` to keep them).
        """
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Get the underlying httpx.AsyncClient, constructing a new one if not previously set"""
        if self._async_client is None:
            client_args, transport_args = self._client_args()
            inner = client_args.pop("transport", None) or httpx.AsyncHTTPTransport(**transport_args)
            self._async_client = httpx.AsyncClient(
                transport=AsyncRetryTransport(
                    inner,
                    max_retries=self.max_retries,
                    policy=self.retry_policy,
                    credential_headers=self._credential_headers(),
                ),
                **client_args,
            )
        return self._async_client

    async def aclose(self) -> None:
        """Close the underlying httpx.AsyncClient (its connections)."""
        if self._async_client is not None:
            await self._async_client.aclose()

    async def __aenter__(self) -> Self:
        """Enter a context manager for underlying httpx.AsyncClient—you cannot enter twice (see httpx docs)"""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for underlying httpx.AsyncClient (see httpx docs)"""
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)


@define
class AuthenticatedClient(Client):
    """A Client which has been authenticated for use on secured endpoints

    Takes the arguments of :class:`Client` plus ``token``. The token never appears in ``repr()`` and is
    only ever sent over ``https://`` (or plain ``http://`` to loopback, for local servers).
    """

    token: str = field(repr=False)
    """The token to use for authentication"""
    prefix: str = "Bearer"
    """The prefix to use for the Authorization header"""
    auth_header_name: str = "Authorization"
    """The name of the Authorization header"""

    def __attrs_post_init__(self) -> None:
        super().__attrs_post_init__()
        if not self.token:
            raise ValueError("token must not be empty")
        ensure_credentials_allowed(self._base_url)

    def _request_headers(self) -> dict[str, str]:
        credential = f"{self.prefix} {self.token}" if self.prefix else self.token
        return {**self._headers, self.auth_header_name: credential}

    def _credential_headers(self) -> tuple[str, ...]:
        return (self.auth_header_name,)

"""Credential hygiene: a secret only goes to ``https://`` or to this machine, and only to the origin it was meant for.

Copied into each generated client by ``nox -s generate`` from ``overrides/runtime/``. The client checks
its base URL when it is built, and the retrying transport checks every request again, redirect hops
included (a hand-set httpx client, a redirect or a mount can point elsewhere), so a secret never crosses
the network in clear text nor follows a redirect to another host, whatever header carries it.
"""

import ipaddress
from collections.abc import Collection

import httpx

ORIGIN_EXTENSION = "specfirst.origin"
"""Request extension: the URL of a call's first hop (httpx copies extensions onto every redirect hop)."""
_LOOPBACK_V4 = ipaddress.IPv4Network("127.0.0.0/8")
_LOOPBACK_V6 = ipaddress.IPv6Address("::1")


class InsecureTransportError(ValueError):
    """Raised instead of sending credentials over plain ``http://`` to a host other than loopback."""


def is_loopback_host(host: str) -> bool:
    """True only for ``localhost`` (any case, no trailing dot), an IPv4 address in ``127.0.0.0/8`` or ``::1``.

    Strict on purpose: ``localhost.`` is a fully qualified name a DNS server may answer, and spellings the
    resolver alone turns into an address (``127.1``, ``2130706433``, ``::ffff:127.0.0.1``) are refused.
    ``[::1]`` (the URL form) is accepted.
    """
    if host.lower() == "localhost":
        return True
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv4Address):
        return address in _LOOPBACK_V4
    return address == _LOOPBACK_V6 and address.scope_id is None


def ensure_credentials_allowed(url: httpx.URL | str) -> None:
    """Raise :class:`InsecureTransportError` unless credentials may be sent to ``url``."""
    parsed = url if isinstance(url, httpx.URL) else httpx.URL(url)
    if parsed.scheme == "https":
        return
    if parsed.scheme == "http" and is_loopback_host(parsed.host):
        return
    raise InsecureTransportError(
        f"refusing to send credentials to {parsed.scheme}://{parsed.host}: use https:// (plain http:// is allowed "
        "only to localhost/127.0.0.0/8/::1)"
    )


def _port(url: httpx.URL) -> int | None:
    return url.port or {"http": 80, "https": 443}.get(url.scheme)


def _may_keep_credentials(first: httpx.URL, hop: httpx.URL) -> bool:
    """httpx's rule for ``Authorization`` on a redirect: same origin, or the same host upgraded from http to https."""
    if (first.scheme, first.host, _port(first)) == (hop.scheme, hop.host, _port(hop)):
        return True
    upgrade = (first.scheme, _port(first), hop.scheme, _port(hop)) == ("http", 80, "https", 443)
    return first.host == hop.host and upgrade


def guard_credentials(request: httpx.Request, credential_headers: Collection[str]) -> None:
    """Check one hop of a call before it is sent; ``credential_headers`` are the (lower-case) names carrying secrets.

    A hop that left the first hop's origin loses those headers (httpx drops only ``Authorization``; a
    custom one such as ``X-Api-Key`` would follow the redirect), and a hop still carrying one is refused
    with :class:`InsecureTransportError` unless :func:`ensure_credentials_allowed` passes.
    """
    first = request.extensions.setdefault(ORIGIN_EXTENSION, request.url)
    if first is not request.url and not _may_keep_credentials(first, request.url):  # a redirect hop
        for name in credential_headers:
            request.headers.pop(name, None)
    for name in credential_headers:  # a plain loop, not any(genexpr): it runs on every request
        if name in request.headers:
            ensure_credentials_allowed(request.url)
            return


def redact(text: str, secrets: tuple[str, ...]) -> str:
    """``text`` with every occurrence of a secret replaced (a server may echo a token back)."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, "[redacted]")
    return text

"""Credential hygiene: a bearer secret only ever goes to ``https://`` or to this machine.

Hand-written (not generator output), the same in every client. The client checks
its base URL when it is built, and the retrying transport checks every request again (a hand-set httpx
client, a redirect or a mount can point elsewhere), so a secret never crosses the network in clear text.
"""

import ipaddress

import httpx


class InsecureTransportError(ValueError):
    """Raised instead of sending credentials over plain ``http://`` to a host other than loopback."""


def is_loopback(host: str) -> bool:
    """True for ``localhost`` and any loopback address (``127.0.0.0/8``, ``::1``)."""
    if host.lower() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def ensure_credentials_allowed(url: httpx.URL | str) -> None:
    """Raise :class:`InsecureTransportError` unless credentials may be sent to ``url``."""
    parsed = url if isinstance(url, httpx.URL) else httpx.URL(url)
    if parsed.scheme == "https":
        return
    if parsed.scheme == "http" and is_loopback(parsed.host):
        return
    raise InsecureTransportError(
        f"refusing to send credentials to {parsed.scheme}://{parsed.host}: use https:// (plain http:// is allowed "
        "only to localhost/127.0.0.1/::1)"
    )


def redact(text: str, secrets: tuple[str, ...]) -> str:
    """``text`` with every occurrence of a secret replaced (a server may echo a token back)."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, "[redacted]")
    return text

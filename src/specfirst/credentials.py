"""What a spec says about its credentials, read from its security scheme's extensions (written nowhere else).

- ``x-key-prefixes`` (Qonversion): environment -> key prefix (``sandbox``, ``production``); the prefix of a
  key selects the environment.
- ``x-non-production-hosts`` (Salesforce): ``hosts``, patterns ``*.<suffix>`` of the hosts of orgs that hold
  no production data.

The reference mock and the live suite's guards read them here; ``specfirst.generate`` hands them to the
generated clients as ``_credentials.py`` (:func:`client_module`) and to the templates (the client's README)
as the Jinja module ``_credentials.jinja`` (:func:`template_module`).
An extension that is malformed stops whoever reads it, naming the spec and the extension.
"""

import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

KEY_PREFIXES = "x-key-prefixes"
NON_PRODUCTION_HOSTS = "x-non-production-hosts"
_ANNOTATIONS = {"description", "x-provenance"}
_HOST_PATTERN = re.compile(r"\*(\.[a-z0-9-]+)+")


class CredentialsError(ValueError):
    """A credential extension of a spec is malformed."""


@dataclass(frozen=True)
class Credentials:
    key_prefixes: dict[str, str]
    """Environment -> key prefix, in spec order (empty when the spec declares none)."""
    non_production_hosts: tuple[str, ...]
    """Host suffixes (``.example.com`` for a pattern ``*.example.com``) of non-production servers (or none)."""

    @property
    def sandbox_prefix(self) -> str:
        """The prefix of sandbox keys; a spec that declares none has no sandbox key."""
        try:
            return self.key_prefixes["sandbox"]
        except KeyError:
            raise CredentialsError(f"the spec's {KEY_PREFIXES} names no sandbox prefix") from None


def of(document: dict[str, Any], name: str = "spec") -> Credentials:
    """The credentials of a parsed spec: the extensions of its one global security requirement's scheme."""
    requirements = document.get("security") or []
    if len(requirements) != 1 or len(requirements[0]) != 1:
        raise CredentialsError(f"{name}: exactly one global security requirement is supported")
    [scheme_name] = requirements[0]
    scheme = document["components"]["securitySchemes"][scheme_name]
    where = f"{name}: #/components/securitySchemes/{scheme_name}"
    prefixes = _values(scheme.get(KEY_PREFIXES, {}), f"{where}/{KEY_PREFIXES}")
    hosts = _values(scheme.get(NON_PRODUCTION_HOSTS, {}), f"{where}/{NON_PRODUCTION_HOSTS}")
    if any(not isinstance(v, str) or not v for v in prefixes.values()):
        raise CredentialsError(f"{where}/{KEY_PREFIXES}: every prefix must be a non-empty string")
    if set(hosts) - {"hosts"} or not isinstance(hosts.get("hosts", []), list):
        raise CredentialsError(f"{where}/{NON_PRODUCTION_HOSTS}: expected one list, `hosts`")
    patterns = hosts.get("hosts", [])
    bad = [p for p in patterns if not isinstance(p, str) or not _HOST_PATTERN.fullmatch(p)]
    if bad:
        raise CredentialsError(f"{where}/{NON_PRODUCTION_HOSTS}: {bad!r}: a host pattern is `*.` + a lower-case domain")
    return Credentials(dict(prefixes), tuple(p.removeprefix("*") for p in patterns))


def _values(extension: Any, where: str) -> dict[str, Any]:
    """An extension's values without its annotations (``description``, ``x-provenance``)."""
    if not isinstance(extension, dict):
        raise CredentialsError(f"{where}: must be an object")
    return {k: v for k, v in extension.items() if k not in _ANNOTATIONS}


@functools.cache
def load(path: Path) -> Credentials:
    """The credentials of the spec file at ``path`` (read once per process)."""
    return of(yaml.safe_load(path.read_text(encoding="utf-8")), path.name)


def client_module(document: dict[str, Any], name: str) -> str:
    """``_credentials.py`` of a generated client: the spec's credential facts as constants (those it has)."""
    credentials = of(document, name)
    lines = [f'"""The credentials of {name} (written by specfirst.generate from the spec; do not edit)."""', ""]
    if credentials.key_prefixes:
        environments = ", ".join(repr(e) for e in credentials.key_prefixes)
        lines += [
            "from typing import Literal",
            "",
            f"Environment = Literal[{environments}]",
            f"KEY_PREFIXES: dict[Environment, str] = {credentials.key_prefixes!r}",
            '"""Environment -> the prefix of its keys."""',
        ]
    if credentials.non_production_hosts:
        lines += [
            f"NON_PRODUCTION_HOST_SUFFIXES: tuple[str, ...] = {credentials.non_production_hosts!r}",
            '"""Host suffixes of servers that hold no production data."""',
        ]
    return "\n".join(lines) + "\n"


def template_module(document: dict[str, Any], name: str) -> str:
    """``_credentials.jinja``: ``{% from "_credentials.jinja" import KEY_PREFIXES %}`` in a template (the only
    credential fact a template shows)."""
    credentials = of(document, name)
    return "{% set KEY_PREFIXES = " + json.dumps(credentials.key_prefixes) + " %}\n"

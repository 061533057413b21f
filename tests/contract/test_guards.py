"""Live mode's guards with tables of hostile input: refused before any request, and at the transport."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx
import pytest
import requests
import yaml

from specfirst.__main__ import main
from specfirst.apis import APIS
from specfirst.contract import guards
from specfirst.contract.cleanup import deletable, delete_patterns
from specfirst.contract.targets import live_target

NOWHERE = "http://127.0.0.1:9/v4"  # nothing listens: a guard that let a request through would fail differently


@pytest.mark.parametrize(
    "key",
    [
        " test_sk_abc",
        "test_sk_abc ",
        "\ttest_sk_abc",
        "test_sk_\nabc",
        "test_sk_a\x00bc",
        "test_sk_a\u200bbc",  # zero-width space (a format character)
        "test_sk_a\u00a0bc",  # no-break space
    ],
)
def test_a_key_with_whitespace_or_control_characters_is_refused(key: str) -> None:
    with pytest.raises(guards.Refused, match="QONVERSION_SECRET_KEY is empty or contains whitespace") as caught:
        live_target("qonversion", {"QONVERSION_SECRET_KEY": key, "QONVERSION_BASE_URL": NOWHERE})
    assert key not in str(caught.value)


@pytest.mark.parametrize(
    "key", ["sk_live_abc", "SK_live_abc", "TEST_SK_abc", "test_SK_abc", "test-sk_abc", "xtest_sk_abc", "test_skabc"]
)
def test_only_exactly_test_sk_is_a_sandbox_key(key: str) -> None:
    with pytest.raises(guards.Refused, match="not a sandbox key"):
        live_target("qonversion", {"QONVERSION_SECRET_KEY": key, "QONVERSION_BASE_URL": NOWHERE})
    target = live_target(
        "qonversion", {"QONVERSION_SECRET_KEY": key, "QONVERSION_BASE_URL": NOWHERE}, allow_production=True
    )
    assert target.token == key


def test_a_second_key_is_guarded_too() -> None:
    env = {"QONVERSION_SECRET_KEY": "test_sk_a", "QONVERSION_SECRET_KEY_2": "sk_live_b", "QONVERSION_BASE_URL": NOWHERE}
    with pytest.raises(guards.Refused, match="QONVERSION_SECRET_KEY_2 is not a sandbox key"):
        live_target("qonversion", env)


@pytest.mark.parametrize(
    "url",
    [
        "http://api.qonversion.io/v4",
        "http://10.0.0.1/v4",
        "http://localhost.evil.example/v4",
        "http://127.0.0.1.nip.io/v4",
        "ftp://127.0.0.1/v4",
    ],
)
def test_plain_http_is_refused_except_to_loopback(url: str) -> None:
    with pytest.raises(guards.Refused, match="refusing to send credentials"):
        live_target("qonversion", {"QONVERSION_SECRET_KEY": "test_sk_a", "QONVERSION_BASE_URL": url})


@pytest.mark.parametrize("url", ["http://127.0.0.1:9/v4", "http://localhost:9/v4", "http://[::1]:9/v4"])
def test_plain_http_to_loopback_is_accepted(url: str) -> None:
    assert live_target("qonversion", {"QONVERSION_SECRET_KEY": "test_sk_a", "QONVERSION_BASE_URL": url}).live


def test_the_rule_is_the_clients_one() -> None:
    from qonversion_client import _security

    assert guards.security_rule() is _security


@pytest.mark.parametrize(
    "instance",
    [
        "https://acme.my.salesforce.com",
        "https://login.salesforce.com",
        "https://acme--uat.sandbox.my.salesforce.com.evil.example",
        "https://acme.sandbox.my.salesforce.com@evil.example",
        "https://sandbox.my.salesforce.com.example",
    ],
)
def test_salesforce_production_or_unknown_org_is_refused(instance: str) -> None:
    env = {"SALESFORCE_INSTANCE_URL": instance, "SALESFORCE_ACCESS_TOKEN": "00D000000000000AAA!x"}
    with pytest.raises(guards.Refused):
        live_target("salesforce", env)


@pytest.mark.parametrize(
    "instance",
    [
        "https://acme--uat.sandbox.my.salesforce.com",
        "https://acme--x1.scratch.my.salesforce.com",
        "https://acme-dev-ed.develop.my.salesforce.com",
        "http://127.0.0.1:9",
    ],
)
def test_salesforce_sandbox_scratch_developer_or_loopback_is_accepted(instance: str) -> None:
    env = {"SALESFORCE_INSTANCE_URL": instance, "SALESFORCE_ACCESS_TOKEN": "00D000000000000AAA!x"}
    assert live_target("salesforce", env).base_url == instance + "/services/data/v65.0"


def test_salesforce_production_org_is_accepted_with_allow_production() -> None:
    env = {"SALESFORCE_INSTANCE_URL": "https://acme.my.salesforce.com", "SALESFORCE_ACCESS_TOKEN": "00D0!x"}
    assert live_target("salesforce", env, allow_production=True).live


def use_variant(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, api: str, change: Callable[[Any], None]) -> None:
    """Make ``api``'s spec a copy with ``change`` applied, for everything that reads ``APIS``."""
    document = yaml.safe_load(APIS[api].spec.read_text(encoding="utf-8"))
    change(document["components"]["securitySchemes"])
    path = tmp_path / APIS[api].spec.name
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    monkeypatch.setitem(APIS, api, replace(APIS[api], spec=path))


def test_the_sandbox_prefix_is_the_specs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another ``x-key-prefixes`` sandbox prefix in the spec moves the guard with it."""
    use_variant(tmp_path, monkeypatch, "qonversion", lambda s: s["secretAuth"]["x-key-prefixes"].update(sandbox="sbx_"))
    assert live_target("qonversion", {"QONVERSION_SECRET_KEY": "sbx_abc", "QONVERSION_BASE_URL": NOWHERE}).live
    with pytest.raises(guards.Refused, match="those start with exactly 'sbx_'"):
        live_target("qonversion", {"QONVERSION_SECRET_KEY": "test_sk_abc", "QONVERSION_BASE_URL": NOWHERE})


def test_the_non_production_hosts_are_the_specs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another ``x-non-production-hosts`` list in the spec moves the guard with it."""
    use_variant(
        tmp_path,
        monkeypatch,
        "salesforce",
        lambda s: s["oauthBearer"]["x-non-production-hosts"].update(hosts=["*.qa.example.net"]),
    )
    env = {"SALESFORCE_INSTANCE_URL": "https://acme.qa.example.net", "SALESFORCE_ACCESS_TOKEN": "00D0!x"}
    assert live_target("salesforce", env).live
    env["SALESFORCE_INSTANCE_URL"] = "https://acme--uat.sandbox.my.salesforce.com"
    with pytest.raises(guards.Refused, match=r"\(\*\.qa\.example\.net\): refusing a possible production org"):
        live_target("salesforce", env)


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"QONVERSION_SECRET_KEY": " sk_live_x"}, "contains whitespace"),
        ({"QONVERSION_SECRET_KEY": "SK_live_x"}, "not a sandbox key"),
        ({"QONVERSION_SECRET_KEY": "test_sk_x", "QONVERSION_BASE_URL": "http://example.com/v4"}, "refusing to send"),
    ],
)
def test_the_command_refuses_before_any_request(
    env: dict[str, str],
    message: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    monkeypatch.setenv("QONVERSION_BASE_URL", NOWHERE)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert main(["contract", "--live", "qonversion", "--allow-writes", "--reports", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert message in err and env["QONVERSION_SECRET_KEY"] not in err
    assert not (tmp_path / "contract-junit.xml").exists()


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE", "TRACE", "CONNECT", "post", "Delete"])
def test_read_only_policy_refuses_every_write_at_the_transport(method: str) -> None:
    policy = guards.Policy("http://127.0.0.1:9", allow_writes=False)
    with pytest.raises(guards.Refused, match="read-only run"):
        policy.admit(method, "http://127.0.0.1:9/v4/segments")
    for safe in ("GET", "HEAD", "OPTIONS"):
        policy.admit(safe, "http://127.0.0.1:9/v4/segments")
    assert policy.sent == 3


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:10/v4/segments", "https://127.0.0.1:9/v4", "http://localhost:9/v4", "http://10.0.0.1:9/"]
)
def test_policy_refuses_any_other_origin(url: str) -> None:
    with pytest.raises(guards.Refused):
        guards.Policy("http://127.0.0.1:9", allow_writes=True).admit("GET", url)


def test_requests_transport_is_guarded_in_process() -> None:
    """schemathesis sends through requests: with the guard installed, a DELETE never reaches the socket."""
    guards.install(guards.Policy("http://127.0.0.1:9", allow_writes=False))
    try:
        with pytest.raises(guards.Refused, match="read-only run: refusing to send DELETE /v4/segments"):
            requests.delete("http://127.0.0.1:9/v4/segments", timeout=1)
        with pytest.raises(requests.ConnectionError):  # GET passes the guard, and meets the closed port
            requests.get("http://127.0.0.1:9/v4/segments", timeout=1)
    finally:
        guards.install(guards.Policy("http://127.0.0.1:9", allow_writes=True))


def test_guarded_httpx_transport() -> None:
    policy = guards.Policy("http://127.0.0.1:9", allow_writes=False)
    with httpx.Client(transport=guards.GuardedTransport(policy, 1000)) as client, pytest.raises(guards.Refused):
        client.post("http://127.0.0.1:9/v4/segments", json={})


@pytest.mark.parametrize(
    ("url", "path"),
    [
        ("/v4/segments/abc", "/v4/segments/abc"),
        ("http://127.0.0.1:9/v4/experiments/x/groups/y", "/v4/experiments/x/groups/y"),
        ("string", None),  # Prism's answer for a url field
        ("", None),
        ("https://evil.example/v4/segments/abc", None),
        ("/v4/segments", None),  # a collection: no DELETE template
        ("/v4/segments/abc/../../experiments", None),
        ("/v4/segments/abc?x=1", None),
        ("/other/segments/abc", None),
        ("http://[::1", None),  # unparsable
    ],
)
def test_cleanup_deletes_only_spec_paths_on_the_target(url: str, path: str | None) -> None:
    target = live_target("qonversion", {"QONVERSION_SECRET_KEY": "test_sk_a", "QONVERSION_BASE_URL": NOWHERE})
    assert deletable(url, "http://127.0.0.1:9", delete_patterns(target)) == path

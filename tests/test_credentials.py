"""The credential facts (key prefixes, non-production hosts): written once, in the specs, and read from there."""

import copy
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2
import pytest

from specfirst import credentials
from specfirst.apis import APIS, ROOT
from tests.spec_utils import load

QONVERSION = "#/components/securitySchemes/secretAuth"
SALESFORCE = "#/components/securitySchemes/oauthBearer"
# Allowed where a fact is followed by a letter or digit (a key or host: test data such as ``test_sk_bench``)
# or by ``...`` (a placeholder in an example).
_NOT_A_FACT = r"(?![A-Za-z0-9]|\.\.\.|…)"


def variant(api: str, change: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    document = copy.deepcopy(load(api))
    change(document)
    return document


def qonversion_scheme(document: dict[str, Any]) -> dict[str, Any]:
    scheme: dict[str, Any] = document["components"]["securitySchemes"]["secretAuth"]
    return scheme


def salesforce_scheme(document: dict[str, Any]) -> dict[str, Any]:
    scheme: dict[str, Any] = document["components"]["securitySchemes"]["oauthBearer"]
    return scheme


def test_the_facts_are_the_spec_extensions_values() -> None:
    qonversion = credentials.of(load("qonversion"))
    extension = qonversion_scheme(load("qonversion"))["x-key-prefixes"]
    assert qonversion.key_prefixes == {"production": extension["production"], "sandbox": extension["sandbox"]}
    assert qonversion.sandbox_prefix == extension["sandbox"]
    assert qonversion.non_production_hosts == ()
    salesforce = credentials.of(load("salesforce"))
    hosts = salesforce_scheme(load("salesforce"))["x-non-production-hosts"]["hosts"]
    assert [f"*{suffix}" for suffix in salesforce.non_production_hosts] == hosts
    assert salesforce.key_prefixes == {}
    with pytest.raises(credentials.CredentialsError, match="names no sandbox prefix"):
        salesforce.sandbox_prefix  # noqa: B018


def _fact_pattern(fact: str) -> re.Pattern[str]:
    if fact.startswith("."):  # a host suffix: anywhere, with or without its leading dot
        return re.compile(re.escape(fact[1:]))
    return re.compile(r"(?<![A-Za-z0-9_])" + re.escape(fact) + _NOT_A_FACT)


def test_the_spec_is_the_only_place_a_fact_is_written() -> None:
    """src/ and overrides/ (code, templates, docs) read the facts from the spec; generated/ is its output."""
    facts = [
        *credentials.load(APIS["qonversion"].spec).key_prefixes.values(),
        *credentials.load(APIS["salesforce"].spec).non_production_hosts,
    ]
    assert len(facts) == 5
    found = []
    for folder in ("src", "overrides"):
        for path in sorted((ROOT / folder).rglob("*")):
            relative = str(path.relative_to(ROOT))
            if not path.is_file() or path.suffix == ".pyc":
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                found += [f"{relative}:{number}: {fact!r}" for fact in facts if _fact_pattern(fact).search(line)]
    assert found == []


def test_the_checker_finds_a_typed_fact_and_allows_keys_and_placeholders() -> None:
    sandbox = credentials.load(APIS["qonversion"].spec).sandbox_prefix
    pattern = _fact_pattern(sandbox)
    assert pattern.search(f'PREFIX = "{sandbox}"')
    assert pattern.search(f"a ``{sandbox}`` key is a sandbox key")
    assert not pattern.search(f'TOKEN = "{sandbox}bench"')
    assert not pattern.search(f'secret_key="{sandbox}..."')
    assert _fact_pattern(".sandbox.my.salesforce.com").search('("acme--dev.sandbox.my.salesforce.com",)')


@pytest.mark.parametrize(
    ("api", "change", "named"),
    [
        ("qonversion", lambda d: qonversion_scheme(d).update({"x-key-prefixes": "test_sk_"}), "must be an object"),
        ("qonversion", lambda d: qonversion_scheme(d)["x-key-prefixes"].update(sandbox=""), "non-empty string"),
        ("qonversion", lambda d: qonversion_scheme(d)["x-key-prefixes"].update(sandbox=7), "non-empty string"),
        ("salesforce", lambda d: salesforce_scheme(d).update({"x-non-production-hosts": ["*.x.com"]}), "object"),
        ("salesforce", lambda d: salesforce_scheme(d)["x-non-production-hosts"].update(hosts="*.x.com"), "one list"),
        ("salesforce", lambda d: salesforce_scheme(d)["x-non-production-hosts"].update(extra=[]), "one list"),
        ("salesforce", lambda d: salesforce_scheme(d)["x-non-production-hosts"].update(hosts=["x.com"]), "'x.com'"),
        ("salesforce", lambda d: salesforce_scheme(d)["x-non-production-hosts"].update(hosts=["*x.com"]), "'\\*x"),
        ("salesforce", lambda d: salesforce_scheme(d)["x-non-production-hosts"].update(hosts=["*.X.com"]), "X.com"),
        ("salesforce", lambda d: salesforce_scheme(d)["x-non-production-hosts"].update(hosts=["*.a.*.com"]), "a.\\*"),
    ],
)
def test_a_malformed_extension_is_refused_naming_it(
    api: str, change: Callable[[dict[str, Any]], None], named: str
) -> None:
    where = {"qonversion": f"{QONVERSION}/x-key-prefixes", "salesforce": f"{SALESFORCE}/x-non-production-hosts"}
    with pytest.raises(credentials.CredentialsError, match=named) as caught:
        credentials.of(variant(api, change), "variant.yaml")
    assert str(caught.value).startswith(f"variant.yaml: {where[api]}")


def test_a_spec_with_other_than_one_security_requirement_is_refused() -> None:
    two = variant("qonversion", lambda d: d.update(security=[{"secretAuth": []}, {"secretAuth": []}]))
    with pytest.raises(credentials.CredentialsError, match=r"variant\.yaml: exactly one global security requirement"):
        credentials.of(two, "variant.yaml")


def test_the_generated_client_module_and_template_module_carry_a_changed_spec(tmp_path: Path) -> None:
    """What generate writes (``_credentials.py``, ``_credentials.jinja``) follows the spec's values."""
    changed = variant(
        "qonversion", lambda d: qonversion_scheme(d)["x-key-prefixes"].update(sandbox="sbx_", production="live_")
    )
    namespace: dict[str, Any] = {}
    exec(credentials.client_module(changed, "variant.yaml"), namespace)
    assert namespace["KEY_PREFIXES"] == {"production": "live_", "sandbox": "sbx_"}
    assert "NON_PRODUCTION_HOST_SUFFIXES" not in namespace
    loader = jinja2.DictLoader(
        {
            "_credentials.jinja": credentials.template_module(changed, "variant.yaml"),
            "readme": '{% from "_credentials.jinja" import KEY_PREFIXES %}{{ KEY_PREFIXES.sandbox }}...',
        }
    )
    assert jinja2.Environment(loader=loader).get_template("readme").render() == "sbx_..."
    hosts = variant("salesforce", lambda d: salesforce_scheme(d)["x-non-production-hosts"].update(hosts=["*.qa.x.io"]))
    namespace = {}
    exec(credentials.client_module(hosts, "variant.yaml"), namespace)
    assert namespace["NON_PRODUCTION_HOST_SUFFIXES"] == (".qa.x.io",)
    assert "KEY_PREFIXES" not in namespace

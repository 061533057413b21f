"""The vendor's reference pages (../shared/seeds) are the ground truth: every documented field,
type, nullability, required flag, enum, constraint, description and example must be in the spec."""

import re
from typing import Any

import pytest

from tests import seeds
from tests.spec_utils import deref, load, operation

SEED_FILES = sorted(seeds.SEEDS.glob("*.txt"))
QONVERSION_SEEDS = [p for p in SEED_FILES if p.name.startswith("qonversion")]
# The one documented departure from a seed example; the spec marks it x-provenance: contradiction.
ALIAS_ID_FIX = {"qonversion-v4-experiment-create.txt": ("alias_id", "<string>", "string")}


def test_every_seed_is_covered() -> None:
    assert [p.name for p in SEED_FILES] == [
        "qonversion-v4-experiment-create.txt",
        "qonversion-v4-experiment-status.txt",
        "qonversion-v4-integration-status.txt",
        "qonversion-v4-segment-create.txt",
        "salesforce-personalization-experiment-update.txt",
    ]


def endpoint(path_text: str) -> tuple[str, str, str]:
    """(api, method, spec path) of a seed page, read from the page itself."""
    if m := re.search(r"curl --request (\w+) \\\n\s+--url https://api\.qonversion\.io/v4(\S+) ", path_text):
        return "qonversion", m.group(1), m.group(2)
    method = re.search(r"HTTP method\n(\w+)", path_text)
    resource = re.search(r"Resource\n1(/\S+?)(\?|\n)", path_text)
    assert method and resource, "seed page names no method and resource"
    return "salesforce", method.group(1), resource.group(1).replace("${IdOrName}", "{IdOrName}")


def success(op: dict[str, Any]) -> dict[str, Any]:
    code = next(c for c in op["responses"] if c.startswith("2"))
    return op["responses"][code]


def media(spec: dict[str, Any], holder: dict[str, Any]) -> dict[str, Any]:
    return deref(spec, holder)["content"]["application/json"]


def example_values(spec: dict[str, Any], media_type: dict[str, Any]) -> list[Any]:
    return [deref(spec, e)["value"] for e in media_type.get("examples", {}).values()]


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.stem)
def test_seed_examples_are_spec_examples(seed: Any) -> None:
    api, method, path = endpoint(seed.read_text(encoding="utf-8"))
    spec = load(api)
    op, _ = operation(spec, method, path)
    request, response = seeds.examples(seed)
    if seed.name in ALIAS_ID_FIX:
        key, documented, used = ALIAS_ID_FIX[seed.name]
        assert request[key] == documented
        request = {**request, key: used}
    assert request in example_values(spec, media(spec, op["requestBody"]))
    assert response in example_values(spec, media(spec, success(op)))


def expected_type(seed_type: str) -> tuple[set[str], str | None]:
    m = seeds._TYPE.match(seed_type)
    assert m, seed_type
    base = "array" if m["array"] else (m["enum"] or m["base"])
    types = {base, "null"} if m["null"] else {base}
    return types, m["format"]


def field_schema(spec: dict[str, Any], method: str, path: str, field: seeds.SeedField) -> tuple[dict[str, Any], bool]:
    """The spec's schema for a seed field, and whether the spec marks it required."""
    op, params = operation(spec, method, path)
    if field.section in ("Path Parameters", "Headers"):
        where = "path" if field.section == "Path Parameters" else "header"
        param = next(p for p in params if p["name"] == field.name and p["in"] == where)
        return {**deref(spec, param["schema"]), "description": param.get("description", "")}, param["required"]
    holder = op["requestBody"] if field.section == "Body" else success(op)
    schema = deref(spec, media(spec, holder)["schema"])
    assert field.name in schema["properties"], f"{field.section} field {field.name} missing"
    return deref(spec, schema["properties"][field.name]), field.name in schema.get("required", [])


def _words(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize(
    ("seed", "field"),
    [(p, f) for p in QONVERSION_SEEDS for f in seeds.fields(p)],
    ids=lambda v: v.stem if hasattr(v, "stem") else f"{v.section}:{v.name}",
)
def test_seed_field_is_in_spec_exactly(seed: Any, field: seeds.SeedField) -> None:
    api, method, path = endpoint(seed.read_text(encoding="utf-8"))
    spec = load(api)
    schema, required = field_schema(spec, method, path, field)
    types, fmt = expected_type(field.type)
    declared = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
    assert set(declared) == types
    assert schema.get("format") == fmt
    assert required == field.required
    if field.type == "object[]":
        assert deref(spec, schema["items"])["type"] == "object"
    for keyword, documented in [
        ("maxLength", field.max_length),
        ("pattern", field.pattern),
        ("minimum", field.minimum),
    ]:
        if documented is not None or "x-provenance" not in schema:  # a constraint the table lacks must be marked
            assert schema.get(keyword) == documented, keyword
    assert schema.get("enum", []) == field.options
    if field.has_example:
        assert field.example in [*schema.get("examples", []), *([schema["example"]] if "example" in schema else [])]
    assert _words(field.description) in _words(schema.get("description", ""))


@pytest.mark.parametrize("seed", QONVERSION_SEEDS, ids=lambda p: p.stem)
def test_seed_security_text_states_the_specs_key_prefixes(seed: Any) -> None:
    """``x-key-prefixes`` (``x-provenance: documented``) is what every page's security text says."""
    prefixes = load("qonversion")["components"]["securitySchemes"]["secretAuth"]["x-key-prefixes"]
    text = " ".join(seed.read_text(encoding="utf-8").split())
    assert f"(prefixed with {prefixes['production']}, or {prefixes['sandbox']} for sandbox)" in text

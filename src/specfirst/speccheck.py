"""Checks a spec before anything is generated from it.

Three passes, each reporting ``file:line: location: reason``:
1. the OpenAPI 3.1 structure, with openapi-spec-validator;
2. every schema object against the JSON Schema 2020-12 meta-schema (openapi-spec-validator reports
   schema errors relative to the schema only, so this pass is what locates them);
3. every example (media type, parameter, header and schema ``examples``) against its schema, with
   format checking on.
"""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
from openapi_spec_validator import OpenAPIV31SpecValidator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from .specfile import Problem, SpecError, SpecFile

_SPEC_URI = "urn:specfirst:spec"
_TOP_LEVEL = {"openapi", "info", "jsonSchemaDialect", "servers", "paths", "webhooks", "components", "security", "tags"}
# Keywords whose value is a schema, a list of schemas or a map of schemas.
_SUBSCHEMA = {"items", "not", "additionalProperties", "contains", "propertyNames", "if", "then", "else"}
_SUBSCHEMA_LISTS = {"allOf", "anyOf", "oneOf", "prefixItems"}
_SUBSCHEMA_MAPS = {"properties", "patternProperties", "$defs", "dependentSchemas"}

Pointer = tuple[str | int, ...]


def format_checker() -> jsonschema.FormatChecker:
    """The 2020-12 format checker, refusing to run if ``date-time`` would silently pass anything."""
    checker: jsonschema.FormatChecker = jsonschema.Draft202012Validator.FORMAT_CHECKER
    if "date-time" not in checker.checkers:
        raise RuntimeError("format date-time is not checked: install rfc3339-validator")
    return checker


def check_spec(path: Path) -> SpecFile:
    """Load and check a spec; raise :class:`SpecError` listing every problem found."""
    spec = SpecFile(path)
    schema = list(schema_problems(spec))
    structure = [p for p in structure_problems(spec) if p.location != "#" or not schema]
    # Examples are only checked against schemas that are themselves valid.
    problems = [*structure, *schema] or list(example_problems(spec))
    if problems:
        raise SpecError(problems)
    return spec


def structure_problems(spec: SpecFile) -> Iterator[Problem]:
    if not isinstance(spec.data, dict) or not str(spec.data.get("openapi", "")).startswith("3.1"):
        yield spec.problem([], "not an OpenAPI 3.1 document (`openapi: 3.1.x` expected)")
        return
    for error in OpenAPIV31SpecValidator(spec.data).iter_errors():
        parts = list(error.absolute_path)
        if not parts or parts[0] not in _TOP_LEVEL:
            parts = []  # relative to an unknown schema: pass 2 locates it, and this copy is dropped
        yield spec.problem(parts, error.message)


def iter_schemas(spec: SpecFile) -> Iterator[tuple[Pointer, Any]]:
    """Every schema object of the document with its pointer (components, parameters, media types)."""

    def in_schema(node: Any, ptr: Pointer) -> Iterator[tuple[Pointer, Any]]:
        if not isinstance(node, dict):
            return
        yield ptr, node
        for key, value in node.items():
            if key in _SUBSCHEMA:
                yield from in_schema(value, (*ptr, key))
            elif key in _SUBSCHEMA_LISTS and isinstance(value, list):
                for i, item in enumerate(value):
                    yield from in_schema(item, (*ptr, key, i))
            elif key in _SUBSCHEMA_MAPS and isinstance(value, dict):
                for name, item in value.items():
                    yield from in_schema(item, (*ptr, key, name))

    def in_document(node: Any, ptr: Pointer) -> Iterator[tuple[Pointer, Any]]:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "schema" and isinstance(value, dict):
                    yield from in_schema(value, (*ptr, key))
                elif ptr == ("components",) and key == "schemas" and isinstance(value, dict):
                    for name, schema in value.items():
                        yield from in_schema(schema, (*ptr, key, name))
                elif key != "example" and key != "examples":
                    yield from in_document(value, (*ptr, key))
        elif isinstance(node, list):
            for i, item in enumerate(node):
                yield from in_document(item, (*ptr, i))

    yield from in_document(spec.data, ())


def schema_problems(spec: SpecFile) -> Iterator[Problem]:
    meta = jsonschema.Draft202012Validator(jsonschema.Draft202012Validator.META_SCHEMA)
    for ptr, schema in iter_schemas(spec):
        for error in meta.iter_errors(schema):
            yield spec.problem([*ptr, *error.absolute_path], f"invalid schema: {error.message}")


def _pointer(ptr: Pointer) -> str:
    return "/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in ptr)


def _resolve(spec: SpecFile, node: Any) -> tuple[Any, Pointer | None]:
    """Follow a local ``$ref`` (e.g. to ``#/components/examples/X``); return the node and its pointer."""
    if isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        parts: list[str | int] = []
        target: Any = spec.data
        for raw in node["$ref"][2:].split("/"):
            part: str | int = raw.replace("~1", "/").replace("~0", "~")
            if isinstance(target, list):
                part = int(part)
            target = target[part]
            parts.append(part)
        return target, tuple(parts)
    return node, None


def iter_examples(spec: SpecFile) -> Iterator[tuple[Pointer, Any, Pointer]]:
    """Every example value with its own pointer and the pointer of the schema it must satisfy."""

    def walk(node: Any, ptr: Pointer) -> Iterator[tuple[Pointer, Any, Pointer]]:
        if isinstance(node, dict):
            if isinstance(node.get("schema"), dict):
                schema_ptr = (*ptr, "schema")
                if "example" in node:
                    yield (*ptr, "example"), node["example"], schema_ptr
                for name, example in (node.get("examples") or {}).items():
                    example, target = _resolve(spec, example)
                    if isinstance(example, dict) and "value" in example:
                        yield (*(target or (*ptr, "examples", name)), "value"), example["value"], schema_ptr
            for key, value in node.items():
                if key not in ("example", "examples", "schema"):
                    yield from walk(value, (*ptr, key))
        elif isinstance(node, list):
            for i, item in enumerate(node):
                yield from walk(item, (*ptr, i))

    yield from walk(spec.data, ())
    for ptr, schema in iter_schemas(spec):
        for i, example in enumerate(schema.get("examples") or []):
            yield (*ptr, "examples", i), example, ptr
        if "example" in schema:
            yield (*ptr, "example"), schema["example"], ptr


def example_problems(spec: SpecFile) -> Iterator[Problem]:
    resource = Resource.from_contents(spec.data, default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource(_SPEC_URI, resource)
    checker = format_checker()
    for example_ptr, value, schema_ptr in iter_examples(spec):
        validator = jsonschema.Draft202012Validator(
            {"$ref": f"{_SPEC_URI}#{_pointer(schema_ptr)}"}, registry=registry, format_checker=checker
        )
        for error in validator.iter_errors(value):
            where = "".join(f"[{p!r}]" for p in error.absolute_path) or "(root)"
            yield spec.problem(
                [*example_ptr, *error.absolute_path],
                f"example does not match schema {_pointer(schema_ptr)}: at {where}: {error.message}",
            )

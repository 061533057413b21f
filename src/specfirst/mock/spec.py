"""The mock's view of a spec: routes, parameters, body and response validators, all read from ``openapi/``.

Validation goes through jsonschema-rs (a compiled JSON Schema 2020-12 validator) on the spec's own schemas,
registered as one document so ``$ref`` resolves once at compile time: the hot path of every request is
validation, and a compiled validator keeps it cheap. Like stripe-mock, the loader refuses a spec that uses a
schema keyword or an OpenAPI feature the mock does not implement, naming it, instead of silently ignoring it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import jsonschema_rs
import yaml

SPEC_URI = "urn:specfirst:spec"

SCHEMA_KEYWORDS = frozenset(
    {
        # validation keywords the mock relies on jsonschema-rs for
        "$ref",
        "type",
        "properties",
        "required",
        "items",
        "enum",
        "allOf",
        "additionalProperties",
        "maxLength",
        "minLength",
        "pattern",
        "minimum",
        "maximum",
        "minItems",
        "maxItems",
        "format",
        # annotations
        "description",
        "examples",
        "default",
        "title",
    }
)
FORMATS = frozenset({"date-time"})
OPERATION_KEYS = frozenset(
    {"operationId", "summary", "description", "tags", "parameters", "requestBody", "responses", "deprecated"}
)
# `example`/`examples` are documentation (and schemathesis input): the mock has nothing to do with them.
PARAMETER_KEYS = frozenset(
    {"name", "in", "required", "description", "schema", "style", "explode", "example", "examples", "$ref"}
)
PARAMETER_STYLES = {"path": {"simple"}, "query": {"form"}, "header": {"simple"}}
MEDIA_TYPE = "application/json"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


class UnsupportedSpec(Exception):
    """The spec uses something the mock does not implement; the message names it and where."""


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str
    required: bool
    schema: dict[str, Any]
    explode: bool
    validator: Any


@dataclass
class Operation:
    operation_id: str
    method: str
    path: str
    """Path template as written in the spec, e.g. ``/experiments/{experiment_id}``."""
    parameters: list[Parameter]
    body_required: bool
    body_validator: Any | None
    statuses: frozenset[int]
    body_schema: dict[str, Any] | None = None
    response_validators: dict[int, Any] = field(default_factory=dict)


@dataclass
class Route:
    """One path template of the spec and the operations on it."""

    template: str
    regex: re.Pattern[str]
    literal_segments: int
    operations: dict[str, Operation]


class Spec:
    """A loaded spec: its document, base path, security scheme, routes and compiled validators."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.document: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
        self.registry = jsonschema_rs.Registry([(SPEC_URI, self.document)])
        self._check_schemas()
        self.base_path = self._base_path()
        self.security_scheme = self._security()
        self.routes = self._routes()
        self.operations = {op.operation_id: op for route in self.routes for op in route.operations.values()}

    # -- compilation --------------------------------------------------------------------------------------

    def validator(self, pointer: str) -> Any:
        """A compiled validator for the schema at ``pointer`` (a JSON pointer into the spec)."""
        return jsonschema_rs.validator_for(
            {"$ref": f"{SPEC_URI}#{quote(pointer, safe='/~')}"}, registry=self.registry, validate_formats=True
        )

    def resolve(self, node: Any) -> Any:
        """``node`` with a local ``$ref`` followed (a reference object's own keys are annotations)."""
        while isinstance(node, dict) and "$ref" in node:
            node = self.pointer(node["$ref"].removeprefix("#"))
        return node

    def pointer(self, pointer: str) -> Any:
        target: Any = self.document
        for part in pointer.strip("/").split("/") if pointer.strip("/") else []:
            key = part.replace("~1", "/").replace("~0", "~")
            target = target[int(key)] if isinstance(target, list) else target[key]
        return target

    def schema(self, name: str) -> dict[str, Any]:
        """A named component schema (for the handlers to read annotations such as examples)."""
        schema: dict[str, Any] = self.document["components"]["schemas"][name]
        return schema

    def _check_schemas(self) -> None:
        for where, schema in self._walk_schemas():
            self._check_schema(schema, where)

    def _walk_schemas(self) -> Iterator[tuple[str, Any]]:
        components = self.document.get("components", {})
        for name, schema in components.get("schemas", {}).items():
            yield f"#/components/schemas/{name}", schema
        for path, item in self.document.get("paths", {}).items():
            for method, op in item.items():
                if method == "parameters":
                    for index, parameter in enumerate(op):
                        yield f"#/paths/{path}/parameters/{index}/schema", parameter.get("schema", {})
                    continue
                for index, parameter in enumerate(op.get("parameters", [])):
                    yield f"#/paths/{path}/{method}/parameters/{index}/schema", parameter.get("schema", {})
        for kind in ("parameters", "headers"):
            for name, item in components.get(kind, {}).items():
                yield f"#/components/{kind}/{name}/schema", item.get("schema", {})

    def _check_schema(self, schema: Any, where: str) -> None:
        if not isinstance(schema, dict):
            raise UnsupportedSpec(f"{self.path.name}: {where}: a schema must be an object")
        for keyword, value in schema.items():
            if keyword.startswith("x-"):
                continue
            if keyword not in SCHEMA_KEYWORDS:
                raise UnsupportedSpec(f"{self.path.name}: {where}: schema keyword {keyword!r} is not supported")
            if keyword == "format" and value not in FORMATS:
                raise UnsupportedSpec(f"{self.path.name}: {where}: format {value!r} is not supported")
            if keyword == "$ref" and not str(value).startswith("#/"):
                raise UnsupportedSpec(f"{self.path.name}: {where}: only local $ref is supported, not {value!r}")
        for name, sub in schema.get("properties", {}).items():
            self._check_schema(sub, f"{where}/properties/{name}")
        for index, sub in enumerate(schema.get("allOf", [])):
            self._check_schema(sub, f"{where}/allOf/{index}")
        for keyword in ("items", "additionalProperties"):
            if isinstance(schema.get(keyword), dict):
                self._check_schema(schema[keyword], f"{where}/{keyword}")

    def _base_path(self) -> re.Pattern[str]:
        """The first server's path as a regex; server variables match one path segment."""
        servers = self.document.get("servers") or [{"url": "/"}]
        url = urlsplit(servers[0]["url"].replace("{", "%7B").replace("}", "%7D")).path
        url = url.replace("%7B", "{").replace("%7D", "}").rstrip("/")
        return re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(url)))

    def _security(self) -> str:
        schemes = self.document.get("components", {}).get("securitySchemes", {})
        requirement = self.document.get("security") or []
        if len(requirement) != 1 or len(requirement[0]) != 1:
            raise UnsupportedSpec(f"{self.path.name}: exactly one global security requirement is supported")
        (name,) = requirement[0]
        scheme = schemes[name]
        if scheme.get("type") != "http" or scheme.get("scheme", "").lower() != "bearer":
            raise UnsupportedSpec(f"{self.path.name}: security scheme {name!r}: only http bearer is supported")
        return str(name)

    def _routes(self) -> list[Route]:
        routes = []
        for template, item in self.document.get("paths", {}).items():
            shared = item.get("parameters", [])
            operations = {}
            for method, op in item.items():
                if method in ("parameters", "summary", "description"):
                    continue
                if method not in HTTP_METHODS:
                    raise UnsupportedSpec(f"{self.path.name}: #/paths/{template}: {method!r} is not supported")
                operations[method.upper()] = self._operation(template, method, op, shared)
            regex = re.compile("^" + re.sub(r"\\\{([^}]+)\\\}", r"(?P<\1>[^/]+)", re.escape(template)) + "$")
            literal = sum(1 for part in template.split("/") if part and "{" not in part)
            routes.append(Route(template, regex, literal, operations))
        # Literal segments win over templated ones: /segments/system before /segments/{segment_id}.
        routes.sort(key=lambda r: (-r.literal_segments, r.template))
        return routes

    def _operation(self, template: str, method: str, op: dict[str, Any], shared: list[Any]) -> Operation:
        where = f"{self.path.name}: #/paths/{template}/{method}"
        for key in op:
            if key not in OPERATION_KEYS and not key.startswith("x-"):
                raise UnsupportedSpec(f"{where}: operation field {key!r} is not supported")
        parameters = []
        base = f"/paths/{template.replace('~', '~0').replace('/', '~1')}"
        refs = [(f"{base}/parameters/{i}", p) for i, p in enumerate(shared)]
        refs += [(f"{base}/{method}/parameters/{i}", p) for i, p in enumerate(op.get("parameters", []))]
        for pointer, ref in refs:
            if "$ref" in ref:
                pointer = ref["$ref"].removeprefix("#")
            parameter = self.resolve(ref)
            for key in parameter:
                if key not in PARAMETER_KEYS and not key.startswith("x-"):
                    raise UnsupportedSpec(f"{where}: parameter field {key!r} is not supported")
            location = parameter["in"]
            if location not in PARAMETER_STYLES:
                raise UnsupportedSpec(f"{where}: parameters in {location!r} are not supported")
            style = parameter.get("style", "form" if location == "query" else "simple")
            if style not in PARAMETER_STYLES[location]:
                raise UnsupportedSpec(f"{where}: parameter style {style!r} in {location} is not supported")
            schema = self.resolve(parameter["schema"])
            if schema.get("type") == "array" and location != "query":
                raise UnsupportedSpec(f"{where}: array parameters in {location} are not supported")
            explode = bool(parameter.get("explode", style == "form"))
            if schema.get("type") == "array" and not explode:
                raise UnsupportedSpec(f"{where}: non-exploded array parameters are not supported")
            parameters.append(
                Parameter(
                    name=parameter["name"],
                    location=location,
                    required=bool(parameter.get("required", False)),
                    schema=schema,
                    explode=explode,
                    validator=self.validator(f"{pointer}/schema"),
                )
            )
        body_validator = None
        body_required = False
        body_schema = None
        if "requestBody" in op:
            body = self.resolve(op["requestBody"])
            content = body.get("content", {})
            if set(content) != {MEDIA_TYPE}:
                raise UnsupportedSpec(f"{where}: request media types {sorted(content)} are not supported")
            body_required = bool(body.get("required", False))
            body_schema = content[MEDIA_TYPE]["schema"]
            body_validator = self.validator(
                f"{base}/{method}/requestBody/content/{MEDIA_TYPE.replace('/', '~1')}/schema"
            )
        statuses = frozenset(int(code) for code in op["responses"])
        operation = Operation(
            op["operationId"],
            method.upper(),
            template,
            parameters,
            body_required,
            body_validator,
            statuses,
            body_schema,
        )
        for code, response in op["responses"].items():
            response = self.resolve(response)
            content = response.get("content", {})
            if content and set(content) != {MEDIA_TYPE}:
                raise UnsupportedSpec(f"{where}: response {code}: media types {sorted(content)} are not supported")
            if content:
                ref = op["responses"][code]
                pointer = ref["$ref"].removeprefix("#") if "$ref" in ref else f"{base}/{method}/responses/{code}"
                operation.response_validators[int(code)] = self.validator(
                    f"{pointer}/content/{MEDIA_TYPE.replace('/', '~1')}/schema"
                )
        return operation

    def properties(self, schema: Any) -> dict[str, Any]:
        """The declared properties of an object schema, through ``$ref`` and ``allOf``."""
        schema = self.resolve(schema)
        found: dict[str, Any] = {}
        for part in schema.get("allOf", []):
            found.update(self.properties(part))
        found.update(schema.get("properties", {}))
        return found

    def known_fields(self, schema: Any, value: dict[str, Any]) -> dict[str, Any]:
        """``value`` restricted to the schema's declared properties, with the schema's defaults filled in."""
        result: dict[str, Any] = {}
        for name, sub in self.properties(schema).items():
            if name in value:
                result[name] = self.with_defaults(sub, value[name])
            elif "default" in self.resolve(sub):
                result[name] = self.resolve(sub)["default"]
        return result

    def with_defaults(self, schema: Any, value: Any) -> Any:
        """A copy of ``value`` keeping declared properties only, with the defaults of absent ones filled in."""
        resolved = self.resolve(schema)
        if isinstance(value, dict) and self.properties(resolved):
            return self.known_fields(resolved, value)
        if isinstance(value, list) and isinstance(resolved.get("items"), dict):
            return [self.with_defaults(resolved["items"], item) for item in value]
        return value

    def match(self, path: str) -> tuple[Route, dict[str, str]] | None:
        """The route for a path relative to the base path, and its raw (still percent-encoded) path values."""
        for route in self.routes:
            found = route.regex.match(path)
            if found:
                return route, found.groupdict()
        return None

    def enum(self, schema_name: str, *properties: str) -> list[Any]:
        """The enum of a named schema or of one of its nested properties (for checking semantic tables)."""
        node: Any = self.schema(schema_name)
        for prop in properties:
            node = self.resolve(node)["properties"][prop]
        values: list[Any] = self.resolve(node)["enum"]
        return values

    def object_name(self, schema_name: str) -> str:
        """The ``object`` discriminator value of a resource, from its schema's documented example."""
        value: str = self.schema(schema_name)["properties"]["object"]["examples"][0]
        return value

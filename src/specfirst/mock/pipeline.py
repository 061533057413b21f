"""Request handling, top to bottom like stripe-mock's ``HandleRequest``.

faults -> credentials -> route -> parse parameters -> validate -> build the response -> write it.
Each stage either returns what the next one needs or raises ``ApiError``, which the vendor turns into its
own documented error shape. Everything about the API comes from the spec (``spec.Spec``) or from the
vendor module's handlers; this module knows no field of either API.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol
from urllib.parse import parse_qsl, quote, unquote

import jsonschema_rs

from . import errors, jsonbody
from .errors import ApiError
from .faults import Drop, Faults
from .limits import Limits
from .spec import MEDIA_TYPE, Operation, Parameter, Spec
from .state import IdempotencyRecord, Store, Stores

IDEMPOTENCY_HEADER = "idempotency-key"
WRITES = frozenset({"POST", "PUT", "PATCH"})
"""Methods that may add items to a store (refused once it holds ``limits.max_items_per_tenant``)."""
RECORDED = frozenset(
    {errors.INVALID, errors.MALFORMED_BODY, errors.UNKNOWN_ROUTE, errors.METHOD_NOT_ALLOWED, errors.UNAUTHORIZED}
)
"""Refusals that mean the request does not follow the spec (kept in the violation log)."""
INTEGER = re.compile(r"^-?[0-9]+$")
NUMBER = re.compile(r"^-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?$")


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    """The path as sent on the wire (still percent-encoded), without the query string."""
    query: str
    headers: dict[str, str]
    """Header names lower-cased."""
    body: bytes


@dataclass
class Reply:
    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)

    def encode(self) -> bytes:
        if self.body is None:
            return b""
        return json.dumps(self.body, ensure_ascii=False, separators=(",", ":")).encode()


@dataclass
class Call:
    """What a handler gets: the validated request and the caller's store (whose lock is held)."""

    mock: MockApi
    op: Operation
    store: Store
    path: dict[str, Any]
    query: dict[str, Any]
    headers: dict[str, Any]
    body: Any
    now: datetime

    def url(self, template: str, **values: str) -> str:
        """Canonical path of a resource: the spec's base path plus one of the spec's path templates."""
        return self.mock.url(template, **values)


Handler = Callable[[Call], Reply]


class Vendor(Protocol):
    """What one API adds to the generic pipeline."""

    name: str
    handlers: dict[str, Handler]

    def well_formed(self, token: str) -> bool: ...

    def error_body(self, error: ApiError) -> Any: ...

    def check(self, spec: Spec) -> None: ...

    def prepare(self, store: Store, mock: MockApi) -> None: ...


class MockBug(AssertionError):
    """The mock answered something its own spec does not allow: a defect of the mock, never of the caller."""


@dataclass(frozen=True)
class Violation:
    """A request the mock refused because it does not follow the spec."""

    method: str
    path: str
    status: int
    message: str
    fields: list[tuple[str, str]]

    def __str__(self) -> str:
        detail = "; ".join(f"{f}: {m}" for f, m in self.fields)
        return f"{self.method} {self.path} -> {self.status} {self.message}" + (f" ({detail})" if detail else "")


class MockApi:
    """One API's mock: the spec, the vendor's handlers, per-credential state, faults and recorded violations.

    ``faults`` hits every request (for in-process use, where one test owns the mock); each credential's
    store has faults of its own (the served control endpoint's). ``violations`` lists every credential's
    refused requests and those with no valid credential, oldest first; ``violations_of`` one credential's.
    """

    def __init__(
        self,
        spec: Spec,
        vendor: Vendor,
        *,
        validate_responses: bool = True,
        clock: Callable[[], datetime] | None = None,
        limits: Limits | None = None,
    ) -> None:
        self.spec = spec
        self.vendor = vendor
        self.validate_responses = validate_responses
        self.clock = clock or (lambda: datetime.now(UTC))
        self.limits = limits or Limits()
        self.stores = Stores(self.limits)
        self.faults = Faults(self.limits.max_faults, self.limits.max_retry_after)
        self.anonymous: deque[tuple[int, Violation]] = deque(maxlen=self.limits.max_violations_per_tenant)
        """Refused requests that carried no valid credential."""
        self._numbers = itertools.count()
        vendor.check(spec)
        for name, op in spec.operations.items():
            if name not in vendor.handlers:
                raise NotImplementedError(f"{vendor.name}: no handler for operation {name} ({op.method} {op.path})")

    # -- the pipeline -----------------------------------------------------------------------------------------

    def handle(self, request: Request, *, faults: bool = True) -> Reply | Drop:
        credential = self.credential(request.headers)
        fault = self.take_fault(credential) if faults else None
        if isinstance(fault, Drop):
            return fault
        try:
            if fault is not None:
                raise fault
            if credential is None:
                raise ApiError(401, errors.UNAUTHORIZED, "Missing or invalid Bearer token")
            op, raw_path_values = self.route(request)
            path, query, headers = self.parse_parameters(op, request, raw_path_values)
            body = self.parse_body(op, request)
            reply = self.respond(credential, op, path, query, headers, body)
        except ApiError as error:
            if error.code in RECORDED:
                self.record(
                    credential, Violation(request.method, request.path, error.status, error.message, error.fields)
                )
            reply = self.error_reply(error)
        return reply

    def credential(self, headers: dict[str, str]) -> str | None:
        """The bearer token in ``Authorization``, or None: missing, not a bearer, or not shaped like the
        vendor's tokens."""
        scheme, _, token = headers.get("authorization", "").partition(" ")
        token = token.strip()
        if scheme.lower() != "bearer" or not token or not self.vendor.well_formed(token):
            return None
        return token

    def take_fault(self, credential: str | None) -> ApiError | Drop | None:
        fault = self.faults.take()
        if fault is None and credential is not None:
            store = self.stores.peek(credential)
            fault = store.faults.take() if store is not None else None
        return fault

    def error_reply(self, error: ApiError) -> Reply:
        return Reply(error.status, self.vendor.error_body(error), dict(error.headers))

    def record(self, credential: str | None, violation: Violation) -> None:
        ring = self.anonymous if credential is None else self.stores.get(credential).violations
        ring.append((next(self._numbers), violation))

    @property
    def violations(self) -> list[Violation]:
        """Every refused request still remembered, of every credential and none, oldest first."""
        rings = [self.anonymous, *(store.violations for store in self.stores.all())]
        return [v for _, v in sorted(entry for ring in rings for entry in list(ring))]

    def violations_of(self, credential: str) -> list[Violation]:
        store = self.stores.peek(credential)
        return [v for _, v in store.violations] if store is not None else []

    def route(self, request: Request) -> tuple[Operation, dict[str, str]]:
        base = self.spec.base_path.match(request.path)
        found = self.spec.match(request.path[base.end() :]) if base else None
        if found is None:
            raise ApiError(404, errors.UNKNOWN_ROUTE, f"Unrecognized request URL ({request.method} {request.path})")
        route, values = found
        op = route.operations.get(request.method.upper())
        if op is None:
            allowed = ", ".join(route.operations)
            raise ApiError(
                405,
                errors.METHOD_NOT_ALLOWED,
                f"HTTP method {request.method} not allowed; allowed are {allowed}",
                headers={"Allow": allowed},
            )
        return op, values

    def parse_parameters(
        self, op: Operation, request: Request, raw_path_values: dict[str, str]
    ) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
        """Path, query and header values converted to their schema's type and validated against it."""
        query_pairs: dict[str, list[str]] = {}
        for key, value in parse_qsl(request.query, keep_blank_values=True):
            query_pairs.setdefault(key, []).append(value)
        parsed: dict[str, dict[str, Any]] = {"path": {}, "query": {}, "header": {}}
        problems: list[tuple[str, str]] = []
        for parameter in op.parameters:
            if parameter.location == "path":
                raw: list[str] = [unquote(raw_path_values[parameter.name])]
            elif parameter.location == "query":
                raw = query_pairs.get(parameter.name, [])
            else:
                header = request.headers.get(parameter.name.lower())
                raw = [] if header is None else [header]
            if not raw:
                if parameter.required:
                    problems.append((parameter.name, "Required"))
                elif "default" in parameter.schema:
                    parsed[parameter.location][parameter.name] = parameter.schema["default"]
                continue
            try:
                value = convert(parameter, raw, self.spec)
            except ValueError as exc:
                problems.append((parameter.name, str(exc)))
                continue
            problems += [(parameter.name, short(e.message)) for e in parameter.validator.iter_errors(value)]
            parsed[parameter.location][parameter.name] = value
        if problems:
            raise ApiError(400, errors.INVALID, "Validation failed", problems)
        return parsed["path"], parsed["query"], parsed["header"]

    def parse_body(self, op: Operation, request: Request) -> Any:
        if op.body_validator is None:
            return None
        if not request.body.strip():
            if op.body_required:
                raise ApiError(400, errors.INVALID, "Validation failed", [("body", "Required")])
            return None
        media = request.headers.get("content-type", MEDIA_TYPE).split(";")[0].strip().lower()
        if media != MEDIA_TYPE:
            raise ApiError(400, errors.MALFORMED_BODY, f"Content-Type must be {MEDIA_TYPE}, not {media!r}")
        try:
            body = jsonbody.loads(request.body, self.limits.max_json_depth)
        except jsonbody.BadJson as exc:
            raise ApiError(400, errors.MALFORMED_BODY, f"Request body is not valid JSON: {exc}") from None
        problems = [(field_name(e), short(e.message)) for e in op.body_validator.iter_errors(body)]
        if problems:
            raise ApiError(400, errors.INVALID, "Validation failed", problems)
        return body

    def respond(
        self,
        credential: str,
        op: Operation,
        path: dict[str, Any],
        query: dict[str, Any],
        headers: dict[str, Any],
        body: Any,
    ) -> Reply:
        """Run the operation's handler under the caller's lock, replaying an ``Idempotency-Key`` if one is set."""
        store = self.store(credential)
        key = next((v for k, v in headers.items() if k.lower() == IDEMPOTENCY_HEADER), None)
        with store.lock:
            if op.method in WRITES and store.items() >= self.limits.max_items_per_tenant:
                raise ApiError(
                    403,
                    errors.LIMIT_REACHED,
                    f"This credential holds {self.limits.max_items_per_tenant} items, the mock's limit: "
                    "reset it (POST /__mock__/reset)",
                )
            if key is not None:
                fingerprint = hashlib.sha256(json.dumps(body, sort_keys=True).encode()).digest()
                record = store.idempotency.get((op.operation_id, key))
                if record is not None:
                    if record.fingerprint != fingerprint:
                        raise ApiError(
                            409, errors.CONFLICT, "Idempotency-Key was already used with a different request body"
                        )
                    return Reply(record.status, record.body, dict(record.headers))
            call = Call(self, op, store, path, query, headers, body, self.clock())
            try:
                reply = self.vendor.handlers[op.operation_id](call)
            except ApiError as error:
                reply = self.error_reply(error)
            if key is not None:
                store.idempotency[(op.operation_id, key)] = IdempotencyRecord(
                    fingerprint, reply.status, reply.body, dict(reply.headers)
                )
        self.check_reply(op, reply)
        return reply

    def check_reply(self, op: Operation, reply: Reply) -> None:
        if reply.status not in op.statuses:
            raise MockBug(f"{op.operation_id}: status {reply.status} is not declared in the spec")
        if not self.validate_responses:
            return
        validator = op.response_validators.get(reply.status)
        if validator is None:
            if reply.body is not None:
                raise MockBug(f"{op.operation_id}: status {reply.status} has no body in the spec")
            return
        problems = [f"{field_name(e)}: {short(e.message)}" for e in validator.iter_errors(reply.body)]
        if problems:
            raise MockBug(f"{op.operation_id}: response {reply.status} does not match the spec: {problems}")

    # -- helpers for handlers, the app and users' tests ------------------------------------------------------

    def store(self, credential: str) -> Store:
        store = self.stores.get(credential)
        with store.lock:
            if not store.prepared:
                self.vendor.prepare(store, self)
                store.prepared = True
        return store

    def url(self, template: str, **values: str) -> str:
        if template not in self.spec.document["paths"]:
            raise MockBug(f"{template} is not a path of the spec")
        path = template
        for name, value in values.items():
            path = path.replace("{" + name + "}", quote(value, safe=""))
        return self.base_url_path() + path

    def base_url_path(self) -> str:
        """The base path as written in the spec's first server, with its variables' defaults."""
        server = self.spec.document["servers"][0]
        url: str = server["url"]
        for name, variable in server.get("variables", {}).items():
            url = url.replace("{" + name + "}", variable["default"])
        return "/" + url.split("://", 1)[-1].split("/", 1)[-1].rstrip("/")

    def reset(self) -> None:
        """Forget every credential's state, pending faults and recorded violations."""
        self.stores.reset()
        self.faults.clear()
        self.anonymous.clear()

    def reset_tenant(self, credential: str) -> None:
        """Forget one credential's state, pending faults and recorded violations."""
        self.stores.forget(credential)


def convert(parameter: Parameter, raw: list[str], spec: Spec) -> Any:
    """A parameter's wire strings as the JSON value its schema describes (form style, exploded arrays)."""
    schema = parameter.schema
    if schema.get("type") == "array":
        item_type = spec.resolve(schema.get("items", {})).get("type")
        return [scalar(value, item_type) for value in raw]
    if len(raw) > 1:
        raise ValueError("Given more than once")
    return scalar(raw[0], schema.get("type"))


def scalar(value: str, kind: Any) -> Any:
    if kind == "integer":
        if not INTEGER.match(value):
            raise ValueError(f"{value!r} is not an integer")
        return int(value)
    if kind == "number":
        if not NUMBER.match(value):
            raise ValueError(f"{value!r} is not a number")
        return float(value)
    if kind == "boolean":
        if value not in ("true", "false"):
            raise ValueError(f"{value!r} is not a boolean")
        return value == "true"
    return value


def field_name(error: Any) -> str:
    """The request field an error is about, dotted (``conditions.0.comparator``); ``body`` for the whole body."""
    parts = [str(p) for p in error.instance_path]
    if isinstance(error.kind, jsonschema_rs.ValidationErrorKind.Required):
        parts.append(str(error.kind.property))
    return ".".join(parts) or "body"


def short(message: str, limit: int = 200) -> str:
    return message if len(message) <= limit else message[: limit - 3] + "..."

"""Salesforce personalization experiments: error shape, credentials and one handler per operation.

Handlers copy the request fields the spec declares and add the server's own (18-character ids, ``url``,
audit fields, ``state``/``status``); rules the docs do not state come from ``inferred``.
"""

from __future__ import annotations

import copy
import re
from datetime import datetime
from typing import Any

from . import errors, inferred, jsonbody
from .errors import ApiError
from .pipeline import Call, Handler, MockApi, Reply
from .spec import Spec
from .state import ALPHABET, Store

CODES: dict[str, str] = {
    errors.UNAUTHORIZED: "INVALID_SESSION_ID",
    errors.UNKNOWN_ROUTE: "NOT_FOUND",
    errors.METHOD_NOT_ALLOWED: "METHOD_NOT_ALLOWED",
    errors.MALFORMED_BODY: "JSON_PARSER_ERROR",
    errors.INVALID: "INVALID_INPUT",
    errors.NOT_FOUND: "NOT_FOUND",
    errors.CONFLICT: "DUPLICATE_VALUE",
    errors.RATE_LIMITED: "REQUEST_LIMIT_EXCEEDED",
    errors.UNAVAILABLE: "SERVER_UNAVAILABLE",
    errors.TOO_LARGE: "INVALID_INPUT",
    errors.TIMEOUT: "INVALID_INPUT",
    errors.FORBIDDEN: "INSUFFICIENT_ACCESS",
    errors.LIMIT_REACHED: "STORAGE_LIMIT_EXCEEDED",
    errors.SERVER_ERROR: "UNKNOWN_EXCEPTION",
}
MESSAGES = {errors.UNAUTHORIZED: "Session expired or invalid"}
TOKEN = re.compile(r"^00D[A-Za-z0-9]{12}([A-Za-z0-9]{3})?![\x21-\x7e]+$")
EXPERIMENT = "/personalization/abn-experiments/{IdOrName}"
ID_LENGTH = 18


def stamp(now: datetime) -> str:
    """ISO 8601 in UTC with milliseconds, as the vendor's examples write it."""
    return now.strftime("%Y-%m-%dT%H:%M:%S.") + f"{now.microsecond // 1000:03d}Z"


def criteria_object(text: str, max_depth: int) -> dict[str, Any]:
    """S8: the input's JSON string as the response's CriteriaRepresentation object (``{}`` if it is not one).

    Parsed as strictly as a request body (``jsonbody``), nested in it: the object is stored and answered again,
    so a lone surrogate, a duplicate key or deep nesting in the string must not reach the store either."""
    try:
        value = jsonbody.loads(text.encode("utf-8", "surrogatepass"), max_depth - 1)
    except jsonbody.BadJson:
        return {}
    return value if isinstance(value, dict) else {}


def user_id(store: Store) -> str:
    """The org user behind a credential: a stable 005-prefixed id derived from the credential's fingerprint."""
    digest = bytes.fromhex(store.fingerprint)
    return "005" + "".join(ALPHABET[b % len(ALPHABET)] for b in digest[: ID_LENGTH - 3])


class Salesforce:
    name = "salesforce"

    def __init__(self) -> None:
        self.spec: Spec | None = None
        self.handlers: dict[str, Handler] = {
            "createPersonalizationExperiment": self.create,
            "getPersonalizationExperiment": self.get,
            "updatePersonalizationExperiment": self.update,
            "deletePersonalizationExperiment": self.delete,
        }

    def well_formed(self, token: str) -> bool:
        return TOKEN.match(token) is not None

    def error_body(self, error: ApiError) -> Any:
        code = CODES.get(error.code, error.code)
        message = MESSAGES.get(error.code, error.message)
        if error.fields:
            return [{"errorCode": code, "message": f"{m}", "fields": [f]} for f, m in error.fields]
        return [{"errorCode": code, "message": message}]

    def check(self, spec: Spec) -> None:
        self.spec = spec
        inferred.check_salesforce(spec)

    def prepare(self, store: Store, mock: MockApi) -> None:
        """No fixed data: an org starts with no experiments."""

    # -- helpers ----------------------------------------------------------------------------------------------

    def fields(self, call: Call) -> dict[str, Any]:
        assert self.spec is not None and call.op.body_schema is not None
        fields = self.spec.known_fields(call.op.body_schema, call.body or {})
        if "criteria" in fields:
            fields["criteria"] = criteria_object(fields["criteria"], call.mock.limits.max_json_depth)
        return fields

    @staticmethod
    def names(call: Call) -> dict[str, str]:
        """Name -> id of every experiment: lookups by name and the uniqueness check are O(1)."""
        return call.store.collection("experiment_names")  # type: ignore[return-value]

    def lookup(self, call: Call) -> dict[str, Any]:
        experiments = call.store.collection("experiments")
        key = call.path["IdOrName"]
        experiment = experiments.get(key) or experiments.get(self.names(call).get(key, ""))
        if experiment is None:
            raise ApiError(404, errors.NOT_FOUND, f"No personalization experiment with id or name {key!r}")
        return experiment

    def unique_name(self, call: Call, name: str | None, own: str | None) -> None:
        holder = self.names(call).get(name) if name is not None else None
        if holder is not None and holder != own:
            raise ApiError(
                409,
                "DUPLICATE_DEVELOPER_NAME",
                f"An experiment named {name!r} already exists",
                [("name", "Duplicate name")],
            )

    @staticmethod
    def action(call: Call, state: str) -> tuple[str, str | None] | None:
        """The state an ``action`` leads to and the date field it sets, or 409 if ``state`` does not allow it."""
        action = call.query.get("action")
        if action is None:
            return None
        allowed, target, date_field = inferred.SALESFORCE_ACTIONS[action]
        if state not in allowed:
            raise ApiError(409, "INVALID_STATE", f"Cannot {action} an experiment in state {state}")
        return target, date_field

    def cohorts(self, call: Call, cohorts: list[dict[str, Any]], now: str, author: str) -> list[dict[str, Any]]:
        return [
            {**cohort, "id": call.store.new_id("1Gc", ID_LENGTH - 3), "createdDate": now, "createdById": author}
            for cohort in cohorts
        ]

    # -- operations -------------------------------------------------------------------------------------------

    def create(self, call: Call) -> Reply:
        fields = self.fields(call)
        self.unique_name(call, fields["name"], None)
        change = self.action(call, inferred.SALESFORCE_INITIAL_STATE)
        ident = call.store.new_id("1Ga", ID_LENGTH - 3)
        now = stamp(call.now)
        author = user_id(call.store)
        experiment: dict[str, Any] = {
            "id": ident,
            "url": call.url(EXPERIMENT, IdOrName=ident),
            **fields,
            "cohorts": self.cohorts(call, fields["cohorts"], now, author),
            "state": inferred.SALESFORCE_INITIAL_STATE,
            "status": inferred.SALESFORCE_INITIAL_STATUS,
            "isRemote": False,
            "createdById": author,
            "createdDate": now,
            "lastModifiedById": author,
            "lastModifiedDate": now,
            "startedDate": None,
            "stoppedDate": None,
            "lastAnalyzed": None,
        }
        self.apply(experiment, change, now)
        call.store.collection("experiments")[ident] = experiment
        self.names(call)[experiment["name"]] = ident
        return Reply(201, copy.deepcopy(experiment))

    @staticmethod
    def apply(experiment: dict[str, Any], change: tuple[str, str | None] | None, now: str) -> None:
        if change is not None:
            target, date_field = change
            experiment["state"] = target
            if date_field is not None:
                experiment[date_field] = now

    def get(self, call: Call) -> Reply:
        return Reply(200, copy.deepcopy(self.lookup(call)))

    def update(self, call: Call) -> Reply:
        experiment = self.lookup(call)
        fields = self.fields(call)
        self.unique_name(call, fields.get("name"), experiment["id"])
        change = self.action(call, experiment["state"])
        now = stamp(call.now)
        author = user_id(call.store)
        if "cohorts" in fields:
            fields["cohorts"] = self.cohorts(call, fields["cohorts"], now, author)
        if "name" in fields:
            del self.names(call)[experiment["name"]]
            self.names(call)[fields["name"]] = experiment["id"]
        experiment.update(fields, lastModifiedDate=now, lastModifiedById=author)
        self.apply(experiment, change, now)
        return Reply(200, copy.deepcopy(experiment))

    def delete(self, call: Call) -> Reply:
        experiment = self.lookup(call)
        del call.store.collection("experiments")[experiment["id"]]
        del self.names(call)[experiment["name"]]
        return Reply(202)

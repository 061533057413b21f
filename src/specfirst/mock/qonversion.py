"""Qonversion v4: error shape, credentials and one handler per operation of ``openapi/qonversion-v4.yaml``.

Handlers copy the request fields the spec declares (``Spec.known_fields``) and add the server's own
(ids, canonical ``url``, timestamps); rules the docs do not state come from ``inferred``.
"""

from __future__ import annotations

import itertools
import json
import pickle
from collections.abc import Iterator
from datetime import datetime
from importlib import resources
from typing import Any

from .. import credentials
from . import errors, inferred
from .errors import ApiError
from .pipeline import Call, Handler, MockApi, Reply
from .spec import Spec
from .state import Store

# Stage kinds -> (status type, vendor code); and the type of each code a handler uses.
CODES: dict[str, tuple[str, str]] = {
    errors.UNAUTHORIZED: ("logical", "control_unauthorized"),
    errors.UNKNOWN_ROUTE: ("request", "invalid_request"),
    errors.METHOD_NOT_ALLOWED: ("request", "invalid_request"),
    errors.MALFORMED_BODY: ("request", "invalid_data"),
    errors.INVALID: ("request", "invalid_data"),
    errors.NOT_FOUND: ("resource", "not_found"),
    errors.CONFLICT: ("logical", "idempotency_key_reused"),
    errors.RATE_LIMITED: ("request", "too_many_requests"),
    errors.UNAVAILABLE: ("internal", "service_unavailable"),
    errors.TOO_LARGE: ("request", "invalid_request"),
    errors.TIMEOUT: ("request", "invalid_request"),
    errors.FORBIDDEN: ("request", "invalid_request"),
    errors.LIMIT_REACHED: ("logical", "limit_exceeded"),
    errors.SERVER_ERROR: ("internal", "internal_error"),
    "already_exists": ("resource", "already_exists"),
    "relation_not_found": ("logical", "relation_not_found"),
    "invalid_status_transition": ("logical", "invalid_status_transition"),
    "system_segment_read_only": ("logical", "system_segment_read_only"),
}

EXPERIMENT = "/experiments/{experiment_id}"
GROUPS = "/experiments/{experiment_id}/groups"
GROUP = "/experiments/{experiment_id}/groups/{group_id}"
SEGMENT = "/segments/{segment_id}"
INTEGRATION = "/integrations/{integration_id}"


def stamp(now: datetime) -> str:
    """ISO 8601 in UTC to the second, as the vendor's examples write it."""
    return now.strftime("%Y-%m-%dT%H:%M:%SZ")


def load_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resources.files(__package__).joinpath("data/qonversion.json").read_text())
    return data


def not_found(what: str, ident: str) -> ApiError:
    return ApiError(404, errors.NOT_FOUND, f"{what} {ident!r} not found")


def found(collection: dict[str, dict[str, Any]], what: str, ident: str) -> dict[str, Any]:
    item = collection.get(ident)
    if item is None:
        raise not_found(what, ident)
    return item


def snapshot(value: Any) -> Any:
    """A deep copy of stored JSON data for a reply (so later writes never change a reply already made).

    Through pickle, not ``copy.deepcopy``: about 6x faster on these plain dicts and lists, and deep copies
    were the largest single cost of the served mock's lists and gets under load (``nox -s bench``).
    """
    return pickle.loads(pickle.dumps(value, pickle.HIGHEST_PROTOCOL))


def envelope(call: Call, template: str, data: list[dict[str, Any]], has_more: bool = False, **values: str) -> Reply:
    body: dict[str, Any] = {
        "object": "list",
        "url": call.url(template, **values),
        "data": snapshot(data),
        "has_more": has_more,
    }
    return Reply(200, body)


def created(item: dict[str, Any]) -> Reply:
    return Reply(201, snapshot(item), {"Location": item["url"]})


class Qonversion:
    name = "qonversion"

    def __init__(self) -> None:
        self.spec: Spec | None = None
        self.key_prefixes: tuple[str, ...] = ()  # the spec's x-key-prefixes, read by check()
        self.data = load_data()
        self.handlers: dict[str, Handler] = {
            "v4ListExperiments": self.list_experiments,
            "v4CreateExperiment": self.create_experiment,
            "v4GetExperimentsSummary": self.experiments_summary,
            "v4GetExperiment": self.get_experiment,
            "v4UpdateExperiment": self.update_experiment,
            "v4DeleteExperiment": self.delete_experiment,
            "v4ChangeExperimentStatus": self.change_experiment_status,
            "v4ListExperimentGroups": self.list_groups,
            "v4CreateExperimentGroup": self.create_group,
            "v4UpdateExperimentGroup": self.update_group,
            "v4DeleteExperimentGroup": self.delete_group,
            "v4AttachExperimentUser": self.attach_user,
            "v4DetachExperimentUser": self.detach_user,
            "v4ListSegments": self.list_segments,
            "v4CreateSegment": self.create_segment,
            "v4ListSystemSegments": self.list_system_segments,
            "v4GetSegment": self.get_segment,
            "v4UpdateSegment": self.update_segment,
            "v4DeleteSegment": self.delete_segment,
            "v4ListIntegrations": self.list_integrations,
            "v4CreateIntegration": self.create_integration,
            "v4GetIntegrationsMeta": self.integrations_meta,
            "v4DeleteIntegration": self.delete_integration,
            "v4UpdateIntegrationStatus": self.change_integration_status,
        }

    # -- vendor hooks -----------------------------------------------------------------------------------------

    def well_formed(self, token: str) -> bool:
        """Q12: a key prefix of the spec followed by at least one character."""
        return any(token.startswith(p) and len(token) > len(p) for p in self.key_prefixes) and token.isprintable()

    def error_body(self, error: ApiError) -> Any:
        kind, code = CODES.get(error.code, ("request", error.code))
        body: dict[str, Any] = {"type": kind, "code": code, "message": error.message}
        if error.fields:
            body["details"] = [{"field": f, "message": m} for f, m in error.fields]
        return {"error": body}

    def check(self, spec: Spec) -> None:
        self.spec = spec
        self.key_prefixes = tuple(credentials.of(spec.document, spec.path.name).key_prefixes.values())
        if not self.key_prefixes:
            raise ValueError(f"{spec.path.name}: the security scheme declares no {credentials.KEY_PREFIXES}")
        inferred.check_qonversion(spec)
        segment = spec.validator("/components/schemas/SegmentCreate")
        for item in self.data["system_segments"]:
            segment.validate({k: v for k, v in item.items() if k != "id"})
        meta = spec.validator("/components/schemas/IntegrationsMeta")
        meta.validate(self.meta_body())

    def prepare(self, store: Store, mock: MockApi) -> None:
        """Every credential starts with the system segments."""
        spec = mock.spec
        segments = store.collection("segments")
        epoch = "2025-01-01T00:00:00Z"
        for item in self.data["system_segments"]:
            store.issued_ids.add(item["id"])
            segments[item["id"]] = {
                "object": spec.object_name("Segment"),
                "id": item["id"],
                "url": mock.url(SEGMENT, segment_id=item["id"]),
                "name": item["name"],
                "is_system": True,
                "conditions": spec.with_defaults(
                    spec.schema("Segment")["properties"]["conditions"], item["conditions"]
                ),
                "created_at": epoch,
                "updated_at": epoch,
            }

    def meta_body(self) -> dict[str, Any]:
        assert self.spec is not None
        stores = self.spec.enum("TargetPlatform")
        return {
            "object": "list",
            "data": [{**item, "allowedStores": stores} for item in self.data["integrations_catalog"]],
        }

    def fields(self, call: Call) -> dict[str, Any]:
        assert self.spec is not None and call.op.body_schema is not None
        return self.spec.known_fields(call.op.body_schema, call.body or {})

    # -- experiments ------------------------------------------------------------------------------------------

    def list_experiments(self, call: Call) -> Reply:
        return envelope(call, "/experiments", list(call.store.collection("experiments").values()))

    def create_experiment(self, call: Call) -> Reply:
        assert self.spec is not None
        experiments = call.store.collection("experiments")
        fields = self.fields(call)
        self.unique_alias(call, fields["alias_id"], None)
        ident = call.store.new_id()
        now = stamp(call.now)
        experiment = {
            "object": self.spec.object_name("Experiment"),
            "id": ident,
            "url": call.url(EXPERIMENT, experiment_id=ident),
            **fields,
            "status": inferred.EXPERIMENT_INITIAL_STATUS,
            "started_at": None,
            "finished_at": None,
            "created_at": now,
            "updated_at": now,
        }
        experiments[ident] = experiment
        self.index_alias(call, fields["alias_id"], ident)
        return created(experiment)

    @staticmethod
    def unique_alias(call: Call, alias: str | None, own: str | None) -> None:
        """409 if another experiment holds ``alias``. O(1): an index alias -> id of the last experiment given
        it (``index_alias``), checked against that experiment, so entries left by an update or a delete are
        harmless (a scan of every experiment per create halved throughput under load in ``nox -s bench``)."""
        if alias is None:
            return
        holder = call.store.collection("experiment_aliases").get(alias)
        if holder is None or holder["id"] == own:
            return
        if call.store.collection("experiments").get(holder["id"], {}).get("alias_id") == alias:
            raise ApiError(409, "already_exists", f"An experiment with alias_id {alias!r} already exists")

    @staticmethod
    def index_alias(call: Call, alias: str | None, ident: str) -> None:
        if alias is not None:
            call.store.collection("experiment_aliases")[alias] = {"id": ident}

    @staticmethod
    def unindex_alias(call: Call, experiment: dict[str, Any]) -> None:
        """Drop the index entry of ``experiment``'s alias if it is that experiment's (the index stays bounded)."""
        aliases = call.store.collection("experiment_aliases")
        alias = experiment.get("alias_id")
        if alias is not None and aliases.get(alias, {}).get("id") == experiment["id"]:
            del aliases[alias]

    def experiments_summary(self, call: Call) -> Reply:
        experiments = call.store.collection("experiments")
        uids = list(dict.fromkeys(call.query["filter[experiment_uid][]"]))
        data = [{"experiment_uid": uid, "status": experiments[uid].get("status")} for uid in uids if uid in experiments]
        return Reply(200, {"object": "experiments_summary", "data": data})

    def get_experiment(self, call: Call) -> Reply:
        experiment = found(call.store.collection("experiments"), "Experiment", call.path["experiment_id"])
        return Reply(200, snapshot(experiment))

    def update_experiment(self, call: Call) -> Reply:
        experiments = call.store.collection("experiments")
        ident = call.path["experiment_id"]
        experiment = found(experiments, "Experiment", ident)
        fields = self.fields(call)
        self.unique_alias(call, fields.get("alias_id"), ident)
        if "alias_id" in fields:
            self.unindex_alias(call, experiment)
        if "description" in fields and fields["description"] is None:  # Q14: null clears it
            del fields["description"]
            experiment.pop("description", None)
        experiment.update(fields, updated_at=stamp(call.now))
        self.index_alias(call, fields.get("alias_id"), ident)
        return Reply(200, snapshot(experiment))

    def delete_experiment(self, call: Call) -> Reply:
        ident = call.path["experiment_id"]
        self.unindex_alias(call, found(call.store.collection("experiments"), "Experiment", ident))
        del call.store.collection("experiments")[ident]
        call.store.collections.pop(f"groups/{ident}", None)
        call.store.collections.pop(f"users/{ident}", None)
        return Reply(204)

    def change_experiment_status(self, call: Call) -> Reply:
        experiment = found(call.store.collection("experiments"), "Experiment", call.path["experiment_id"])
        target, current = call.body["status"], experiment.get("status")
        if target != current:
            if target not in inferred.EXPERIMENT_TRANSITIONS.get(str(current), frozenset()):
                raise ApiError(409, "invalid_status_transition", f"Cannot change status from {current!r} to {target!r}")
            now = stamp(call.now)
            experiment.update(status=target, updated_at=now)
            if target == inferred.EXPERIMENT_STARTS and experiment.get("started_at") is None:
                experiment["started_at"] = now
            if target == inferred.EXPERIMENT_FINISHES:
                experiment["finished_at"] = now
        return Reply(200, snapshot(experiment))

    # -- experiment groups and users --------------------------------------------------------------------------

    def groups(self, call: Call) -> dict[str, dict[str, Any]]:
        ident = call.path["experiment_id"]
        found(call.store.collection("experiments"), "Experiment", ident)
        return call.store.collection(f"groups/{ident}")

    def list_groups(self, call: Call) -> Reply:
        groups = self.groups(call)
        return envelope(call, GROUPS, list(groups.values()), experiment_id=call.path["experiment_id"])

    def create_group(self, call: Call) -> Reply:
        assert self.spec is not None
        groups = self.groups(call)
        ident = call.store.new_id()
        now = stamp(call.now)
        group = {
            "object": self.spec.object_name("ExperimentGroup"),
            "id": ident,
            "url": call.url(GROUP, experiment_id=call.path["experiment_id"], group_id=ident),
            **self.fields(call),
            "created_at": now,
            "updated_at": now,
        }
        groups[ident] = group
        return created(group)

    def update_group(self, call: Call) -> Reply:
        group = found(self.groups(call), "Experiment group", call.path["group_id"])
        group.update(self.fields(call), updated_at=stamp(call.now))
        return Reply(200, snapshot(group))

    def delete_group(self, call: Call) -> Reply:
        groups = self.groups(call)
        found(groups, "Experiment group", call.path["group_id"])
        del groups[call.path["group_id"]]
        users = call.store.collection(f"users/{call.path['experiment_id']}")
        for user in [u for u, a in users.items() if a["group_id"] == call.path["group_id"]]:
            del users[user]
        return Reply(204)

    def attach_user(self, call: Call) -> Reply:
        groups = self.groups(call)
        group_id = call.body["group_id"]
        if group_id not in groups:
            raise ApiError(
                404,
                "relation_not_found",
                f"Experiment group {group_id!r} is not a group of this experiment",
                [("group_id", "No such group in this experiment")],
            )
        users = call.store.collection(f"users/{call.path['experiment_id']}")
        if call.path["user_id"] not in users:
            call.store.attached += 1  # counted towards the store's items, never uncounted (like issued ids)
        users[call.path["user_id"]] = {"group_id": group_id}
        return Reply(204)

    def detach_user(self, call: Call) -> Reply:
        self.groups(call)
        users = call.store.collection(f"users/{call.path['experiment_id']}")
        found(users, "Experiment user", call.path["user_id"])
        del users[call.path["user_id"]]
        return Reply(204)

    # -- segments ---------------------------------------------------------------------------------------------

    def list_segments(self, call: Call) -> Reply:
        # Streamed, not copied: a page costs its own size (plus the skipped part up to a cursor), not the
        # whole collection's (measured by `nox -s bench`: a full scan per list halved throughput under load).
        custom: Iterator[dict[str, Any]] = (s for s in call.store.collection("segments").values() if not s["is_system"])
        cursor = call.query.get("starting_after")
        if cursor is not None:  # start after the cursor; an unknown cursor gives an empty page
            custom = itertools.dropwhile(lambda s: s["id"] != cursor, custom)
            next(custom, None)
        limit = call.query["limit"]
        page = list(itertools.islice(custom, limit + 1))
        has_more = len(page) > limit
        page = page[:limit]
        reply = envelope(call, "/segments", page, has_more)
        reply.body["next_cursor"] = page[-1]["id"] if has_more else None
        return reply

    def list_system_segments(self, call: Call) -> Reply:
        system = [s for s in call.store.collection("segments").values() if s["is_system"]]
        return envelope(call, "/segments", system)

    def create_segment(self, call: Call) -> Reply:
        assert self.spec is not None
        ident = call.store.new_id()
        now = stamp(call.now)
        segment = {
            "object": self.spec.object_name("Segment"),
            "id": ident,
            "url": call.url(SEGMENT, segment_id=ident),
            "is_system": False,
            "conditions": [],
            **self.fields(call),
            "created_at": now,
            "updated_at": now,
        }
        call.store.collection("segments")[ident] = segment
        return created(segment)

    def get_segment(self, call: Call) -> Reply:
        return Reply(200, snapshot(found(call.store.collection("segments"), "Segment", call.path["segment_id"])))

    def writable_segment(self, call: Call) -> dict[str, Any]:
        segment = found(call.store.collection("segments"), "Segment", call.path["segment_id"])
        if segment["is_system"]:
            raise ApiError(409, "system_segment_read_only", f"System segment {segment['id']!r} is read-only")
        return segment

    def update_segment(self, call: Call) -> Reply:
        segment = self.writable_segment(call)
        segment.update(self.fields(call), updated_at=stamp(call.now))
        return Reply(200, snapshot(segment))

    def delete_segment(self, call: Call) -> Reply:
        segment = self.writable_segment(call)
        del call.store.collection("segments")[segment["id"]]
        return Reply(204)

    # -- integrations -----------------------------------------------------------------------------------------

    def list_integrations(self, call: Call) -> Reply:
        return envelope(call, "/integrations", list(call.store.collection("integrations").values()))

    def create_integration(self, call: Call) -> Reply:
        assert self.spec is not None
        fields = self.fields(call)
        titles = {item["slug"]: item["title"] for item in self.data["integrations_catalog"]}
        ident = call.store.new_id()
        now = stamp(call.now)
        integration = {
            "object": self.spec.object_name("Integration"),
            "id": ident,
            "url": call.url(INTEGRATION, integration_id=ident),
            "title": fields["title"],
            "integration": titles.get(fields["integration"], fields["integration"]),
            "target_platform": fields["target_platform"],
            "active": 0,
            "created_at": now,
            "updated_at": now,
            "last_delivery_at": None,
            "last_error_at": None,
            "last_error_message": None,
            "delivery_error_count": 0,
        }
        call.store.collection("integrations")[ident] = integration
        return created(integration)

    def integrations_meta(self, call: Call) -> Reply:
        return Reply(200, self.meta_body())

    def delete_integration(self, call: Call) -> Reply:
        integrations = call.store.collection("integrations")
        ident = call.path["integration_id"]
        integration = found(integrations, "Integration", ident)
        call.store.collection("deleted_integrations")[ident] = integrations.pop(ident)
        integration["updated_at"] = stamp(call.now)
        return Reply(204)

    def change_integration_status(self, call: Call) -> Reply:
        integration = found(call.store.collection("integrations"), "Integration", call.path["integration_id"])
        integration.update(active=call.body["status"], updated_at=stamp(call.now))
        return Reply(200, snapshot(integration))

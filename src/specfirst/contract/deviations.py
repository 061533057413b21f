"""A catalogue of deviating servers: the reference mock behind an ASGI layer that breaks one rule each.

The self-test of the suite's power: served on 127.0.0.1, each deviation must make a live run fail and name
the right rule (a behaviour rule id, or the schemathesis check of a shape deviation). The mock itself is
untouched: the layer rewrites requests and answers on their way in and out.

    python -m specfirst.contract.deviations                 # the whole catalogue: catch rate, exit 1 on a miss
    python -m specfirst.contract.deviations NAME [NAME...]  # some of it
    python -m specfirst.contract.deviations --serve NAME --port 8080
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode

from ..mock import inferred
from .behaviour import SpecView


@dataclass
class Msg:
    """A request (method, path, query, headers, body) or an answer (status, headers, body) the layer can edit."""

    method: str = ""
    path: str = ""
    query: dict[str, str] = field(default_factory=dict)
    status: int = 0
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""

    def json(self) -> Any:
        try:
            return json.loads(self.body)
        except ValueError:
            return None

    def set_json(self, value: Any) -> Msg:
        self.body = json.dumps(value).encode()
        self.headers["content-length"] = str(len(self.body))
        return self


Forward = Callable[[Msg], Awaitable[Msg]]
Handler = Callable[[Msg, Forward, dict[str, Any]], Awaitable[Msg]]


def error_code(msg: Msg) -> str | None:
    body = msg.json()
    if isinstance(body, dict) and isinstance(body.get("error"), dict):
        return str(body["error"].get("code"))
    if isinstance(body, list) and body and isinstance(body[0], dict):
        return str(body[0].get("errorCode"))
    return None


def get(msg: Msg, path: str) -> Msg:
    return Msg("GET", path, {}, 0, {k: v for k, v in msg.headers.items() if k == "authorization"})


# -- behaviour deviations ---------------------------------------------------------------------------------------


async def all_transitions(req: Msg, forward: Forward, state: dict[str, Any]) -> Msg:
    answer = await forward(req)
    if req.path.endswith("/status") and error_code(answer) == "invalid_status_transition":
        current = await forward(get(req, req.path.removesuffix("/status")))
        return current.set_json(current.json() | {"status": req.json()["status"]})
    return answer


async def out_of_enum_noop(req: Msg, forward: Forward, state: dict[str, Any]) -> Msg:
    body = req.json()
    status_change = req.method == "POST" and req.path.endswith("/status") and "/experiments/" in req.path
    if status_change and isinstance(body, dict) and body.get("status") not in inferred.EXPERIMENT_TRANSITIONS:
        return await forward(get(req, req.path.removesuffix("/status")))
    return await forward(req)


async def idempotency_ignored(req: Msg, forward: Forward, state: dict[str, Any]) -> Msg:
    req.headers.pop("idempotency-key", None)
    return await forward(req)


async def idempotency_mismatch_replays(req: Msg, forward: Forward, state: dict[str, Any]) -> Msg:
    key = req.headers.get("idempotency-key")
    answer = await forward(req)
    if key and error_code(answer) == "idempotency_key_reused":
        return state[key]  # type: ignore[no-any-return]
    if key and answer.status == 201:
        state.setdefault(key, answer)
    return answer


async def delete_keeps(req: Msg, forward: Forward, state: dict[str, Any]) -> Msg:
    if req.method == "DELETE":
        return Msg(status=202 if "abn-experiments" in req.path else 204)
    return await forward(req)


async def shared_store(req: Msg, forward: Forward, state: dict[str, Any]) -> Msg:
    token = req.headers.get("authorization", "")
    if token.removeprefix("Bearer ") in {t for given in CREDENTIALS.values() for t in given.values()}:
        req.headers["authorization"] = state.setdefault("token", token)
    return await forward(req)


async def page_repeats(req: Msg, forward: Forward, state: dict[str, Any]) -> Msg:
    answer = await forward(req)
    page = answer.json()
    if req.method == "GET" and isinstance(page, dict) and isinstance(page.get("data"), list):
        cursor = req.query.get("starting_after")
        previous = state.get(req.path, [])
        repeated = [item for item in previous if item.get("id") == cursor]
        state[req.path] = list(page["data"])
        if repeated and page["data"]:
            answer.set_json(page | {"data": repeated + page["data"][:-1]})
    return answer


async def no_location(req: Msg, forward: Forward, state: dict[str, Any]) -> Msg:
    answer = await forward(req)
    answer.headers.pop("location", None)
    return answer


async def update_lost(req: Msg, forward: Forward, state: dict[str, Any]) -> Msg:
    if req.method in ("PATCH", "PUT") and not req.query.get("action"):
        current = await forward(get(req, req.path))
        body = req.json()
        if current.status == 200 and isinstance(body, dict):
            return current.set_json(current.json() | body)
    return await forward(req)


async def create_not_stored(req: Msg, forward: Forward, state: dict[str, Any]) -> Msg:
    answer = await forward(req)
    body = answer.json()
    if answer.status == 201 and isinstance(body, dict) and isinstance(body.get("url"), str):
        await forward(Msg("DELETE", body["url"], {}, 0, {"authorization": req.headers.get("authorization", "")}))
    return answer


async def initial_status(req: Msg, forward: Forward, state: dict[str, Any]) -> Msg:
    answer = await forward(req)
    body = answer.json()
    if answer.status == 201 and isinstance(body, dict) and body.get("status") == inferred.EXPERIMENT_INITIAL_STATUS:
        started = Msg(
            "POST", body["url"] + "/status", {}, 0, {**get(req, "").headers, "content-type": "application/json"}
        )
        moved = await forward(started.set_json({"status": inferred.EXPERIMENT_STARTS}))
        return answer.set_json(moved.json())
    return answer


async def all_actions(req: Msg, forward: Forward, state: dict[str, Any]) -> Msg:
    answer = await forward(req)
    action = req.query.get("action")
    if action in inferred.SALESFORCE_ACTIONS and error_code(answer) == "INVALID_STATE":
        current = await forward(get(req, req.path))
        return current.set_json(current.json() | {"state": inferred.SALESFORCE_ACTIONS[action][1]})
    return answer


async def duplicates_accepted(req: Msg, forward: Forward, state: dict[str, Any]) -> Msg:
    """A create refused as a duplicate (Q3 ``alias_id``, S3 ``name``) is stored under another value, answered as
    sent."""
    answer = await forward(req)
    unique = {"already_exists": "alias_id", "DUPLICATE_DEVELOPER_NAME": "name"}.get(error_code(answer) or "")
    body = req.json()
    if req.method == "POST" and unique and isinstance(body, dict) and isinstance(body.get(unique), str):
        state["n"] = state.get("n", 0) + 1
        headers = {k: v for k, v in req.headers.items() if k != "idempotency-key"}
        retry = Msg(req.method, req.path, req.query, 0, headers).set_json(
            body | {unique: f"{body[unique]}0dup{state['n']}"}
        )
        answer = await forward(retry)
        if answer.status == 201:
            answer.set_json(answer.json() | {unique: body[unique]})
    return answer


async def soft_deleted_answers(req: Msg, forward: Forward, state: dict[str, Any]) -> Msg:
    answer = await forward(req)
    if req.method == "DELETE" and "/integrations/" in req.path and answer.status == 404:
        return Msg(status=204)
    return answer


async def null_ignored(req: Msg, forward: Forward, state: dict[str, Any]) -> Msg:
    body = req.json()
    if req.method == "PATCH" and isinstance(body, dict) and "description" in body and body["description"] is None:
        req.set_json({k: v for k, v in body.items() if k != "description"})
    return await forward(req)


def _not_active(answer: Msg) -> None:
    """Experiments report the spec's next entity status instead of the initial one."""
    body = answer.json()
    if isinstance(body, dict) and body.get("status") == inferred.SALESFORCE_INITIAL_STATUS:
        statuses = SpecView.of("salesforce").enum("PersonalizationExperimentEntityStatus")
        answer.set_json(body | {"status": next(s for s in statuses if s != inferred.SALESFORCE_INITIAL_STATUS)})


def _criteria_emptied(answer: Msg) -> None:
    body = answer.json()
    if isinstance(body, dict) and isinstance(body.get("criteria"), dict) and body["criteria"]:
        answer.set_json(body | {"criteria": {}})


# -- shape deviations -------------------------------------------------------------------------------------------


def answers(edit: Callable[[Msg], None]) -> Handler:
    async def handler(req: Msg, forward: Forward, state: dict[str, Any]) -> Msg:
        answer = await forward(req)
        edit(answer)
        return answer

    return handler


def _status(answer: Msg, old: int, new: int) -> None:
    if answer.status == old:
        answer.status = new


def _drop_field(answer: Msg) -> None:
    body = answer.json()
    if isinstance(body, dict) and "created_at" in body:
        answer.set_json({k: v for k, v in body.items() if k != "created_at"})


def _mistype(answer: Msg) -> None:
    body = answer.json()
    if isinstance(body, dict) and "created_at" in body:
        answer.set_json(body | {"created_at": 20260101})


def _enum_outside(answer: Msg) -> None:
    """An integration's ``target_platform`` (an enum in the response schema) outside the enum, also in lists."""
    body = answer.json()
    if not isinstance(body, dict):
        return
    items = body["data"] if isinstance(body.get("data"), list) else [body]
    for item in items:
        if isinstance(item, dict) and "target_platform" in item:
            item["target_platform"] = "Windows"
    answer.set_json(body)


def _content_type(answer: Msg) -> None:
    if answer.body:
        answer.headers["content-type"] = "text/plain"


def _no_envelope(answer: Msg) -> None:
    if answer.status >= 400:
        answer.set_json({"message": "something went wrong"})


@dataclass(frozen=True)
class Deviation:
    api: str
    handler: Handler
    catches: tuple[str, ...]
    """What a run must name in its report: a refuted rule id (``rule:Q2``) or a failure text of a shape check."""
    behaviour: bool = True


SCHEMA = "ST108 Response violates schema"  # schemathesis failure codes and titles, as the report quotes them
CATALOGUE: dict[str, Deviation] = {
    "all-transitions-allowed": Deviation("qonversion", all_transitions, ("rule:Q2",)),
    "out-of-enum-status-noop": Deviation("qonversion", out_of_enum_noop, ("rule:enum-refused",)),
    "idempotency-key-ignored": Deviation("qonversion", idempotency_ignored, ("rule:idempotent-replay",)),
    "idempotency-mismatch-replays": Deviation("qonversion", idempotency_mismatch_replays, ("rule:Q7",)),
    "delete-keeps-resource": Deviation("qonversion", delete_keeps, ("rule:delete-gone",)),
    "credentials-share-store": Deviation("qonversion", shared_store, ("rule:isolation",)),
    "next-page-repeats-item": Deviation("qonversion", page_repeats, ("rule:pagination",)),
    "create-without-location": Deviation("qonversion", no_location, ("rule:location",)),
    "update-not-applied": Deviation("qonversion", update_lost, ("rule:update-visible",)),
    "create-not-stored": Deviation("qonversion", create_not_stored, ("rule:create-read",)),
    "experiment-starts-active": Deviation("qonversion", initial_status, ("rule:Q1",)),
    "alias-id-not-unique": Deviation("qonversion", duplicates_accepted, ("rule:Q3",)),
    "soft-deleted-integration-answers": Deviation("qonversion", soft_deleted_answers, ("rule:Q8",)),
    "description-null-ignored": Deviation("qonversion", null_ignored, ("rule:Q14",)),
    "salesforce-all-actions-allowed": Deviation("salesforce", all_actions, ("rule:S2",)),
    "salesforce-delete-keeps": Deviation("salesforce", delete_keeps, ("rule:delete-gone",)),
    "salesforce-update-not-applied": Deviation("salesforce", update_lost, ("rule:update-visible",)),
    "salesforce-new-experiment-not-active": Deviation("salesforce", answers(_not_active), ("rule:S1",)),
    "salesforce-duplicate-name-accepted": Deviation("salesforce", duplicates_accepted, ("rule:S3",)),
    "salesforce-delete-answers-204": Deviation("salesforce", answers(lambda a: _status(a, 202, 204)), ("rule:S4",)),
    "salesforce-criteria-dropped": Deviation("salesforce", answers(_criteria_emptied), ("rule:S8",)),
    "create-answers-200": Deviation(
        "qonversion", answers(lambda a: _status(a, 201, 200)), ("ST103 Undocumented status code",), False
    ),
    "field-missing": Deviation("qonversion", answers(_drop_field), (SCHEMA,), False),
    "field-mistyped": Deviation("qonversion", answers(_mistype), (SCHEMA,), False),
    "enum-value-outside-spec": Deviation("qonversion", answers(_enum_outside), (SCHEMA,), False),
    "wrong-content-type": Deviation("qonversion", answers(_content_type), ("ST105 Undocumented Content-Type",), False),
    "error-without-envelope": Deviation("qonversion", answers(_no_envelope), (SCHEMA,), False),
    "invalid-input-accepted": Deviation(
        "qonversion", answers(lambda a: _status(a, 400, 200)), ("ST201 Schema-violating request accepted",), False
    ),
    "salesforce-create-answers-200": Deviation(
        "salesforce", answers(lambda a: _status(a, 201, 200)), ("ST103 Undocumented status code",), False
    ),
}


def deviating_app(api: str, name: str) -> Any:
    """The mock of ``api`` behind deviation ``name`` (an ASGI app)."""
    from ..mock import create_app, create_mock

    inner = create_app(create_mock(api))
    handler = CATALOGUE[name].handler
    state: dict[str, Any] = {}

    async def forward(msg: Msg) -> Msg:
        scope = {
            "type": "http",
            "asgi": {"version": "3.0"},
            "http_version": "1.1",
            "method": msg.method,
            "scheme": "http",
            "path": msg.path,
            "raw_path": msg.path.encode(),
            "root_path": "",
            "query_string": urlencode(msg.query).encode(),
            "headers": [(k.encode(), v.encode()) for k, v in msg.headers.items() if k != "content-length"]
            + [(b"content-length", str(len(msg.body)).encode())],
            "client": ("127.0.0.1", 0),
            "server": ("127.0.0.1", 80),
        }
        sent = False

        async def receive() -> dict[str, Any]:
            nonlocal sent
            if sent:
                return {"type": "http.disconnect"}
            sent = True
            return {"type": "http.request", "body": msg.body, "more_body": False}

        out = Msg()
        chunks: list[bytes] = []

        async def send(message: MutableMapping[str, Any]) -> None:
            if message["type"] == "http.response.start":
                out.status = message["status"]
                out.headers = {k.decode().lower(): v.decode() for k, v in message.get("headers", [])}
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))

        await inner(scope, receive, send)
        out.body = b"".join(chunks)
        return out

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await inner(scope, receive, send)
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        headers = {k.decode().lower(): v.decode() for k, v in scope["headers"]}
        query = dict(parse_qsl(scope["query_string"].decode(), keep_blank_values=True))
        request = Msg(scope["method"], scope["path"], query, 0, headers, body)
        if scope["path"].startswith("/__mock__"):
            answer = await forward(request)
        else:
            answer = await handler(request, forward, state)
        answer.headers["content-length"] = str(len(answer.body))
        await send(
            {
                "type": "http.response.start",
                "status": answer.status,
                "headers": [(k.encode(), v.encode()) for k, v in answer.headers.items()],
            }
        )
        await send({"type": "http.response.body", "body": answer.body})

    return app


# -- the catch-rate run -----------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def serve(api: str, name: str, port: int) -> None:
    import uvicorn

    uvicorn.run(deviating_app(api, name), host="127.0.0.1", port=port, log_level="warning")


CREDENTIALS = {
    "qonversion": {"QONVERSION_SECRET_KEY": "test_sk_deviation_a", "QONVERSION_SECRET_KEY_2": "test_sk_deviation_b"},
    "salesforce": {
        "SALESFORCE_ACCESS_TOKEN": "00D000000000000AAA!deviation.a",
        "SALESFORCE_ACCESS_TOKEN_2": "00D000000000001AAA!deviation.b",
    },
}


def caught(name: str, reports: Path, profile: str = "quick") -> tuple[bool, int, str]:
    """Run the live suite with writes against deviation ``name``: (caught, exit code, what it named)."""
    deviation = CATALOGUE[name]
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "specfirst.contract.deviations", "--serve", name, "--port", str(port)],
        stdout=subprocess.DEVNULL,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(200):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.05)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("QONVERSION_", "SALESFORCE_", "SPECFIRST_"))}
        env |= CREDENTIALS[deviation.api]
        env["QONVERSION_BASE_URL" if deviation.api == "qonversion" else "SALESFORCE_INSTANCE_URL"] = (
            base + "/v4" if deviation.api == "qonversion" else base
        )
        command = [sys.executable, "-m", "specfirst", "contract", "--live", deviation.api, "--allow-writes"]
        command += ["--profile", profile, "--rate-limit", "1000/s", "--reports", str(reports)]
        if deviation.behaviour:
            command += ["--select", "behaviour"]  # behaviour rules are the behaviour checks' job: skip the rest
        result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        summary = (reports / "contract-summary.md").read_text(encoding="utf-8") if result.returncode != 2 else ""
        named = [c for c in deviation.catches if named_in(c, summary)]
        return result.returncode == 1 and bool(named), result.returncode, ", ".join(named) or "nothing"
    finally:
        server.terminate()
        server.wait(timeout=10)


def named_in(catch: str, summary: str) -> bool:
    if catch.startswith("rule:"):
        return (
            f"| {catch[5:]} | documented | **refuted**" in summary
            or f"| {catch[5:]} | inferred | **refuted**" in summary
        )
    return catch in summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m specfirst.contract.deviations")
    parser.add_argument("names", nargs="*", choices=[[], *CATALOGUE], help="deviations to run (default: all)")
    parser.add_argument("--serve", choices=list(CATALOGUE), help="serve this deviation on 127.0.0.1 (until stopped)")
    parser.add_argument("--port", type=int, default=8080)
    args = parser.parse_args(argv)
    if args.serve:
        serve(CATALOGUE[args.serve].api, args.serve, args.port)
        return 0
    names = args.names or list(CATALOGUE)
    hits = 0
    print("| Deviation | API | Must name | Exit | Named | Caught |\n|---|---|---|---:|---|---|", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            ok, code, named = caught(name, Path(tmp) / name)
            hits += ok
            must = ", ".join(CATALOGUE[name].catches)
            print(
                f"| {name} | {CATALOGUE[name].api} | {must} | {code} | {named} | {'yes' if ok else 'NO'} |", flush=True
            )
    print(f"\ncatch rate: {hits}/{len(names)}", flush=True)
    return 0 if hits == len(names) else 1


if __name__ == "__main__":
    sys.exit(main())

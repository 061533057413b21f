"""Glue between the contract tests and schemathesis: targets, schemas, link tracking and per-operation stats.

The runner (``python -m specfirst contract``) passes its choices to the pytest process in environment
variables (``SPECFIRST_CONTRACT_*``); the tests read them here at import time, because schemathesis builds
its parametrized tests when the test module is imported.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import threading
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from ..apis import APIS
from .guards import SAFE_METHODS
from .targets import PROFILES, Target, live_target, mock_target, schemathesis_config

ENV_PROFILE = "SPECFIRST_CONTRACT_PROFILE"
ENV_LIVE = "SPECFIRST_CONTRACT_LIVE"
ENV_APIS = "SPECFIRST_CONTRACT_APIS"
ENV_ALLOW_WRITES = "SPECFIRST_CONTRACT_ALLOW_WRITES"
ENV_RATE_LIMIT = "SPECFIRST_CONTRACT_RATE_LIMIT"
ENV_WRITE_PREFIX = "SPECFIRST_CONTRACT_PREFIX"
ENV_CREATED = "SPECFIRST_CONTRACT_CREATED"
ENV_PROGRESS = "SPECFIRST_CONTRACT_PROGRESS"
ENV_ALLOW_PRODUCTION = "SPECFIRST_CONTRACT_ALLOW_PRODUCTION"
NAME_FIELDS = ("name", "title", "label", "alias_id")
UNIQUE_FIELDS = ("name", "alias_id")  # unique per project/org (Q3, S3): a collision across scenarios is no bug
IDEMPOTENCY_HEADER = "Idempotency-Key"
MAX_NAME = 255
RUN = uuid.uuid4().hex[:8]
_SERIAL = itertools.count()


PHASES = ("examples", "coverage", "fuzzing", "stateful")


@dataclass
class OperationStats:
    cases: int = 0
    phases: dict[str, int] = field(default_factory=dict)
    failures: list[dict[str, str]] = field(default_factory=list)


@dataclass
class Recorder:
    """Cases run and failures per operation, and the links the stateful phase followed, per API."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    operations: dict[str, dict[str, OperationStats]] = field(default_factory=lambda: defaultdict(dict))
    links: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    rules: dict[str, dict[str, dict[str, str]]] = field(default_factory=lambda: defaultdict(dict))
    """api -> rule id -> {"result": confirmed|refuted, "detail": first refutation}"""

    def rule(self, api: str, rule: str, result: str, detail: str) -> None:
        with self.lock:
            seen = self.rules[api].setdefault(rule, {"result": result, "detail": detail})
            if result == "refuted" and seen["result"] != "refuted":
                seen.update(result=result, detail=detail)

    def case(self, api: str, label: str, phase: str, failure: dict[str, str] | None = None) -> None:
        with self.lock:
            stats = self.operations[api].setdefault(label, OperationStats())
            stats.cases += 1
            stats.phases[phase] = stats.phases.get(phase, 0) + 1
            if failure is not None and len(stats.failures) < 5:
                stats.failures.append(failure)

    def as_json(self) -> dict[str, Any]:
        return {
            "operations": {
                api: {label: {"cases": s.cases, "phases": s.phases, "failures": s.failures} for label, s in ops.items()}
                for api, ops in self.operations.items()
            },
            "links": {api: sorted(links) for api, links in self.links.items()},
            "rules": {api: dict(rules) for api, rules in self.rules.items()},
        }


RECORDER = Recorder()
_MOCKS: dict[str, Any] = {}


def profile() -> str:
    name = os.environ.get(ENV_PROFILE, "default")
    if name not in PROFILES:
        raise ValueError(f"{ENV_PROFILE}={name!r}: expected one of {sorted(PROFILES)}")
    return name


def targets() -> dict[str, Target]:
    """The targets of this run: both built-in mocks, or the one live API named in the environment."""
    live = os.environ.get(ENV_LIVE)
    if live:
        return {live: live_target(live, allow_production=os.environ.get(ENV_ALLOW_PRODUCTION) == "1")}
    names = [n for n in os.environ.get(ENV_APIS, "").split(",") if n] or list(APIS)
    return {name: mock_target(name) for name in names}


def allow_writes() -> bool:
    return os.environ.get(ENV_ALLOW_WRITES) == "1"


def load_schema(target: Target, profile_name: str) -> Any:
    """The target's schema with the suite's config; the mock's ASGI app attached when the target is a mock."""
    import schemathesis

    read_only = target.live and not allow_writes()
    config = schemathesis_config(target, profile_name, os.environ.get(ENV_RATE_LIMIT) or None, read_only=read_only)
    schema: Any = schemathesis.openapi.from_path(target.spec, config=config)
    if target.live:
        if not allow_writes():
            schema = schema.include(method=sorted(SAFE_METHODS))
    else:
        from ..mock import create_app, create_mock
        from .inprocess import as_wsgi

        mock = _MOCKS[target.api] = create_mock(target.api)
        schema.app = as_wsgi(create_app(mock))
        schema.config.update(base_url="http://127.0.0.1" + mock.base_url_path())
    return schema


def api_of(case: Any) -> str:
    return api_of_schema(case.operation.schema)


def api_of_schema(schema: Any) -> str:
    title = schema.raw_schema["info"]["title"]
    return next(name for name in APIS if name in title.lower())


def redact(text: str) -> str:
    """``text`` with every credential of this run replaced (reports must never carry a secret)."""
    for target in targets().values():
        if target.token:
            text = text.replace(target.token, "[REDACTED]")
    return text


def call_and_validate(case: Any) -> None:
    api, phase = api_of(case), phase_of(case)  # once: every read of ``case.meta`` re-hashes the case
    mark_writes(case)
    now_running(phase, case.operation.label)
    try:
        response = case.call()
        remember_created(response)
        case.validate_response(response)
    except BaseException as exc:
        RECORDER.case(api, case.operation.label, phase, {"error": redact(str(exc))[:2000], "curl": curl(case)})
        raise
    RECORDER.case(api, case.operation.label, phase)


def phase_of(case: Any) -> str:
    return str(case.meta.phase.name) if case.meta is not None else "examples"


def mark_writes(case: Any) -> None:
    """Every write gets a fresh Idempotency-Key and unique names, so no scenario meets another's leftovers.

    A live server keeps its state between scenarios (and runs): a key or name drawn twice would replay an
    earlier answer (whose resource may be gone) or collide with a unique name (Q3, S3). Live names also carry
    the run's prefix, so leftovers are recognisable.
    """
    if case.method.upper() in SAFE_METHODS:
        return
    serial = f"{RUN}{next(_SERIAL)}"
    if case.headers and IDEMPOTENCY_HEADER in case.headers:
        case.headers[IDEMPOTENCY_HEADER] = f"specfirst-{serial}"
    if not isinstance(case.body, dict):
        return
    if case.meta is not None and not case.meta.generation.mode.is_positive:
        return  # a negative case must stay invalid: prefixing could make it valid (e.g. cut to maxLength)
    prefix = os.environ.get(ENV_WRITE_PREFIX) or ""
    for key in NAME_FIELDS:
        value = case.body.get(key)
        if not isinstance(value, str):
            continue
        if key in UNIQUE_FIELDS:
            value = f"{serial}-{value}" if key == "alias_id" else f"{serial}_{value}"
        if prefix and not value.startswith(prefix):
            value = prefix + value
        case.body[key] = value[:MAX_NAME]


def remember_created(response: Any) -> None:
    """Append the canonical url of every created resource to the run's ledger (for the cleanup after the run)."""
    if response.status_code != 201:
        return
    try:
        body = response.json()
    except ValueError:
        return
    if isinstance(body, dict) and isinstance(body.get("url"), str):
        ledger(body["url"])


def ledger(url: str) -> None:
    path = os.environ.get(ENV_CREATED)
    if path:
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(json.dumps({"url": url}) + "\n")


_PROGRESS: dict[str, Any] = {"phase": "", "operation": "", "at": 0.0}


def now_running(phase: str, operation: str) -> None:
    """Tell the runner what the run is doing (its progress line), at most once a second."""
    path = os.environ.get(ENV_PROGRESS)
    _PROGRESS.update(phase=phase, operation=operation)
    if not path or time.monotonic() - float(_PROGRESS["at"]) < 1:
        return
    _PROGRESS["at"] = time.monotonic()
    from . import guards

    sent = guards._INSTALLED[0].sent if guards._INSTALLED else None
    with open(path + ".tmp", "w", encoding="utf-8") as handle:
        json.dump({"phase": phase, "operation": operation, "requests": sent}, handle)
    os.replace(path + ".tmp", path)


def curl(case: Any) -> str:
    try:
        command = case.as_curl_command(headers={"Authorization": "Bearer $TOKEN"})
    except Exception as exc:  # a negative case may not render as a command line
        command = f"(no curl: {exc})"
    return redact(str(command))


def state_machine(schema: Any) -> Any:
    """The schema's state machine, recording every explicit link it follows and every case it runs."""
    base = schema.as_state_machine()
    api = api_of_schema(schema)

    class Tracking(base):  # type: ignore[misc, valid-type]
        def after_call(self, response: Any, case: Any) -> None:
            remember_created(response)
            super().after_call(response, case)

        def setup(self) -> None:
            # Each scenario starts from an empty mock, so what a scenario draws never depends on earlier ones.
            if api in _MOCKS:
                _MOCKS[api].reset()
            super().setup()

        def step(self, input: Any) -> Any:
            api = api_of(input.case)
            transition = input.transition
            if transition is not None and not transition.is_inferred and input.is_applied:
                with RECORDER.lock:
                    RECORDER.links[api].add(transition.id)
            mark_writes(input.case)
            now_running("stateful", input.case.operation.label)
            try:
                output = super().step(input)
            except BaseException as exc:
                failure = {"error": redact(str(exc))[:2000], "curl": curl(input.case)}
                RECORDER.case(api, input.case.operation.label, "stateful", failure)
                raise
            RECORDER.case(api, input.case.operation.label, "stateful")
            return output

    return Tracking


class StatefulRun:
    """Mixin for a stateful TestCase: run the machine, then assert it followed the spec's links.

    Against a live API, a scenario hypothesis cannot draw the same way twice is inconclusive, not a failure.
    Hypothesis checks that a choice sequence it draws again leads to the same steps; a live server keeps its
    state, and its answers can change between two draws of one prefix (a bundle that is empty the second
    time). Hypothesis then raises ``FlakyStrategyDefinition``: a fact about the test's determinism, not a
    vendor's broken rule. Live runs draw the phase afresh once; a second drift skips it, saying why. Every
    check failure still fails; the in-process mocks are deterministic and are never excused.
    """

    api: str
    """The API of the machine (set by the test class)."""

    def runTest(self) -> None:
        import pytest

        live = bool(os.environ.get(ENV_LIVE))
        for _ in range(2 if live else 1):
            try:
                super().runTest()  # type: ignore[misc]
                break
            except BaseException as exc:
                if not (live and replay_drift(exc)):
                    raise
                drift = exc
        else:
            pytest.skip(f"stateful phase inconclusive: the server answered one scenario two ways ({drift})")
        assert_links_followed(self.api)


def replay_drift(exc: BaseException) -> bool:
    """``exc`` is hypothesis's FlakyStrategyDefinition, alone or the only kind in an exception group."""
    from hypothesis.errors import FlakyStrategyDefinition

    if isinstance(exc, BaseExceptionGroup):
        return all(replay_drift(inner) for inner in exc.exceptions)
    return isinstance(exc, FlakyStrategyDefinition)


def stateful_enabled() -> bool:
    """The stateful phase creates resources: a live run only has it with ``--allow-writes``."""
    return not os.environ.get(ENV_LIVE) or allow_writes()


def stateful_settings(profile_name: str) -> Any:
    import hypothesis

    numbers = PROFILES[profile_name]
    live = bool(os.environ.get(ENV_LIVE))
    return hypothesis.settings(
        max_examples=numbers["stateful_examples"],
        stateful_step_count=numbers["step_count"],
        deadline=None,
        suppress_health_check=list(hypothesis.HealthCheck),
        derandomize=not live,
        database=None,
        # A live API keeps its state between scenarios, so replaying or shrinking one would be flaky.
        phases=[hypothesis.Phase.explicit, hypothesis.Phase.generate] if live else list(hypothesis.Phase),
    )


def declared_links(api: str) -> dict[str, dict[str, str]]:
    """Links the spec declares: by the operation declaring them (``METHOD /path``), link name -> target operationId."""
    import yaml

    spec = yaml.safe_load(APIS[api].spec.read_text(encoding="utf-8"))
    found: dict[str, dict[str, str]] = defaultdict(dict)
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if isinstance(op, dict) and "responses" in op:
                for response in op["responses"].values():
                    for name, link in response.get("links", {}).items():
                        found[f"{method.upper()} {path}|{op['operationId']}"][name] = link["operationId"]
    return found


def assert_links_followed(api: str) -> None:
    """The stateful phase followed a declared link out of every first-level create operation.

    First level: an operation that declares links and is not itself reached through one (a second-level
    link, e.g. create group -> update group, needs a longer scenario than the PR profile draws every time).
    """
    followed = RECORDER.links.get(api, set())
    assert followed, f"the stateful phase of {api} followed none of the spec's links"
    if os.environ.get(ENV_LIVE) or profile() == "quick":
        return  # a rate-limited live run draws few scenarios: one followed link is the bar there
    declared = declared_links(api)
    targets = {target for links in declared.values() for target in links.values()}
    for key, links in declared.items():
        source, operation_id = key.split("|")
        if operation_id in targets:
            continue
        used = [n for n in links if any(f.startswith(f"{source} -> ") and f"] {n} -> " in f for f in followed)]
        assert used, f"{api}: no link of {source} ({sorted(links)}) was followed; followed: {sorted(followed)}"


def write_stats(path: os.PathLike[str] | str) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(RECORDER.as_json(), handle, indent=2)


_CLIENTS: dict[str, tuple[Any, Any]] = {}


def behaviour_clients(api: str) -> tuple[Any, Any]:
    """Clients for the behaviour checks: the target's credential and the second one (None if not given).

    Mock mode: a fresh in-process mock of its own. Live mode: through the guarded, rate-limited transport.
    """
    if api in _CLIENTS:
        return _CLIENTS[api]
    import httpx

    target = targets()[api]
    headers = [{"Authorization": f"Bearer {token}"} if token else None for token in (target.token, target.token2)]
    if not target.live:
        from ..mock import create_app, create_mock
        from .inprocess import SyncASGITransport

        mock = create_mock(api)
        transport, base = SyncASGITransport(create_app(mock)), "http://127.0.0.1" + mock.base_url_path()
        made = [httpx.Client(base_url=base, headers=h, transport=transport) if h else None for h in headers]
    else:
        from . import guards
        from .cleanup import per_second

        assert target.base_url is not None
        policy = (
            guards._INSTALLED[0]
            if guards._INSTALLED
            else guards.Policy(guards.origin_of(target.base_url), allow_writes())
        )
        transport = guards.GuardedTransport(policy, per_second(os.environ.get(ENV_RATE_LIMIT) or "5/s"))
        made = [
            httpx.Client(base_url=target.base_url, headers=h, transport=transport, timeout=30) if h else None
            for h in headers
        ]
    _CLIENTS[api] = (made[0], made[1])
    return _CLIENTS[api]


def run_behaviour(api: str, name: str) -> None:
    """One behaviour check of ``behaviour.CHECKS``; fails naming every rule it refuted."""
    import pytest

    from . import behaviour

    check, needs_writes = behaviour.CHECKS[api][name]
    target = targets()[api]
    writes = not target.live or allow_writes()
    if needs_writes and not writes:
        pytest.skip("read-only run: this check writes (pass --allow-writes)")
    client, other = behaviour_clients(api)
    prefix = (os.environ.get(ENV_WRITE_PREFIX) or "specfirst-contract-") + RUN + "-"

    def record(rule: str, result: str, detail: str) -> None:
        RECORDER.rule(api, rule, result, redact(detail)[:500])

    ctx = behaviour.Ctx(api, client, other, writes, prefix, record, ledger)
    now_running("behaviour", name)
    with contextlib.suppress(behaviour.Stop):  # the rule that stopped it is recorded
        check(ctx)
    if ctx.refuted:
        pytest.fail(redact("rules refuted:\n" + "\n".join(f"- {line}" for line in ctx.refuted)), pytrace=False)

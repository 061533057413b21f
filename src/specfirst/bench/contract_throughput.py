"""Contract throughput: schemathesis cases/s of the contract suite against the mocks, next to its ceiling.

For every operation of both specs and each generation mode the suite uses (positive and negative), the same
seeded hypothesis strategy (``APIOperation.as_strategy``, schemas loaded exactly as ``tests/contract``
loads them) is run twice with the same seed, so both runs draw the same cases:

- generation only: draw the case, nothing else (the ceiling: schemathesis cannot go faster than this);
- the contract suite's work per case: draw it, then ``session.call_and_validate`` (the call to the mock,
  in-process on the calling thread (``contract.inprocess``), and every enabled check on the response).

The ratio of the two rates says how much the mock and the checks cost on top of generation.
"""

import time
from collections.abc import Callable
from typing import Any

from .report import Row

SUITE = "contract-throughput"
TARGET = 0.8
EXAMPLES = 10
"""Cases per operation and generation mode, in each round."""
ROUNDS = 2
SEED = 20261123


def drive(strategies: list[Any], work: Callable[[Any], None], examples: int) -> tuple[int, float]:
    """Run ``work`` on ``examples`` cases of each strategy; (cases, seconds)."""
    import hypothesis

    cases = 0
    settings = hypothesis.settings(
        max_examples=examples,
        phases=[hypothesis.Phase.generate],
        deadline=None,
        database=None,
        suppress_health_check=list(hypothesis.HealthCheck),
    )
    start = time.perf_counter()
    for strategy in strategies:

        @hypothesis.seed(SEED)
        @settings
        @hypothesis.given(strategy)
        def one(case: Any) -> None:
            nonlocal cases
            cases += 1
            work(case)

        one()
    return cases, time.perf_counter() - start


def strategies() -> list[Any]:
    from schemathesis.generation import GenerationMode

    from ..contract import session
    from ..contract.targets import mock_target

    found = []
    for api in ("qonversion", "salesforce"):
        schema = session.load_schema(mock_target(api), "default")
        for result in schema.get_all_operations():
            operation = result.ok()
            for mode in GenerationMode:
                found.append(operation.as_strategy(generation_mode=mode))
    return found


def run(examples: int = EXAMPLES) -> list[Row]:
    from ..contract import session

    failures = 0

    def call(case: Any) -> None:
        nonlocal failures
        try:
            session.call_and_validate(case)
        except Exception:
            failures += 1

    todo = strategies()
    in_mock = time_mock_handling()
    for strategy in todo:  # warm-up of both: imports, schema caches, compiled regexes, first-call paths
        drive([strategy], lambda case: None, 2)
        drive([strategy], call, 2)
    in_mock.clear()
    failures = 0
    generated = called = 0
    gen_seconds = call_seconds = 0.0
    for _ in range(ROUNDS):
        # Interleaved per strategy (a fraction of a second each), so load from other processes hits both alike.
        for strategy in todo:
            cases, seconds = drive([strategy], lambda case: None, examples)
            generated, gen_seconds = generated + cases, gen_seconds + seconds
            cases, seconds = drive([strategy], call, examples)
            called, call_seconds = called + cases, call_seconds + seconds
    ceiling = generated / gen_seconds
    rate = called / call_seconds
    mock_us = sum(in_mock) / len(in_mock) * 1e6 if in_mock else 0.0
    name = "generation only (the ceiling)"
    return [
        Row(
            SUITE, name, gen_seconds / generated * 1e6, generated, per_s=ceiling,
            note=f"{len(todo)} strategies (operations x modes) x {examples} cases x {ROUNDS} rounds, seed {SEED}",
        ),
        Row(
            SUITE, "generate + call mock + all checks", call_seconds / called * 1e6, called, baseline=name,
            ratio=rate / ceiling, target=TARGET, higher_is_better=True, per_s=rate, errors=failures,
            note="session.call_and_validate, both mocks in-process (inprocess.as_wsgi), same cases",
        ),
        Row(
            SUITE, "  of which the mocks' own handling", mock_us, len(in_mock),
            note="mean MockApi.handle time per request: the rest of a call is schemathesis's transport and checks",
        ),
    ]  # fmt: skip


def time_mock_handling() -> list[float]:
    """Seconds spent in each ``MockApi.handle`` call of the contract suite's mocks, from now on."""
    from ..contract import session

    spent: list[float] = []
    for mock in session._MOCKS.values():
        handle = mock.handle

        def timed(*args: Any, _handle: Any = handle, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return _handle(*args, **kwargs)
            finally:
                spent.append(time.perf_counter() - start)

        mock.handle = timed
    return spent

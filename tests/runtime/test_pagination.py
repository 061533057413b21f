"""Lazy pagination (_pagination.py + the endpoint template): which operations get iterators (from the spec's
parameters), pages fetched in order and only when needed, stopping on ``has_more: false``."""

import asyncio
import importlib
import pkgutil
import re
from collections.abc import AsyncIterator
from typing import Any, TypeVar

import httpx
import pytest
import qonversion_client.api
import respx
import salesforce_personalization_client.api
from qonversion_client import NotFoundError, QonversionClient
from qonversion_client._pagination import PaginationError
from qonversion_client.api.segments import v_4_list_segments

from tests.spec_utils import deref, load

from .conftest import SEGMENT

T = TypeVar("T")


def segment(segment_id: str) -> dict[str, Any]:
    return {**SEGMENT, "id": segment_id, "url": f"/v4/segments/{segment_id}"}


def page(ids: list[str], has_more: bool, next_cursor: str | None = None) -> httpx.Response:
    body = {"object": "list", "url": "/v4/segments", "data": [segment(i) for i in ids], "has_more": has_more}
    if next_cursor is not None:
        body["next_cursor"] = next_cursor
    return httpx.Response(200, json=body)


def snake(operation_id: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z0-9])", "_", operation_id).lower()


@pytest.mark.parametrize(
    ("api", "package"), [("qonversion", qonversion_client.api), ("salesforce", salesforce_personalization_client.api)]
)
def test_iterators_exist_exactly_for_get_operations_with_limit_and_starting_after(api: str, package: Any) -> None:
    spec = load(api)
    expected = set()
    every = set()
    for item in spec["paths"].values():
        shared = item.get("parameters", [])
        for method, operation in item.items():
            if method == "parameters":
                continue
            every.add(snake(operation["operationId"]))
            names = {
                deref(spec, p)["name"]
                for p in shared + operation.get("parameters", [])
                if deref(spec, p)["in"] == "query"
            }
            if method == "get" and {"limit", "starting_after"} <= names:
                expected.add(snake(operation["operationId"]))
    found = set()
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        module = importlib.import_module(info.name)
        name = info.name.rpartition(".")[2]
        if hasattr(module, "sync"):
            assert name in every
        if all(hasattr(module, f) for f in ("sync_pages", "sync_items", "asyncio_pages", "asyncio_items")):
            found.add(name)
    assert found == expected
    assert expected == ({"v_4_list_segments"} if api == "qonversion" else set())


PAGES = [page(["a", "b"], True), page(["c"], True, next_cursor="cursor-x"), page(["d"], False, next_cursor="ignored")]
EXPECTED_PATHS = [
    b"/v4/segments?limit=2",
    b"/v4/segments?limit=2&starting_after=b",
    b"/v4/segments?limit=2&starting_after=cursor-x",
]


def test_items_across_pages_in_order(qonversion: QonversionClient, q_wire: respx.MockRouter) -> None:
    route = q_wire.get("/segments").mock(side_effect=PAGES)
    items = v_4_list_segments.sync_items(client=qonversion, limit=2)
    assert route.call_count == 0  # lazy: nothing is sent before the first item is asked for
    assert next(items).id == "a"
    assert route.call_count == 1
    assert [s.id for s in items] == ["b", "c", "d"]
    assert [c.request.url.raw_path for c in route.calls] == EXPECTED_PATHS


def test_async_items_across_pages_in_order(qonversion: QonversionClient, q_wire: respx.MockRouter) -> None:
    route = q_wire.get("/segments").mock(side_effect=PAGES)

    async def collect() -> list[str]:
        items = v_4_list_segments.asyncio_items(client=qonversion, limit=2)
        first = await anext(items)
        assert route.call_count == 1
        return [first.id] + [s.id async for s in items]

    assert asyncio.run(collect()) == ["a", "b", "c", "d"]
    assert [c.request.url.raw_path for c in route.calls] == EXPECTED_PATHS


async def _alist(iterator: AsyncIterator[T]) -> list[T]:
    return [x async for x in iterator]


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_pages_start_from_the_given_cursor_and_stop_on_has_more_false(
    mode: str, qonversion: QonversionClient, q_wire: respx.MockRouter
) -> None:
    route = q_wire.get("/segments").mock(side_effect=[page(["c"], True), page(["d"], False, next_cursor="more")])
    kwargs: dict[str, Any] = {"client": qonversion, "limit": 1, "starting_after": "b"}
    if mode == "sync":
        pages = list(v_4_list_segments.sync_pages(**kwargs))
    else:
        pages = asyncio.run(_alist(v_4_list_segments.asyncio_pages(**kwargs)))
    assert [[s.id for s in p.data] for p in pages] == [["c"], ["d"]]
    assert [c.request.url.raw_path for c in route.calls] == [
        b"/v4/segments?limit=1&starting_after=b",
        b"/v4/segments?limit=1&starting_after=c",
    ]


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ([page([], True)], "empty and has no next_cursor"),
        ([page(["a"], True, next_cursor="a"), page(["a"], True, next_cursor="a")], "did not advance"),
    ],
)
@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_page_that_cannot_lead_on_raises_instead_of_looping(
    mode: str, qonversion: QonversionClient, q_wire: respx.MockRouter, answers: list[httpx.Response], message: str
) -> None:
    q_wire.get("/segments").mock(side_effect=answers)
    with pytest.raises(PaginationError, match=message):
        if mode == "sync":
            list(v_4_list_segments.sync_items(client=qonversion))
        else:
            asyncio.run(_alist(v_4_list_segments.asyncio_items(client=qonversion)))


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_failing_page_raises_its_typed_error(
    mode: str, qonversion: QonversionClient, q_wire: respx.MockRouter
) -> None:
    gone = httpx.Response(404, json={"error": {"code": "not_found", "message": "cursor expired"}})
    q_wire.get("/segments").mock(side_effect=[page(["a"], True), gone])
    seen: list[str] = []

    async def consume() -> None:
        async for s in v_4_list_segments.asyncio_items(client=qonversion):
            seen.append(s.id)

    with pytest.raises(NotFoundError, match="cursor expired"):
        if mode == "sync":
            seen.extend(s.id for s in v_4_list_segments.sync_items(client=qonversion))
        else:
            asyncio.run(consume())
    assert seen == ["a"]

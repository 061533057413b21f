"""The resource surface beyond one call: pages walked lazily (with the repeat-cursor guard), per-call and
per-copy options, raw responses, errors that name the failed fields and keep a redacted request/response,
and reprs of set fields only."""

import asyncio
import json
from typing import Any

import httpx
import pytest
import respx
from qonversion_client import (
    APIError,
    APIStatusError,
    AsyncQonversionClient,
    BadRequestError,
    NotFoundError,
    PaginationError,
    QonversionClient,
    RawResponse,
)
from qonversion_client.api.segments import v_4_get_segment
from qonversion_client.errors import UnexpectedStatus
from qonversion_client.models import SegmentCondition, SegmentConditionComparator
from salesforce_personalization_client import BadRequestError as SalesforceBadRequest
from salesforce_personalization_client import SalesforceClient

BASE = "https://api.qonversion.io/v4"
KEY = "test_sk_surface_0123456"
STAMP = "2026-02-26T16:03:09Z"


def segment(segment_id: str) -> dict[str, Any]:
    return {"object": "segment", "id": segment_id, "url": f"/v4/segments/{segment_id}", "name": segment_id.upper(),
            "is_system": False, "conditions": [], "created_at": STAMP, "updated_at": STAMP}  # fmt: skip


def page(ids: list[str], has_more: bool, next_cursor: str | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"object": "list", "url": "/v4/segments", "data": [segment(i) for i in ids]}
    body["has_more"] = has_more
    if next_cursor is not None:
        body["next_cursor"] = next_cursor
    return body


def pages_by_cursor(router: respx.MockRouter, answers: dict[str | None, dict[str, Any]]) -> respx.Route:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=answers[request.url.params.get("starting_after")])

    return router.get(BASE + "/segments").mock(side_effect=answer)


@pytest.fixture
def client() -> QonversionClient:
    return QonversionClient(secret_key=KEY, max_retries=0)


def test_iterating_a_page_walks_every_page_lazily(client: QonversionClient) -> None:
    with respx.mock() as router:
        route = pages_by_cursor(
            router, {None: page(["a", "b"], True), "b": page(["c"], True, "cur"), "cur": page(["d"], False)}
        )
        first = client.segments.list(limit=2)
        assert route.call_count == 1 and [s.id for s in first.data] == ["a", "b"] and first.has_more
        walked = iter(first)
        assert [next(walked).id, next(walked).id] == ["a", "b"] and route.call_count == 1  # nothing fetched yet
        assert [s.id for s in walked] == ["c", "d"]
    assert [str(call.request.url.params) for call in route.calls] == [
        "limit=2", "limit=2&starting_after=b", "limit=2&starting_after=cur"
    ]  # fmt: skip


def test_next_page_and_the_end(client: QonversionClient) -> None:
    with respx.mock() as router:
        pages_by_cursor(router, {None: page(["a"], True), "a": page(["b"], False)})
        second = client.segments.list().next_page()
        assert second is not None and [s.id for s in second.data] == ["b"]
        assert second.has_more is False and second.next_page() is None


def test_a_cursor_repeating_any_earlier_cursor_stops_with_an_error(client: QonversionClient) -> None:
    # a -> b -> c -> back to "a": not the previous cursor, an earlier one; a naive guard would loop for ever.
    answers = {None: page(["x"], True, "a"), "a": page(["y"], True, "b"), "b": page(["z"], True, "a")}
    with respx.mock() as router:
        route = pages_by_cursor(router, answers)
        with pytest.raises(PaginationError, match="'a' was already used") as info:
            list(client.segments.list())
    assert route.call_count == 3
    assert isinstance(info.value, APIError)


def test_async_pages_walk_and_guard_too() -> None:
    async def main() -> tuple[list[str], list[str]]:
        async with AsyncQonversionClient(secret_key=KEY, max_retries=0) as client:
            ids = [s.id async for s in client.segments.list(limit=1)]
            first = await client.segments.list(limit=1)
            second = await first.next_page()
            assert second is not None and await (await second.next_page()).next_page() is None  # type: ignore[union-attr]
            return ids, [s.id for s in second.data]

    with respx.mock() as router:
        pages_by_cursor(router, {None: page(["a"], True), "a": page(["b"], True), "b": page(["c"], False)})
        assert asyncio.run(main()) == (["a", "b", "c"], ["b"])

    async def looping() -> None:
        async with AsyncQonversionClient(secret_key=KEY, max_retries=0) as client:
            async for _ in client.segments.list():
                pass

    with respx.mock() as router:
        pages_by_cursor(router, {None: page(["a"], True, "k"), "k": page(["b"], True, "k")})
        with pytest.raises(PaginationError):
            asyncio.run(looping())


def test_a_list_without_cursor_that_says_has_more_is_an_error(client: QonversionClient) -> None:
    with respx.mock() as router:
        router.get(BASE + "/experiments").respond(200, json={"object": "list", "url": "/v4/experiments", "data": [],
                                                             "has_more": True})  # fmt: skip
        first = client.experiments.list()
        with pytest.raises(PaginationError, match="takes no cursor"):
            first.next_page()


def test_with_options_gives_a_configured_copy_sharing_the_connections() -> None:
    client = QonversionClient(secret_key=KEY)
    http = client.get_httpx_client()
    quick = client.with_options(max_retries=0, timeout=1.5)
    assert quick.max_retries == 0 and client.max_retries == 2
    assert quick.get_httpx_client()._transport is http._transport and type(quick) is QonversionClient  # one pool
    with respx.mock() as router:
        route = router.get(BASE + "/segments/vip").respond(503)
        with pytest.raises(APIStatusError):
            quick.segments.retrieve("vip")
    assert route.call_count == 1  # no retries
    assert route.calls[0].request.extensions["timeout"] == httpx.Timeout(1.5).as_dict()


def test_per_call_options_and_extra_headers(client: QonversionClient) -> None:
    with respx.mock() as router:
        route = router.get(BASE + "/segments/vip").mock(
            side_effect=[httpx.Response(503), httpx.Response(200, json=segment("vip"))]
        )
        got = client.segments.retrieve("vip", max_retries=1, timeout=2.0, extra_headers={"X-Trace": "t-1"})
    assert got.id == "vip" and route.call_count == 2
    request = route.calls[1].request
    assert request.headers["X-Trace"] == "t-1" and request.headers["Authorization"] == f"Bearer {KEY}"
    assert request.extensions["timeout"] == httpx.Timeout(2.0).as_dict()


def test_with_raw_response_gives_status_headers_retries_and_parse(client: QonversionClient) -> None:
    with respx.mock() as router:
        router.get(BASE + "/segments/vip").mock(
            side_effect=[httpx.Response(503), httpx.Response(200, json=segment("vip"), headers={"X-Request-Id": "r1"})]
        )
        raw = client.segments.with_raw_response.retrieve("vip", max_retries=1)
        router.get(BASE + "/segments/gone").respond(404, json={"error": {"code": "not_found", "message": "nope"}})
        missing = client.segments.with_raw_response.retrieve("gone")
    assert isinstance(raw, RawResponse)
    assert (raw.status_code, raw.headers["x-request-id"], raw.retries) == (200, "r1", 1)
    assert raw.parse().to_dict() == segment("vip")
    assert json.loads(raw.content) == segment("vip")
    assert missing.status_code == 404
    with pytest.raises(NotFoundError):
        missing.parse()
    nested = client.experiments.with_raw_response.groups
    assert type(nested).__name__ == "ExperimentGroupsWithRawResponse"


def test_errors_name_the_failed_fields_and_keep_a_redacted_request_and_response(client: QonversionClient) -> None:
    answer = {"error": {"type": "request", "code": "invalid_data", "message": "Validation failed",
                        "details": [{"field": "alias_id", "message": "does not match ^[a-z_]+$"}],
                        "echo": f"Bearer {KEY}"}}  # fmt: skip
    with respx.mock() as router:
        router.post(BASE + "/experiments").respond(400, json=answer)
        with pytest.raises(BadRequestError) as info:
            client.experiments.create(name="x", alias_id="Bad Alias")
    error = info.value
    assert str(error) == (
        "400 Bad Request on POST /v4/experiments: invalid_data: Validation failed (alias_id: does not match ^[a-z_]+$)"
    )
    assert error.request is not None and error.response is not None
    assert error.request.headers["Authorization"] == "[redacted]"
    assert json.loads(error.request.content) == {"name": "x", "alias_id": "Bad Alias"}
    assert error.response.status_code == 400 and error.response.request is not None
    assert KEY not in error.response.text and error.response.json()["error"]["echo"] == "Bearer [redacted]"
    assert KEY not in repr(error.__dict__)


def test_salesforce_errors_name_the_fields() -> None:
    sf = SalesforceClient(instance_url="https://acme.my.salesforce.com", access_token="00Dsurface!tok", max_retries=0)
    with respx.mock() as router:
        router.patch(url__regex=r".*/abn-experiments/x").respond(
            400, json=[{"errorCode": "INVALID_FIELD", "message": "bad label", "fields": ["label"]}]
        )
        with pytest.raises(SalesforceBadRequest) as info:
            sf.experiments.update("x", label="")
    assert str(info.value).endswith(": INVALID_FIELD: bad label (fields: label)")
    assert info.value.request is not None and info.value.request.headers["Authorization"] == "[redacted]"


def test_an_undocumented_status_raises_in_the_tree_without_the_body_in_its_message() -> None:
    strict = QonversionClient(secret_key=KEY, raise_on_unexpected_status=True, max_retries=0)
    with respx.mock() as router:
        router.get(BASE + "/segments/vip").respond(418, text=f"teapot echoing {KEY}")
        with pytest.raises(APIStatusError) as info:
            v_4_get_segment.sync_detailed("vip", client=strict)
    assert UnexpectedStatus is APIStatusError and isinstance(info.value, APIError)
    assert str(info.value) == "418 I'm a Teapot on GET /v4/segments/vip"
    assert info.value.response is not None and info.value.response.text == "teapot echoing [redacted]"


def test_model_reprs_show_set_fields_only() -> None:
    condition = SegmentCondition(metric="environment", comparator=SegmentConditionComparator.EQ, value="prod")
    assert repr(condition) == (
        "SegmentCondition(metric='environment', comparator=<SegmentConditionComparator.EQ: 'eq'>, value='prod', "
        "negate=False)"
    )
    sparse = SegmentCondition.from_dict({"metric": "m", "comparator": "eq", "value": "v", "extra": 1})
    assert repr(sparse) == (
        "SegmentCondition(metric='m', comparator=<SegmentConditionComparator.EQ: 'eq'>, value='v', "
        "additional_properties={'extra': 1})"
    )
    assert "Unset" not in repr(sparse)


def test_clients_and_resources_keep_the_key_out_of_repr() -> None:
    client = QonversionClient(secret_key=KEY)
    assert KEY not in repr(client) and KEY not in repr(client.segments) and KEY not in repr(client.with_options())


def test_the_low_level_page_iterators_refuse_a_repeated_cursor_too(client: QonversionClient) -> None:
    from qonversion_client.api.segments import v_4_list_segments

    answers = {None: page(["x"], True, "a"), "a": page(["y"], True, "b"), "b": page(["z"], True, "a")}
    with respx.mock() as router:
        route = pages_by_cursor(router, answers)
        with pytest.raises(PaginationError, match="'a' was already used"):
            list(v_4_list_segments.sync_items(client=client))
    assert route.call_count == 3


def test_a_connection_error_keeps_the_redacted_request(client: QonversionClient) -> None:
    with respx.mock() as router:
        router.get(BASE + "/segments/vip").mock(side_effect=httpx.ConnectError("refused"))
        with pytest.raises(APIError) as info:
            client.segments.retrieve("vip")
    assert info.value.request is not None and info.value.request.url.path == "/v4/segments/vip"
    assert info.value.request.headers["Authorization"] == "[redacted]"


def test_salesforce_with_options_keeps_the_org() -> None:
    sf = SalesforceClient(instance_url="https://acme.my.salesforce.com", access_token="00Dsurface!tok")
    copy = sf.with_options(max_retries=1)
    assert (copy.base_url, copy.max_retries, type(copy)) == (sf.base_url, 1, SalesforceClient)

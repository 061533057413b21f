"""Every operation of both specs through the resource surface (``client.segments.create(name=...)``), sync
and async: the exact request on the wire (method, raw path, query, JSON body, headers) and the exact parsed
value. The table must name every operation of each spec, at the method the naming rule gives it."""

import asyncio
import json
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
import respx
import yaml
from qonversion_client import AsyncQonversionClient, BadRequestError, QonversionClient, SyncPage
from qonversion_client.models import (
    ExperimentGroup,
    IntegrationActive,
    IntegrationStatusChangeStatus,
    Segment,
    SegmentCondition,
    SegmentConditionComparator,
    TargetPlatform,
)
from salesforce_personalization_client import AsyncSalesforceClient, SalesforceClient
from salesforce_personalization_client.models import (
    PersonalizationExperiment,
    PersonalizationExperimentEntityStatus,
)

from specfirst.apis import APIS
from specfirst.mock.pytest_plugin import MockedApi
from specfirst.resources import layout

Q_BASE = "https://api.qonversion.io/v4"
Q_KEY = "test_sk_resources_0123"
SF_INSTANCE = "https://acme.my.salesforce.com"
SF_BASE = SF_INSTANCE + "/services/data/v65.0"
SF_TOKEN = "00Dresources!token"
STAMP = "2026-02-26T16:03:09Z"

EXPERIMENT = {"object": "experiment", "id": "exp_42", "url": "/v4/experiments/exp_42", "name": "Paywall test",
              "status": "draft", "segment_percent": 50, "created_at": STAMP, "updated_at": STAMP}  # fmt: skip
GROUP = {"object": "experiment_group", "id": "grp_a", "url": "/v4/experiments/exp_42/groups/grp_a",
         "name": "Variant A", "is_control": False, "weight": 50.0, "remote_config_uid": None}  # fmt: skip
SEGMENT = {"object": "segment", "id": "vip", "url": "/v4/segments/vip", "name": "VIP", "is_system": False,
           "conditions": [{"metric": "environment", "comparator": "eq", "value": "prod", "negate": False}],
           "created_at": STAMP, "updated_at": STAMP}  # fmt: skip
INTEGRATION = {"object": "integration", "id": "gNl6hyM6", "url": "/v4/integrations/gNl6hyM6",
               "title": "Amplitude — Production iOS", "integration": "Amplitude", "target_platform": "iOS",
               "active": 1, "created_at": STAMP, "updated_at": STAMP, "last_delivery_at": None,
               "last_error_at": None, "last_error_message": None, "delivery_error_count": 0}  # fmt: skip
SF_EXPERIMENT = {"id": "1GaSB00000Cojr30AB", "name": "testExp50", "label": "Test 50",
                 "url": "/services/data/v65.0/personalization/abn-experiments/1GaSB00000Cojr30AB",
                 "dataSpaceName": "default", "cohorts": [{"name": "cohort_1", "isControl": True}],
                 "state": "Started", "status": "Active"}  # fmt: skip


def envelope(url: str, data: list[dict[str, Any]], has_more: bool = False) -> dict[str, Any]:
    return {"object": "list", "url": url, "data": data, "has_more": has_more}


@dataclass
class Case:
    """One operation: the call (``target`` is ``resource.method``), what must go on the wire, the answer."""

    target: str
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    method: str
    raw_path: str
    status: int
    answer: Any = None
    sent: Any = None
    """The exact JSON body expected (None: no body)."""
    headers: dict[str, str] = field(default_factory=dict)
    check: Any = None
    """Extra assertions on the parsed value (beyond ``to_dict()`` == the answer)."""


def _check_list_segments(page: Any) -> None:
    assert isinstance(page.data[0], Segment) and page.data[0].conditions[0].comparator is SegmentConditionComparator.EQ


def _check_integration(value: Any) -> None:
    assert value.active is IntegrationActive.ACTIVE and value.target_platform is TargetPlatform.IOS


QONVERSION = [
    Case("experiments.list", (), {}, "GET", "/v4/experiments", 200, envelope("/v4/experiments", [EXPERIMENT])),
    Case("experiments.create", (), {"name": "Paywall test", "alias_id": "paywall_v3", "segment_percent": 50},
         "POST", "/v4/experiments", 201, EXPERIMENT,
         sent={"name": "Paywall test", "alias_id": "paywall_v3", "segment_percent": 50}),
    Case("experiments.summary", (), {"filterexperiment_uid": ["exp_42", "exp_43"]}, "GET",
         "/v4/experiments/summary?filter%5Bexperiment_uid%5D%5B%5D=exp_42&filter%5Bexperiment_uid%5D%5B%5D=exp_43",
         200, {"exp_42": {"users": 10}}),
    Case("experiments.retrieve", ("exp_42",), {}, "GET", "/v4/experiments/exp_42", 200, EXPERIMENT),
    Case("experiments.update", ("exp_42",), {"name": "Paywall test v3", "segment_percent": 50}, "PATCH",
         "/v4/experiments/exp_42", 200, EXPERIMENT, sent={"name": "Paywall test v3", "segment_percent": 50}),
    Case("experiments.delete", ("exp_42",), {}, "DELETE", "/v4/experiments/exp_42", 204),
    Case("experiments.change_status", ("exp_42",), {"status": "active"}, "POST", "/v4/experiments/exp_42/status",
         200, EXPERIMENT, sent={"status": "active"}),
    Case("experiments.groups.list", ("exp_42",), {}, "GET", "/v4/experiments/exp_42/groups", 200,
         envelope("/v4/experiments/exp_42/groups", [GROUP])),
    Case("experiments.groups.create", ("exp_42",), {"weight": 50, "name": "Variant A", "is_control": False,
         "remote_config_uid": None}, "POST", "/v4/experiments/exp_42/groups", 201, GROUP,
         sent={"weight": 50, "name": "Variant A", "is_control": False, "remote_config_uid": None},
         check=lambda g: isinstance(g, ExperimentGroup) and g.remote_config_uid is None),
    Case("experiments.groups.update", ("exp_42", "grp_a"), {"weight": 25}, "PATCH",
         "/v4/experiments/exp_42/groups/grp_a", 200, GROUP, sent={"weight": 25}),
    Case("experiments.groups.delete", ("exp_42", "grp_a"), {}, "DELETE", "/v4/experiments/exp_42/groups/grp_a",
         204),
    Case("experiments.users.attach", ("exp_42", "user 1"), {"group_id": "grp_a"}, "POST",
         "/v4/experiments/exp_42/users/user%201", 204, sent={"group_id": "grp_a"}),
    Case("experiments.users.detach", ("exp_42", "user/1"), {}, "DELETE",
         "/v4/experiments/exp_42/users/user%2F1", 204),
    Case("segments.list", (), {"limit": 1, "starting_after": "abc"}, "GET",
         "/v4/segments?limit=1&starting_after=abc", 200, envelope("/v4/segments", [SEGMENT]),
         check=_check_list_segments),
    Case("segments.create", (), {"name": "VIP", "conditions": [
         {"metric": "environment", "comparator": "eq", "value": "prod"},
         SegmentCondition(metric="platform", comparator=SegmentConditionComparator.EQ, value="ios")],
         "idempotency_key": "key-1"}, "POST", "/v4/segments", 201, SEGMENT,
         sent={"name": "VIP", "conditions": [{"metric": "environment", "comparator": "eq", "value": "prod"},
                                             {"metric": "platform", "comparator": "eq", "value": "ios",
                                              "negate": False}]},  # the model's default, set by the model
         headers={"Idempotency-Key": "key-1"}),
    Case("segments.list_system", (), {}, "GET", "/v4/segments/system", 200,
         envelope("/v4/segments/system", [{**SEGMENT, "is_system": True}])),
    Case("segments.retrieve", ("vip",), {}, "GET", "/v4/segments/vip", 200, SEGMENT),
    Case("segments.update", ("vip",), {"name": "VIP", "conditions": []}, "PUT", "/v4/segments/vip", 200, SEGMENT,
         sent={"name": "VIP", "conditions": []}),
    Case("segments.delete", ("vip",), {}, "DELETE", "/v4/segments/vip", 204),
    Case("integrations.list", (), {}, "GET", "/v4/integrations", 200, envelope("/v4/integrations", [INTEGRATION])),
    Case("integrations.create", (), {"title": "Amplitude — Production iOS", "integration": "amplitude",
         "target_platform": "iOS"}, "POST", "/v4/integrations", 201, INTEGRATION,
         sent={"title": "Amplitude — Production iOS", "integration": "amplitude", "target_platform": "iOS"},
         check=_check_integration),
    Case("integrations.meta", (), {}, "GET", "/v4/integrations/meta", 200,
         {"object": "list", "data": [{"slug": "amplitude", "title": "Amplitude", "allowedStores": ["iOS"]}]}),
    Case("integrations.delete", ("gNl6hyM6",), {}, "DELETE", "/v4/integrations/gNl6hyM6", 204),
    Case("integrations.update_status", ("gNl6hyM6",), {"status": IntegrationStatusChangeStatus.ACTIVE}, "POST",
         "/v4/integrations/gNl6hyM6/status", 200, INTEGRATION, sent={"status": 1}, check=_check_integration),
]  # fmt: skip

SF_PATH = "/services/data/v65.0/personalization/abn-experiments"
SALESFORCE = [
    Case("experiments.create", (), {"name": "testExp50", "label": "Test 50", "data_space_name": "default",
         "cohorts": [{"name": "cohort_1", "label": "Cohort 1", "allocationWeight": 10000, "isControl": True}],
         "source": "FlowBuilder", "description": None, "schema_name": "AResponseTemplate"},
         "POST", SF_PATH, 201, SF_EXPERIMENT,
         sent={"name": "testExp50", "label": "Test 50", "dataSpaceName": "default", "description": None,
               "cohorts": [{"name": "cohort_1", "label": "Cohort 1", "allocationWeight": 10000, "isControl": True}],
               "source": "FlowBuilder", "schemaName": "AResponseTemplate"},
         check=lambda e: isinstance(e, PersonalizationExperiment)
         and e.status is PersonalizationExperimentEntityStatus.ACTIVE),
    Case("experiments.retrieve", ("testExp50",), {}, "GET", SF_PATH + "/testExp50", 200, SF_EXPERIMENT),
    Case("experiments.update", ("1GaSB00000Cojr30AB",), {"label": "newExperimentLabel", "action": "Start"}, "PATCH",
         SF_PATH + "/1GaSB00000Cojr30AB?action=Start", 200, SF_EXPERIMENT, sent={"label": "newExperimentLabel"}),
    Case("experiments.delete", ("1GaSB00000Cojr30AB",), {}, "DELETE", SF_PATH + "/1GaSB00000Cojr30AB", 202),
]  # fmt: skip

APIS_UNDER_TEST = {"qonversion": (QONVERSION, Q_BASE, Q_KEY), "salesforce": (SALESFORCE, SF_BASE, SF_TOKEN)}


def make_client(api: str, asynchronous: bool) -> Any:
    if api == "qonversion":
        return (AsyncQonversionClient if asynchronous else QonversionClient)(secret_key=Q_KEY)
    kind = AsyncSalesforceClient if asynchronous else SalesforceClient
    return kind(instance_url=SF_INSTANCE, access_token=SF_TOKEN)


def bound(client: Any, target: str) -> Any:
    obj = client
    for part in target.split("."):
        obj = getattr(obj, part)
    return obj


def call(client: Any, case: Case, asynchronous: bool) -> Any:
    method = bound(client, case.target)
    if not asynchronous:
        return method(*case.args, **case.kwargs)

    async def run() -> Any:
        return await method(*case.args, **case.kwargs)  # a list's AsyncPager awaits to its first AsyncPage

    return asyncio.run(run())


def plain(value: Any) -> Any:
    """The parsed value as JSON data, to compare with what the server sent."""
    if value is None:
        return None
    if hasattr(value, "envelope"):
        return value.envelope.to_dict()
    return value.to_dict()


CASES = [(api, case) for api, (cases, _, _) in APIS_UNDER_TEST.items() for case in cases]


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize(("api", "case"), CASES, ids=[f"{api}:{case.target}" for api, case in CASES])
def test_operation_through_its_resource_method(api: str, case: Case, asynchronous: bool) -> None:
    _, base, secret = APIS_UNDER_TEST[api]
    with respx.mock(assert_all_called=True) as router:
        route = router.route(method=case.method, url__startswith=base)
        route.respond(case.status, json=case.answer) if case.answer is not None else route.respond(case.status)
        result = call(make_client(api, asynchronous), case, asynchronous)

    [sent] = route.calls
    request = sent.request
    assert request.method == case.method
    assert request.url.raw_path.decode() == case.raw_path
    assert request.headers["Authorization"] == f"Bearer {secret}"
    for name, value in case.headers.items():
        assert request.headers[name] == value
    if case.sent is None:
        assert request.content == b""
    else:
        assert request.headers["Content-Type"] == "application/json"
        assert json.loads(request.content) == case.sent
    assert plain(result) == case.answer
    if case.check is not None:
        assert case.check(result) in (True, None)


@pytest.mark.parametrize("api", list(APIS_UNDER_TEST))
def test_the_table_covers_every_operation_at_the_rule_s_method(api: str) -> None:
    spec = yaml.safe_load(APIS[api].spec.read_text())
    expected = {f"{op['resource']}.{op['method']}" for op in layout(spec)["operations"].values()}
    if api == "salesforce":  # the tag's x-resource-name
        assert {name.split(".")[0] for name in expected} == {"experiments"}
    cases, _, _ = APIS_UNDER_TEST[api]
    assert sorted(case.target for case in cases) == sorted(expected)
    for asynchronous in (False, True):
        client = make_client(api, asynchronous)
        for target in expected:
            assert callable(bound(client, target))


def test_the_issue_s_method_names() -> None:
    names = {
        f"{op['resource']}.{op['method']}"
        for op in layout(yaml.safe_load(APIS["qonversion"].spec.read_text()))["operations"].values()
    }
    assert names == {
        *(f"experiments.{m}" for m in ("list", "create", "retrieve", "update", "delete", "change_status", "summary")),
        *(f"experiments.groups.{m}" for m in ("list", "create", "update", "delete")),
        "experiments.users.attach",
        "experiments.users.detach",
        *(f"segments.{m}" for m in ("list", "list_system", "create", "retrieve", "update", "delete")),
        *(f"integrations.{m}" for m in ("list", "create", "delete", "update_status", "meta")),
    }
    assert {"experiments", "segments", "integrations"} <= set(dir(QonversionClient(secret_key=Q_KEY)))


def test_a_bad_value_mypy_would_refuse_gets_the_server_s_error_naming_the_field(qonversion_mock: MockedApi) -> None:
    """Values are typed for mypy and sent as given (no model round trip, see _resource.body_of): at run time
    the server (here the reference mock) refuses a bad one, and the error says which field."""
    client = QonversionClient(secret_key=Q_KEY, max_retries=0)
    qonversion_mock.allow_violations = True
    experiment = client.experiments.create(name="x", alias_id="x")
    with pytest.raises(BadRequestError) as info:
        client.experiments.change_status(experiment.id, status="bogus")  # type: ignore[arg-type]
    assert str(info.value).endswith('(status: "bogus" is not one of "draft", "active" or 2 other candidates)')
    with pytest.raises(BadRequestError, match=r"\(conditions\.0\.comparator: \"bogus\" is not one of"):
        client.segments.create(name="x", conditions=[{"metric": "m", "comparator": "bogus", "value": "v"}])  # type: ignore[typeddict-item]


def test_sync_page_is_a_syncpage_of_models() -> None:
    client = QonversionClient(secret_key=Q_KEY)
    with respx.mock() as router:
        router.get(Q_BASE + "/segments").respond(200, json=envelope("/v4/segments", [SEGMENT]))
        page = client.segments.list()
    assert isinstance(page, SyncPage)
    assert page.has_more is False and page.next_page() is None
    assert [s.id for s in page.data] == ["vip"]


def test_wire_ok_through_httpx_mock_transport() -> None:
    """The resource layer needs no respx: any httpx transport (as in the benchmarks) works."""
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=SEGMENT)

    client = QonversionClient(secret_key=Q_KEY, httpx_args={"transport": httpx.MockTransport(answer)})
    assert client.segments.retrieve("vip").name == "VIP"
    assert seen[0].url.raw_path == b"/v4/segments/vip"

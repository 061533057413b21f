"""The generated Salesforce client puts exactly the documented requests on the wire and parses
exactly the documented responses (the seed example) and the Salesforce error list."""

import datetime
import json
from typing import Any

import pytest
import respx
from salesforce_personalization_client import AuthenticatedClient
from salesforce_personalization_client.api.personalization_experiments import (
    create_personalization_experiment,
    delete_personalization_experiment,
    get_personalization_experiment,
    update_personalization_experiment,
)
from salesforce_personalization_client.models import (
    Error,
    PersonalizationExperiment,
    PersonalizationExperimentAction,
    PersonalizationExperimentEntityStatus,
    PersonalizationExperimentInput,
    PersonalizationExperimentPatch,
    PersonalizationExperimentSource,
    PersonalizationExperimentState,
    PersonalizationExperimentWinnerSelectionMode,
)
from salesforce_personalization_client.types import Response

from tests import seeds
from tests.spec_utils import load

BASE = "https://acme.my.salesforce.com/services/data/v65.0"
TOKEN = "00Dxx0000001gPL!AR8AQJXg.sftoken"
UTC = datetime.UTC
PREFIX = b"/services/data/v65.0/personalization/abn-experiments"


@pytest.fixture
def client() -> AuthenticatedClient:
    return AuthenticatedClient(base_url=BASE, token=TOKEN)


@pytest.fixture
def wire() -> respx.MockRouter:
    with respx.mock(base_url=BASE, assert_all_called=True) as router:
        yield router


def seed() -> tuple[Any, Any]:
    return seeds.examples(seeds.SEEDS / "salesforce-personalization-experiment-update.txt")


def test_update_seed_with_action(client: AuthenticatedClient, wire: respx.MockRouter) -> None:
    request_json, response_json = seed()
    route = wire.patch("/personalization/abn-experiments/1GaSB00000Cojr30AB").respond(200, json=response_json)

    result = update_personalization_experiment.sync_detailed(
        "1GaSB00000Cojr30AB",
        client=client,
        body=PersonalizationExperimentPatch.from_dict(request_json),
        action=PersonalizationExperimentAction.START,
    )

    request = route.calls.last.request
    assert request.method == "PATCH"
    assert request.url.raw_path == PREFIX + b"/1GaSB00000Cojr30AB?action=Start"
    assert request.headers["Authorization"] == f"Bearer {TOKEN}"
    assert request.headers["Content-Type"] == "application/json"
    assert json.loads(request.content) == {"label": "newExperimentLabel", "description": "new description"}
    experiment = result.parsed
    assert isinstance(experiment, PersonalizationExperiment)
    assert_seed_experiment(experiment)
    assert experiment.to_dict() == response_json


def assert_seed_experiment(e: PersonalizationExperiment) -> None:
    assert (e.id, e.name, e.label, e.description) == (
        "1GaSB00000Cojr30AB",
        "testExp50",
        "newExperimentLabel",
        "new description",
    )
    assert e.url == "/services/data/v65.0/personalization/abn-experiments/1GaSB00000Cojr30AB"
    assert (e.data_space_name, e.schema_name, e.profile_data_graph_name) == ("default", "AResponseTemplate", "RTDG")
    assert e.source is PersonalizationExperimentSource.FLOWBUILDER
    assert e.source_record_id is None
    assert e.state is PersonalizationExperimentState.STARTED
    assert e.status is PersonalizationExperimentEntityStatus.ACTIVE
    assert e.winner_selection_mode is PersonalizationExperimentWinnerSelectionMode.MANUAL
    assert e.started_date == datetime.datetime(2025, 6, 17, 1, 46, 53, tzinfo=UTC)
    assert e.stopped_date is None and e.last_analyzed is None
    assert (e.created_by_id, e.last_modified_by_id) == ("005SB000002HvvEYAS", "005SB000002HsR5YAK")
    assert e.created_date == datetime.datetime(2025, 4, 1, 14, 23, 2, tzinfo=UTC)
    assert e.last_modified_date == datetime.datetime(2026, 1, 7, 14, 55, 21, tzinfo=UTC)
    assert e.is_remote is False
    assert e.chance_to_win_threshold == 95
    assert (e.minimum_required_participants, e.minimum_duration_in_minutes) == (1000, 20160)
    assert (e.maximum_duration_in_minutes, e.schedule_frequency_in_minutes) == (129600, 1440)
    control, other = e.cohorts
    assert (control.id, control.name, control.label) == ("1GcSB000000032j0AA", "cohort_1", "Cohort 1 (Control)")
    assert (control.is_control, control.is_fall_through, control.allocation_weight) == (True, False, 5000)
    assert control.created_date == datetime.datetime(2025, 4, 1, 14, 23, 3, tzinfo=UTC)
    assert [(v.attribute_enum, v.attribute_name, v.value) for v in control.attribute_values] == [(None, "Attr1", "1")]
    assert (other.id, other.is_control, other.attribute_values[0].value) == ("1GcSB000000032k0AA", False, "2")
    assert [(p.parameter_name, p.engagement_signal_name, p.values) for p in e.parameters] == [
        ("DeviceModel", "Flow_Email_Click_3", ["iPhone 16", "iPad Air", "iPad Mini"]),
        ("EmailsInFlowExp", "Flow_Email_Click_3", ["testEmail1", "testEmail1"]),
        ("EmailsInFlowExp2", "A_New_Flow_Email_Click_New", ["testEmail3", "testEmail3"]),
        ("OS", "Flow_Email_Click_3", ["iOS 26", "iOS 18"]),
    ]
    [primary] = e.primary_metrics
    assert (primary.metric_name, primary.metric_type, primary.higher_is_better, primary.overall_score_weight) == (
        "TwoCompound", "EngagementSignalCompound", True, 10000,
    )  # fmt: skip
    [secondary] = e.secondary_metrics
    assert (secondary.metric_name, secondary.metric_type, secondary.engagement_signal_name) == (
        "Count Indv_Flow_Email_Click_3", "EngagementSignal", "Flow_Email_Click_3",
    )  # fmt: skip


def test_update_without_action_sends_no_query(client: AuthenticatedClient, wire: respx.MockRouter) -> None:
    _, response_json = seed()
    route = wire.patch("/personalization/abn-experiments/myDs_someExperimentApiName").respond(200, json=response_json)
    update_personalization_experiment.sync_detailed(
        "myDs_someExperimentApiName", client=client, body=PersonalizationExperimentPatch()
    )
    request = route.calls.last.request
    assert request.url.raw_path == PREFIX + b"/myDs_someExperimentApiName"
    assert json.loads(request.content) == {}


def test_create_sends_the_documented_body(client: AuthenticatedClient, wire: respx.MockRouter) -> None:
    spec = load("salesforce")
    body = spec["paths"]["/personalization/abn-experiments"]["post"]["requestBody"]["content"]["application/json"]
    documented = body["examples"]["documented"]["value"]
    _, response_json = seed()
    route = wire.post("/personalization/abn-experiments").respond(201, json=response_json)

    result = create_personalization_experiment.sync_detailed(
        client=client, body=PersonalizationExperimentInput.from_dict(documented)
    )

    request = route.calls.last.request
    assert request.method == "POST" and request.url.raw_path == PREFIX
    assert json.loads(request.content) == documented
    assert isinstance(result.parsed, PersonalizationExperiment) and result.status_code == 201


def test_get_and_delete(client: AuthenticatedClient, wire: respx.MockRouter) -> None:
    _, response_json = seed()
    get = wire.get("/personalization/abn-experiments/testExp50").respond(200, json=response_json)
    delete = wire.delete("/personalization/abn-experiments/testExp50").respond(202)

    got = get_personalization_experiment.sync_detailed("testExp50", client=client)
    deleted = delete_personalization_experiment.sync_detailed("testExp50", client=client)

    assert get.calls.last.request.url.raw_path == PREFIX + b"/testExp50"
    assert isinstance(got.parsed, PersonalizationExperiment) and got.parsed.to_dict() == response_json
    assert delete.calls.last.request.method == "DELETE"
    assert deleted.status_code == 202 and deleted.parsed is None


ERRORS = {
    "400": [{"fields": ["Id"], "message": "id value of incorrect type", "errorCode": "MALFORMED_ID"}],
    "401": [{"message": "Session expired or invalid", "errorCode": "INVALID_SESSION_ID"}],
    "403": [{"message": "Insufficient access", "errorCode": "INSUFFICIENT_ACCESS"}],
    "404": [{"message": "The requested resource does not exist", "errorCode": "NOT_FOUND"}],
    "409": [{"message": "Experiment is archived", "errorCode": "CONFLICT"}],
    "410": [{"message": "The requested resource has been retired", "errorCode": "NOT_FOUND"}],
    "412": [{"message": "A precondition failed", "errorCode": "PRECONDITION_FAILED"}],
    "422": [{"fields": ["criteria"], "message": "Invalid data", "errorCode": "INVALID_INPUT"}],
    "429": [{"message": "Too many requests", "errorCode": "REQUEST_LIMIT_EXCEEDED"}],
    "500": [{"message": "An unexpected error occurred", "errorCode": "UNKNOWN_EXCEPTION"}],
    "503": [{"message": "Server unavailable", "errorCode": "SERVER_UNAVAILABLE"}],
}
MINIMAL_INPUT = {
    "name": "n",
    "label": "l",
    "dataSpaceName": "d",
    "cohorts": [],
    "schemaName": "s",
    "source": "FlowBuilder",
}
# max_retries=0: a 429/5xx would otherwise be retried (tests/runtime covers that).
CALLS = {
    "post": lambda c: create_personalization_experiment.sync_detailed(
        client=c, body=PersonalizationExperimentInput.from_dict(MINIMAL_INPUT), max_retries=0
    ),
    "get": lambda c: get_personalization_experiment.sync_detailed("x", client=c, max_retries=0),
    "patch": lambda c: update_personalization_experiment.sync_detailed(
        "x", client=c, body=PersonalizationExperimentPatch(), max_retries=0
    ),
    "delete": lambda c: delete_personalization_experiment.sync_detailed("x", client=c, max_retries=0),
}


def _declared() -> list[tuple[str, str]]:
    paths = load("salesforce")["paths"]
    ops = {**paths["/personalization/abn-experiments"], **paths["/personalization/abn-experiments/{IdOrName}"]}
    return [(m, code) for m in CALLS for code in ops[m]["responses"] if code >= "4"]


@pytest.mark.parametrize(("method", "status"), _declared(), ids=str)
def test_each_declared_error_parses_into_the_error_list(client: AuthenticatedClient, method: str, status: str) -> None:
    with respx.mock(base_url=BASE) as router:
        router.route().respond(int(status), json=ERRORS[status])
        result: Response[Any] = CALLS[method](client)
    assert result.status_code == int(status)
    assert isinstance(result.parsed, list) and all(isinstance(e, Error) for e in result.parsed)
    assert [e.to_dict() for e in result.parsed] == ERRORS[status]
    assert result.parsed[0].error_code == ERRORS[status][0]["errorCode"]

"""The mocks' state rules, through the generated clients (``sync_detailed``) and the pytest plugin's fixtures.

Each test names the rule it checks (the ids of ``specfirst.mock.inferred`` where the rule is inferred).
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import httpx
import pytest
from qonversion_client import AuthenticatedClient as QClient
from qonversion_client import errors as qerrors
from qonversion_client.api.experiments import v_4_change_experiment_status, v_4_create_experiment
from qonversion_client.api.integrations import (
    v_4_create_integration,
    v_4_delete_integration,
    v_4_list_integrations,
    v_4_update_integration_status,
)
from qonversion_client.api.segments import (
    v_4_create_segment,
    v_4_delete_segment,
    v_4_get_segment,
    v_4_list_segments,
    v_4_update_segment,
)
from qonversion_client.models import (
    ExperimentCreate,
    ExperimentStatusChange,
    ExperimentStatusChangeStatus,
    IntegrationCreate,
    IntegrationStatusChange,
    IntegrationStatusChangeStatus,
    SegmentCreate,
    SegmentReplace,
    TargetPlatform,
)
from salesforce_personalization_client import AuthenticatedClient as SClient
from salesforce_personalization_client.api.personalization_experiments import (
    create_personalization_experiment,
    delete_personalization_experiment,
    get_personalization_experiment,
    update_personalization_experiment,
)
from salesforce_personalization_client.models import (
    CohortInput,
    PersonalizationExperimentAction,
    PersonalizationExperimentInput,
    PersonalizationExperimentPatch,
    PersonalizationExperimentSource,
    PersonalizationExperimentState,
)

from specfirst.mock.pytest_plugin import MockedApi

SANDBOX = "test_sk_semantics"
Q_BASE = "https://api.qonversion.io/v4"
S_BASE = "https://acme.my.salesforce.com/services/data/v65.0"
S_TOKEN = "00D000000000003AAA!semantics"


def qclient(token: str = SANDBOX) -> QClient:
    return QClient(base_url=Q_BASE, token=token, max_retries=0)


def status(client: QClient, ident: str, value: str) -> Any:
    body = ExperimentStatusChange(status=ExperimentStatusChangeStatus(value))
    return v_4_change_experiment_status.sync_detailed(ident, client=client, body=body)


def test_experiment_status_transitions_set_dates_and_refuse_illegal_ones(qonversion_mock: MockedApi) -> None:
    """Q1, Q2: draft -> active -> paused -> active -> finished; started_at once, finished_at at the end; else 409."""
    client = qclient()
    exp = v_4_create_experiment.sync_detailed(client=client, body=ExperimentCreate(name="e", alias_id="e1")).parsed
    assert exp.status == "draft"
    refused = status(client, exp.id, "paused")
    assert refused.status_code == 409
    assert refused.parsed.error.to_dict() == {
        "type": "logical",
        "code": "invalid_status_transition",
        "message": "Cannot change status from 'draft' to 'paused'",
    }
    active = status(client, exp.id, "active").parsed
    assert active.status == "active" and active.started_at is not None and active.finished_at is None
    assert status(client, exp.id, "active").parsed.to_dict() == active.to_dict()  # same status: a no-op
    assert status(client, exp.id, "paused").parsed.status == "paused"
    resumed = status(client, exp.id, "active").parsed
    assert resumed.started_at == active.started_at
    finished = status(client, exp.id, "finished").parsed
    assert finished.status == "finished" and finished.finished_at is not None
    for target in ("draft", "active", "paused"):
        assert status(client, exp.id, target).status_code == 409


def test_duplicate_alias_id_is_409(qonversion_mock: MockedApi) -> None:
    """Q3."""
    client = qclient()
    assert (
        v_4_create_experiment.sync_detailed(client=client, body=ExperimentCreate(name="a", alias_id="x")).status_code
        == 201
    )
    second = v_4_create_experiment.sync_detailed(client=client, body=ExperimentCreate(name="b", alias_id="x"))
    assert second.status_code == 409 and second.parsed.error.code == "already_exists"


def test_integration_status_2_is_refused(qonversion_mock: MockedApi) -> None:
    """Documented: 2 is set by the delivery worker only. The client cannot even express it; a raw request gets 400."""
    client = qclient()
    body = IntegrationCreate(title="t", integration="webhooks", target_platform=TargetPlatform.STRIPE)
    ident = v_4_create_integration.sync_detailed(client=client, body=body).parsed.id
    qonversion_mock.allow_violations = True
    response = httpx.post(
        f"{Q_BASE}/integrations/{ident}/status", json={"status": 2}, headers={"Authorization": f"Bearer {SANDBOX}"}
    )
    assert response.status_code == 400
    assert response.json()["error"]["details"] == [{"field": "status", "message": "2 is not one of 0 or 1"}]
    assert [str(v) for v in qonversion_mock.violations] == [
        f"POST /v4/integrations/{ident}/status -> 400 Validation failed (status: 2 is not one of 0 or 1)"
    ]


def test_soft_deleted_integration_keeps_its_id(qonversion_mock: MockedApi) -> None:
    """Q8: gone from the list, 404 afterwards, id kept in state and never reissued."""
    client = qclient()
    body = IntegrationCreate(title="t", integration="slack", target_platform=TargetPlatform.ANDROID)
    ident = v_4_create_integration.sync_detailed(client=client, body=body).parsed.id
    assert v_4_delete_integration.sync_detailed(ident, client=client).status_code == 204
    assert v_4_list_integrations.sync_detailed(client=client).parsed.data == []
    change = IntegrationStatusChange(status=IntegrationStatusChangeStatus.ACTIVE)
    assert v_4_update_integration_status.sync_detailed(ident, client=client, body=change).status_code == 404
    store = qonversion_mock.mock.store(SANDBOX)
    assert store.collection("deleted_integrations")[ident]["id"] == ident
    new = v_4_create_integration.sync_detailed(client=client, body=body).parsed.id
    assert new != ident


def test_system_segments_are_read_only(qonversion_mock: MockedApi) -> None:
    """Q5."""
    client = qclient()
    assert v_4_get_segment.sync_detailed("churned-users", client=client).parsed.is_system is True
    put = v_4_update_segment.sync_detailed("churned-users", client=client, body=SegmentReplace(name="x"))
    delete = v_4_delete_segment.sync_detailed("churned-users", client=client)
    assert (put.status_code, delete.status_code) == (409, 409)
    assert put.parsed.error.code == delete.parsed.error.code == "system_segment_read_only"
    assert v_4_get_segment.sync_detailed("churned-users", client=client).parsed.name == "Churned Users"


def test_segment_pagination(qonversion_mock: MockedApi) -> None:
    """limit / starting_after / has_more / next_cursor; Q6: an unknown cursor gives an empty last page."""
    client = qclient()
    ids = [
        v_4_create_segment.sync_detailed(client=client, body=SegmentCreate(name=f"s{i}")).parsed.id for i in range(5)
    ]
    seen, cursor, pages = [], None, 0
    while True:
        kwargs = {"starting_after": cursor} if cursor else {}
        page = v_4_list_segments.sync_detailed(client=client, limit=2, **kwargs).parsed
        pages += 1
        seen += [s.id for s in page.data]
        if not page.has_more:
            assert page.next_cursor is None
            break
        assert page.next_cursor == page.data[-1].id
        cursor = page.next_cursor
    assert (seen, pages) == (ids, 3)
    empty = v_4_list_segments.sync_detailed(client=client, starting_after="unknown").parsed
    assert (empty.data, empty.has_more) == ([], False)


def test_idempotency_key_replay(qonversion_mock: MockedApi) -> None:
    """Documented replay; Q7: same key, other body is 409 and creates nothing."""
    client = qclient()
    first = v_4_create_segment.sync_detailed(client=client, body=SegmentCreate(name="a"), idempotency_key="k")
    again = v_4_create_segment.sync_detailed(client=client, body=SegmentCreate(name="a"), idempotency_key="k")
    other = v_4_create_segment.sync_detailed(client=client, body=SegmentCreate(name="b"), idempotency_key="k")
    assert (first.status_code, again.status_code, other.status_code) == (201, 201, 409)
    assert again.content == first.content and again.headers["location"] == first.headers["location"]
    assert other.parsed.error.code == "idempotency_key_reused"
    assert [s.name for s in v_4_list_segments.sync_detailed(client=client).parsed.data] == ["a"]


def test_sandbox_and_production_keys_are_isolated(qonversion_mock: MockedApi) -> None:
    """Documented: "data is isolated" between sk_ and test_sk_ keys; any two credentials are isolated in the mock."""
    sandbox, production = qclient(SANDBOX), qclient("sk_production")
    ident = v_4_create_segment.sync_detailed(client=sandbox, body=SegmentCreate(name="a")).parsed.id
    assert v_4_get_segment.sync_detailed(ident, client=production).status_code == 404
    assert v_4_list_segments.sync_detailed(client=production).parsed.data == []


def test_fault_injection_answers_429_then_recovers(qonversion_mock: MockedApi) -> None:
    client = qclient()
    qonversion_mock.fail_next(1, status=429, retry_after=7)
    limited = v_4_list_segments.sync_detailed(client=client)
    assert (limited.status_code, limited.headers["retry-after"]) == (429, "7")
    assert limited.parsed.error.code == "too_many_requests"
    assert v_4_list_segments.sync_detailed(client=client).status_code == 200
    qonversion_mock.drop_next(1)
    with pytest.raises(qerrors.APIConnectionError):
        v_4_list_segments.sync_detailed(client=client)


def test_spec_violations_fail_the_users_test(tmp_path: Path) -> None:
    """The plugin fails a test whose code sends a request the spec does not allow, and passes a compliant one."""
    (tmp_path / "test_user.py").write_text(
        textwrap.dedent(
            """
            import httpx

            def test_compliant(qonversion_mock):
                response = httpx.post("https://api.qonversion.io/v4/segments", json={"name": "ok"},
                                      headers={"Authorization": "Bearer test_sk_x"})
                assert response.status_code == 201

            def test_violation(qonversion_mock):
                httpx.get("https://api.qonversion.io/v4/segments?limit=500",
                          headers={"Authorization": "Bearer test_sk_x"})
            """
        ),
        encoding="utf-8",
    )
    env = {**os.environ, "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1", "PYTHONPATH": os.pathsep.join(sys.path)}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "specfirst.mock.pytest_plugin",
            "-p",
            "no:cacheprovider",
            "-q",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 1, result.stdout
    assert "2 passed, 1 error" in result.stdout
    assert "requests that do not follow the qonversion spec:" in result.stdout
    assert "GET /v4/segments -> 400 Validation failed (limit: 500 is greater than the maximum of 100)" in result.stdout


def sclient() -> SClient:
    return SClient(base_url=S_BASE, token=S_TOKEN, max_retries=0)


def create_sf(client: SClient, name: str, action: PersonalizationExperimentAction | None = None) -> Any:
    body = PersonalizationExperimentInput(
        name=name,
        label=name,
        data_space_name="default",
        schema_name="s",
        source=PersonalizationExperimentSource.AGENTFORCE,
        cohorts=[CohortInput(name="c", label="c", is_control=True)],
    )
    kwargs = {"action": action} if action else {}
    return create_personalization_experiment.sync_detailed(client=client, body=body, **kwargs)


def act(client: SClient, ident: str, action: str) -> Any:
    return update_personalization_experiment.sync_detailed(
        ident, client=client, body=PersonalizationExperimentPatch(), action=PersonalizationExperimentAction(action)
    )


def test_salesforce_actions_change_state_and_dates(salesforce_mock: MockedApi) -> None:
    """S1, S2: Start sets startedDate, Stop sets stoppedDate, Archive from Stopped; illegal actions are 409."""
    client = sclient()
    exp = create_sf(client, "exp_a").parsed
    assert (exp.state, exp.started_date, exp.stopped_date) == (PersonalizationExperimentState.CREATED, None, None)
    refused = act(client, exp.id, "Stop")
    assert refused.status_code == 409
    assert [e.to_dict() for e in refused.parsed] == [
        {"errorCode": "INVALID_STATE", "message": "Cannot Stop an experiment in state Created"}
    ]
    started = act(client, exp.id, "Start").parsed
    assert started.state == PersonalizationExperimentState.STARTED and started.started_date is not None
    assert act(client, exp.id, "Archive").status_code == 409
    stopped = act(client, exp.id, "Stop").parsed
    assert stopped.state == PersonalizationExperimentState.STOPPED and stopped.stopped_date is not None
    assert act(client, exp.id, "Start").status_code == 409
    archived = act(client, exp.id, "Archive").parsed
    assert archived.state == PersonalizationExperimentState.ARCHIVED
    assert (archived.started_date, archived.stopped_date) == (started.started_date, stopped.stopped_date)


def test_salesforce_start_on_create_names_are_unique_and_delete_is_202(salesforce_mock: MockedApi) -> None:
    """S1, S3, S4."""
    client = sclient()
    started = create_sf(client, "exp_b", PersonalizationExperimentAction.START).parsed
    assert started.state == PersonalizationExperimentState.STARTED and started.started_date is not None
    duplicate = create_sf(client, "exp_b")
    assert duplicate.status_code == 409 and duplicate.parsed[0].error_code == "DUPLICATE_DEVELOPER_NAME"
    deleted = delete_personalization_experiment.sync_detailed("exp_b", client=client)
    assert (deleted.status_code, deleted.content) == (202, b"")
    assert get_personalization_experiment.sync_detailed(started.id, client=client).status_code == 404
    assert create_sf(client, "exp_b").status_code == 201

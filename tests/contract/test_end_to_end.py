"""Every operation of both generated clients against the mock's ASGI app (httpx.ASGITransport), field by field.

The clients are used through ``asyncio_detailed`` (``Response[T]`` with ``.parsed``), whose contract does not
depend on the runtime's error handling. A fixed clock makes every timestamp exact.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any, TypeVar

import httpx
import pytest
from qonversion_client import AuthenticatedClient as QClient
from qonversion_client.api.experiments import (
    v_4_attach_experiment_user,
    v_4_change_experiment_status,
    v_4_create_experiment,
    v_4_create_experiment_group,
    v_4_delete_experiment,
    v_4_delete_experiment_group,
    v_4_detach_experiment_user,
    v_4_get_experiment,
    v_4_get_experiments_summary,
    v_4_list_experiment_groups,
    v_4_list_experiments,
    v_4_update_experiment,
    v_4_update_experiment_group,
)
from qonversion_client.api.integrations import (
    v_4_create_integration,
    v_4_delete_integration,
    v_4_get_integrations_meta,
    v_4_list_integrations,
    v_4_update_integration_status,
)
from qonversion_client.api.segments import (
    v_4_create_segment,
    v_4_delete_segment,
    v_4_get_segment,
    v_4_list_segments,
    v_4_list_system_segments,
    v_4_update_segment,
)
from qonversion_client.models import (
    ExperimentCreate,
    ExperimentGroupCreate,
    ExperimentGroupUpdate,
    ExperimentStatusChange,
    ExperimentStatusChangeStatus,
    ExperimentUpdate,
    ExperimentUserAttach,
    IntegrationActive,
    IntegrationCreate,
    IntegrationStatusChange,
    IntegrationStatusChangeStatus,
    SegmentCondition,
    SegmentConditionComparator,
    SegmentCreate,
    SegmentReplace,
    TargetPlatform,
)
from qonversion_client.types import UNSET
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
    PersonalizationExperimentEntityStatus,
    PersonalizationExperimentInput,
    PersonalizationExperimentPatch,
    PersonalizationExperimentSource,
    PersonalizationExperimentState,
)

from specfirst.mock import create_app, create_mock

NOW = datetime(2026, 3, 1, 12, 30, 45, tzinfo=UTC)
Q_ID = re.compile(r"^[A-Za-z0-9]{8}$")
T = TypeVar("T")


def run(coro: Awaitable[T]) -> T:
    async def main() -> T:
        return await coro

    return asyncio.run(main())


def qclient(token: str = "test_sk_e2e") -> QClient:
    app = create_app(create_mock("qonversion", clock=lambda: NOW))
    return QClient(base_url="http://127.0.0.1/v4", token=token, httpx_args={"transport": httpx.ASGITransport(app=app)})


def sclient() -> SClient:
    app = create_app(create_mock("salesforce", clock=lambda: NOW))
    return SClient(
        base_url="http://127.0.0.1/services/data/v65.0",
        token="00D000000000002AAA!e2e",
        httpx_args={"transport": httpx.ASGITransport(app=app)},
    )


def ok(response: Any, status: int) -> Any:
    assert response.status_code == status, response.content
    return response.parsed


def test_qonversion_experiments_every_operation() -> None:
    client = qclient()

    async def flow() -> None:
        create = ExperimentCreate(
            name="Paywall test",
            alias_id="paywall.v1",
            description="d",
            segment_percent=50.0,
            primary_metric="user_to_paid",
            goal_value=0.1,
            goal_direction="increase",
            context_key="main_paywall",
            is_context_specific=True,
        )
        response = await v_4_create_experiment.asyncio_detailed(client=client, body=create)
        exp = ok(response, 201)
        assert Q_ID.match(exp.id)
        assert response.headers["location"] == exp.url == f"/v4/experiments/{exp.id}"
        assert (exp.object_, exp.name, exp.alias_id, exp.description) == (
            "experiment",
            "Paywall test",
            "paywall.v1",
            "d",
        )
        assert (exp.segment_percent, exp.primary_metric, exp.goal_value, exp.goal_direction) == (
            50.0,
            "user_to_paid",
            0.1,
            "increase",
        )
        assert (exp.context_key, exp.is_context_specific, exp.status) == ("main_paywall", True, "draft")
        assert (exp.started_at, exp.finished_at, exp.created_at, exp.updated_at) == (None, None, NOW, NOW)

        got = ok(await v_4_get_experiment.asyncio_detailed(exp.id, client=client), 200)
        assert got.to_dict() == exp.to_dict()
        listed = ok(await v_4_list_experiments.asyncio_detailed(client=client), 200)
        assert (listed.object_.value, listed.url, listed.has_more) == ("list", "/v4/experiments", False)
        assert [e.to_dict() for e in listed.data] == [exp.to_dict()]

        patched = ok(
            await v_4_update_experiment.asyncio_detailed(
                exp.id, client=client, body=ExperimentUpdate(name="Renamed", goal_value=None)
            ),
            200,
        )
        assert (patched.name, patched.goal_value, patched.alias_id, patched.description) == (
            "Renamed",
            None,
            "paywall.v1",
            "d",
        )

        status = ExperimentStatusChange(status=ExperimentStatusChangeStatus.ACTIVE)
        active = ok(await v_4_change_experiment_status.asyncio_detailed(exp.id, client=client, body=status), 200)
        assert (active.status, active.started_at, active.finished_at) == ("active", NOW, None)

        summary = ok(
            await v_4_get_experiments_summary.asyncio_detailed(client=client, filterexperiment_uid=[exp.id, "nope"]),
            200,
        )
        assert summary.to_dict() == {
            "object": "experiments_summary",
            "data": [{"experiment_uid": exp.id, "status": "active"}],
        }

        group_response = await v_4_create_experiment_group.asyncio_detailed(
            exp.id,
            client=client,
            body=ExperimentGroupCreate(weight=50.0, name="Control", is_control=True, remote_config_uid=None),
        )
        group = ok(group_response, 201)
        assert group_response.headers["location"] == group.url == f"/v4/experiments/{exp.id}/groups/{group.id}"
        assert (group.object_, group.weight, group.name, group.is_control, group.remote_config_uid) == (
            "experiment_group",
            50.0,
            "Control",
            True,
            None,
        )
        assert (group.created_at, group.updated_at) == (NOW, NOW)
        groups = ok(await v_4_list_experiment_groups.asyncio_detailed(exp.id, client=client), 200)
        assert (groups.url, [g.to_dict() for g in groups.data]) == (
            f"/v4/experiments/{exp.id}/groups",
            [group.to_dict()],
        )
        updated = ok(
            await v_4_update_experiment_group.asyncio_detailed(
                exp.id, group.id, client=client, body=ExperimentGroupUpdate(weight=25.0, remote_config_uid="rc1")
            ),
            200,
        )
        assert (updated.weight, updated.remote_config_uid, updated.name) == (25.0, "rc1", "Control")

        attach = await v_4_attach_experiment_user.asyncio_detailed(
            exp.id, "user-1", client=client, body=ExperimentUserAttach(group_id=group.id)
        )
        assert (attach.status_code, attach.content) == (204, b"")
        detach = await v_4_detach_experiment_user.asyncio_detailed(exp.id, "user-1", client=client)
        assert (detach.status_code, detach.content) == (204, b"")
        again = await v_4_detach_experiment_user.asyncio_detailed(exp.id, "user-1", client=client)
        assert again.status_code == 404 and again.parsed.error.code == "not_found"

        assert (await v_4_delete_experiment_group.asyncio_detailed(exp.id, group.id, client=client)).status_code == 204
        assert ok(await v_4_list_experiment_groups.asyncio_detailed(exp.id, client=client), 200).data == []
        assert (await v_4_delete_experiment.asyncio_detailed(exp.id, client=client)).status_code == 204
        gone = await v_4_get_experiment.asyncio_detailed(exp.id, client=client)
        assert gone.status_code == 404
        assert gone.parsed.to_dict() == {
            "error": {"type": "resource", "code": "not_found", "message": f"Experiment {exp.id!r} not found"}
        }

    run(flow())


def test_qonversion_segments_every_operation() -> None:
    client = qclient()

    async def flow() -> None:
        condition = SegmentCondition(metric="environment", comparator=SegmentConditionComparator.EQ, value="prod")
        response = await v_4_create_segment.asyncio_detailed(
            client=client, body=SegmentCreate(name="Premium Users", conditions=[condition]), idempotency_key="seg-1"
        )
        segment = ok(response, 201)
        assert response.headers["location"] == segment.url == f"/v4/segments/{segment.id}"
        assert (segment.object_, segment.name, segment.is_system, segment.created_at, segment.updated_at) == (
            "segment",
            "Premium Users",
            False,
            NOW,
            NOW,
        )
        assert [c.to_dict() for c in segment.conditions] == [
            {"metric": "environment", "comparator": "eq", "value": "prod", "negate": False}
        ]
        assert ok(await v_4_get_segment.asyncio_detailed(segment.id, client=client), 200).to_dict() == segment.to_dict()

        page = ok(await v_4_list_segments.asyncio_detailed(client=client, limit=10), 200)
        assert (page.url, page.has_more, page.next_cursor, [s.id for s in page.data]) == (
            "/v4/segments",
            False,
            None,
            [segment.id],
        )

        system = ok(await v_4_list_system_segments.asyncio_detailed(client=client), 200)
        assert [(s.id, s.is_system) for s in system.data] == [("active-subscribers", True), ("churned-users", True)]

        kept = ok(
            await v_4_update_segment.asyncio_detailed(segment.id, client=client, body=SegmentReplace(name="Renamed")),
            200,
        )
        assert (kept.name, len(kept.conditions)) == ("Renamed", 1)
        cleared = ok(
            await v_4_update_segment.asyncio_detailed(
                segment.id, client=client, body=SegmentReplace(name="Renamed", conditions=[])
            ),
            200,
        )
        assert cleared.conditions == []

        assert (await v_4_delete_segment.asyncio_detailed(segment.id, client=client)).status_code == 204
        assert (await v_4_get_segment.asyncio_detailed(segment.id, client=client)).status_code == 404

    run(flow())


def test_qonversion_integrations_every_operation() -> None:
    client = qclient()

    async def flow() -> None:
        body = IntegrationCreate(
            title="Amplitude — Production iOS", integration="amplitude", target_platform=TargetPlatform.IOS
        )
        response = await v_4_create_integration.asyncio_detailed(client=client, body=body, idempotency_key="int-1")
        integration = ok(response, 201)
        assert response.headers["location"] == integration.url == f"/v4/integrations/{integration.id}"
        assert integration.to_dict() == {
            "object": "integration",
            "id": integration.id,
            "url": integration.url,
            "title": "Amplitude — Production iOS",
            "integration": "Amplitude",
            "target_platform": "iOS",
            "active": 0,
            "created_at": "2026-03-01T12:30:45Z",
            "updated_at": "2026-03-01T12:30:45Z",
            "last_delivery_at": None,
            "last_error_at": None,
            "last_error_message": None,
            "delivery_error_count": 0,
        }
        listed = ok(await v_4_list_integrations.asyncio_detailed(client=client), 200)
        assert (listed.url, listed.has_more, [i.id for i in listed.data]) == (
            "/v4/integrations",
            False,
            [integration.id],
        )

        meta = ok(await v_4_get_integrations_meta.asyncio_detailed(client=client), 200)
        amplitude = next(item for item in meta.data if item.slug == "amplitude")
        assert (amplitude.title, [s.value for s in amplitude.allowed_stores]) == (
            "Amplitude",
            ["iOS", "Android", "Stripe"],
        )

        change = IntegrationStatusChange(status=IntegrationStatusChangeStatus.ACTIVE)
        active = ok(
            await v_4_update_integration_status.asyncio_detailed(integration.id, client=client, body=change), 200
        )
        assert active.active == IntegrationActive.ACTIVE

        assert (await v_4_delete_integration.asyncio_detailed(integration.id, client=client)).status_code == 204
        assert ok(await v_4_list_integrations.asyncio_detailed(client=client), 200).data == []

    run(flow())


def cohorts() -> list[CohortInput]:
    return [
        CohortInput(
            name="cohort_1", label="Cohort 1 (Control)", is_control=True, allocation_weight=5000, is_fall_through=False
        ),
        CohortInput(name="cohort_2", label="Cohort 2", is_control=False, allocation_weight=5000),
    ]


def test_salesforce_every_operation() -> None:
    client = sclient()

    async def flow() -> None:
        body = PersonalizationExperimentInput(
            name="testExp50",
            label="testExp50",
            data_space_name="default",
            cohorts=cohorts(),
            schema_name="AResponseTemplate",
            source=PersonalizationExperimentSource.FLOWBUILDER,
            description=None,
            chance_to_win_threshold=95.0,
            minimum_required_participants=1000,
        )
        exp = ok(await create_personalization_experiment.asyncio_detailed(client=client, body=body), 201)
        assert re.match(r"^1Ga[A-Za-z0-9]{15}$", exp.id)
        assert exp.url == f"/services/data/v65.0/personalization/abn-experiments/{exp.id}"
        assert (exp.name, exp.label, exp.data_space_name, exp.schema_name, exp.source) == (
            "testExp50",
            "testExp50",
            "default",
            "AResponseTemplate",
            PersonalizationExperimentSource.FLOWBUILDER,
        )
        assert (exp.state, exp.status) == (
            PersonalizationExperimentState.CREATED,
            PersonalizationExperimentEntityStatus.ACTIVE,
        )
        assert (exp.description, exp.chance_to_win_threshold, exp.minimum_required_participants) == (None, 95.0, 1000)
        assert (exp.created_date, exp.last_modified_date, exp.started_date, exp.stopped_date) == (NOW, NOW, None, None)
        assert exp.created_by_id == exp.last_modified_by_id and exp.created_by_id.startswith("005")
        assert [(c.name, c.label, c.is_control, c.allocation_weight, c.created_date) for c in exp.cohorts] == [
            ("cohort_1", "Cohort 1 (Control)", True, 5000, NOW),
            ("cohort_2", "Cohort 2", False, 5000, NOW),
        ]
        assert all(re.match(r"^1Gc[A-Za-z0-9]{15}$", c.id) for c in exp.cohorts)

        by_id = ok(await get_personalization_experiment.asyncio_detailed(exp.id, client=client), 200)
        by_name = ok(await get_personalization_experiment.asyncio_detailed("testExp50", client=client), 200)
        assert by_id.to_dict() == by_name.to_dict() == exp.to_dict()

        patch = PersonalizationExperimentPatch(label="newExperimentLabel", description="new description")
        started = ok(
            await update_personalization_experiment.asyncio_detailed(
                exp.id, client=client, body=patch, action=PersonalizationExperimentAction.START
            ),
            200,
        )
        assert (started.label, started.description, started.state, started.started_date) == (
            "newExperimentLabel",
            "new description",
            PersonalizationExperimentState.STARTED,
            NOW,
        )

        deleted = await delete_personalization_experiment.asyncio_detailed(exp.id, client=client)
        assert (deleted.status_code, deleted.content) == (202, b"")
        missing = await get_personalization_experiment.asyncio_detailed(exp.id, client=client)
        assert missing.status_code == 404
        assert [e.to_dict() for e in missing.parsed] == [
            {"errorCode": "NOT_FOUND", "message": f"No personalization experiment with id or name {exp.id!r}"}
        ]

    run(flow())


@pytest.mark.parametrize("make", [qclient, sclient])
def test_wrong_token_is_401_in_the_vendor_shape(make: Callable[[], Any]) -> None:
    client = make()
    bad = client.__class__(base_url=client._base_url, token="wrong", httpx_args=client._httpx_args)
    if isinstance(client, QClient):
        response = run(v_4_list_experiments.asyncio_detailed(client=bad))
        assert response.status_code == 401 and response.parsed.error.code == "control_unauthorized"
    else:
        response = run(get_personalization_experiment.asyncio_detailed("x", client=bad))
        assert response.status_code == 401 and response.parsed[0].error_code == "INVALID_SESSION_ID"


def test_unset_is_not_sent() -> None:
    assert ExperimentUpdate(name=UNSET).to_dict() == {}

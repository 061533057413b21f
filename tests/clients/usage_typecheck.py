"""The whole resource surface of both clients as an application uses it: never run, only type-checked with
``mypy --strict`` (tests/clients/test_usage_typecheck.py). The ``type: ignore[...]`` lines are calls mypy
must refuse (strict mode reports an ignore that is not needed, so each one proves a check)."""

import asyncio

from qonversion_client import (
    APIStatusError,
    AsyncPage,
    AsyncQonversionClient,
    NotFoundError,
    QonversionClient,
    RawResponse,
    SyncPage,
)
from qonversion_client.models import (
    Experiment,
    ExperimentGroup,
    ExperimentsSummary,
    Integration,
    IntegrationsMeta,
    IntegrationStatusChangeStatus,
    Segment,
    SegmentCondition,
    SegmentConditionComparator,
    SegmentConditionDict,
)
from salesforce_personalization_client import AsyncSalesforceClient, SalesforceClient
from salesforce_personalization_client.models import PersonalizationExperiment


def qonversion(client: QonversionClient) -> None:
    vip: Segment = client.segments.create(
        name="VIP",
        conditions=[
            {"metric": "environment", "comparator": "eq", "value": "prod"},
            SegmentCondition(metric="platform", comparator=SegmentConditionComparator.EQ, value="ios"),
        ],
        idempotency_key="key-1",
    )
    rules: list[SegmentConditionDict] = [{"metric": "renewable", "comparator": "eq", "value": "1", "negate": False}]
    client.segments.update(vip.id, name="VIP", conditions=rules)
    page: SyncPage[Segment] = client.segments.list(limit=50)
    names: list[str] = [s.name for s in page] + [s.name for s in page.data]
    following: SyncPage[Segment] | None = page.next_page()
    more: bool = page.has_more
    system: SyncPage[Segment] = client.segments.list_system()
    same: Segment = client.segments.retrieve("vip", max_retries=5, timeout=2.0, extra_headers={"X-Trace": "1"})
    client.segments.delete("vip")
    raw: RawResponse[Segment] = client.segments.with_raw_response.retrieve("vip")
    status: int = raw.status_code
    parsed: Segment = raw.parse()

    experiment: Experiment = client.experiments.create(name="Paywall", alias_id="paywall_v3", segment_percent=50)
    experiments: SyncPage[Experiment] = client.experiments.list()
    client.experiments.retrieve("exp")
    client.experiments.update("exp", name="Paywall v2", segment_percent=None)
    client.experiments.change_status("exp", status="active")
    summary: ExperimentsSummary = client.experiments.summary(filterexperiment_uid=["exp"])
    client.experiments.delete("exp")
    group: ExperimentGroup = client.experiments.groups.create("exp", weight=50, name="A", remote_config_uid=None)
    groups: SyncPage[ExperimentGroup] = client.experiments.groups.list("exp")
    client.experiments.groups.update("exp", "grp", weight=25)
    client.experiments.groups.delete("exp", "grp")
    client.experiments.users.attach("exp", "user", group_id="grp")
    client.experiments.users.detach("exp", "user")

    integration: Integration = client.integrations.create(title="Amp", integration="amplitude", target_platform="iOS")
    integrations: SyncPage[Integration] = client.integrations.list()
    meta: IntegrationsMeta = client.integrations.meta()
    client.integrations.update_status("id", status=IntegrationStatusChangeStatus.ACTIVE)
    client.integrations.update_status("id", status=0)
    client.integrations.delete("id")

    quick: QonversionClient = client.with_options(max_retries=0, timeout=1.0)
    quick.segments.retrieve("vip")
    try:
        client.segments.retrieve("nope")
    except NotFoundError as exc:
        print(exc.status_code, exc.code, exc.request, exc.response)
    except APIStatusError as exc:
        print(exc.message)

    client.segments.create(name=1)  # type: ignore[arg-type]
    client.segments.create(name="x", conditions=[{"metric": "m", "comparator": "bogus", "value": "v"}])  # type: ignore[list-item]
    client.segments.create(name="x", conditions=[{"metric": "m", "comparator": "eq"}])  # type: ignore[list-item]
    client.experiments.change_status("exp", status="bogus")  # type: ignore[arg-type]
    client.integrations.update_status("id", status=7)  # type: ignore[arg-type]
    client.segments.create()  # type: ignore[call-arg]
    client.segments.retrieve("vip", nonsense=1)  # type: ignore[call-arg]
    print(names, following, more, system, same, status, parsed, experiment, experiments, summary, group, groups)
    print(integration, integrations, meta)


async def qonversion_async() -> None:
    async with AsyncQonversionClient(secret_key="test_sk_x") as client:
        segment: Segment = await client.segments.create(name="VIP")
        async for s in client.segments.list(limit=10):
            print(s.name)
        first: AsyncPage[Segment] = await client.segments.list()
        after: AsyncPage[Segment] | None = await first.next_page()
        raw: RawResponse[Segment] = await client.segments.with_raw_response.retrieve("vip")
        groups: AsyncPage[ExperimentGroup] = await client.experiments.groups.list("exp")
        await client.experiments.users.attach("exp", "user", group_id="grp")
        await client.segments.create(name=1)  # type: ignore[arg-type]
        print(segment, after, raw, groups)


def salesforce(sf: SalesforceClient) -> None:
    created: PersonalizationExperiment = sf.experiments.create(
        name="exp",
        label="Exp",
        data_space_name="default",
        schema_name="AResponseTemplate",
        cohorts=[{"name": "c1", "label": "C1", "allocationWeight": 10000, "isControl": True}],
        source="FlowBuilder",
        action="Start",
    )
    sf.experiments.retrieve(created.id)
    sf.experiments.update(created.id, label="New", action="Stop")
    sf.experiments.delete(created.id)
    sf.experiments.update(created.id, action="Pause")  # type: ignore[arg-type]


async def salesforce_async() -> None:
    async with AsyncSalesforceClient(instance_url="https://acme.my.salesforce.com", access_token="00D") as sf:
        experiment: PersonalizationExperiment = await sf.experiments.retrieve("exp")
        print(experiment.label)


if __name__ == "__main__":  # pragma: no cover - the file is type-checked, not run
    asyncio.run(qonversion_async())

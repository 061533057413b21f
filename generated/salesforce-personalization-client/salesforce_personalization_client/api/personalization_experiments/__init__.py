"""Resources of the ``personalization_experiments`` tag: ``client.experiments``.

Each method is one operation and calls that operation's module (beside this file): the low-level layer.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import Literal, cast

from ... import models
from ..._pagination import AsyncPage, AsyncPager, SyncPage
from ..._resource import RawResponse, body_of, enum_of
from ..._send import TimeoutOption
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.personalization_experiment import PersonalizationExperiment
from ...models.personalization_experiment_action import PersonalizationExperimentAction
from ...models.personalization_experiment_input import PersonalizationExperimentInput
from ...models.personalization_experiment_patch import PersonalizationExperimentPatch
from ...types import UNSET, Unset
from . import (
    create_personalization_experiment,
    delete_personalization_experiment,
    get_personalization_experiment,
    update_personalization_experiment,
)

__all__ = [
    "AsyncExperiments",
    "AsyncExperimentsWithRawResponse",
    "Experiments",
    "ExperimentsWithRawResponse",
]


class Experiments:
    """``client.experiments``."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<Experiments of {type(self._client).__name__}>"

    @property
    def with_raw_response(self) -> ExperimentsWithRawResponse:
        """The same methods, returning the raw response (status, headers, retries) with ``.parse()``."""
        return ExperimentsWithRawResponse(self._client)

    def create(
        self,
        *,
        name: str,
        label: str,
        data_space_name: str,
        cohorts: Sequence[models.CohortInput | models.CohortInputDict],
        schema_name: str,
        source: Literal["PersonalizationApp", "ExperienceBuilder", "BlockBuilder", "FlowBuilder", "Agentforce"]
        | models.PersonalizationExperimentSource,
        description: str | None | Unset = UNSET,
        profile_data_graph_name: str | Unset = UNSET,
        source_record_id: str | None | Unset = UNSET,
        primary_metric: models.PrimaryMetricReferenceInput | models.PrimaryMetricReferenceInputDict | Unset = UNSET,
        primary_metrics: Sequence[models.PrimaryMetricReferenceInput | models.PrimaryMetricReferenceInputDict]
        | Unset = UNSET,
        secondary_metrics: Sequence[models.MetricReferenceInput | models.MetricReferenceInputDict] | Unset = UNSET,
        criteria: str | Unset = UNSET,
        minimum_required_participants: int | Unset = UNSET,
        chance_to_win_threshold: float | Unset = UNSET,
        minimum_duration_in_minutes: int | Unset = UNSET,
        maximum_duration_in_minutes: int | Unset = UNSET,
        winner_selection_mode: Literal["Automatic", "Manual"]
        | models.PersonalizationExperimentWinnerSelectionMode
        | Unset = UNSET,
        schedule_frequency_in_minutes: int | Unset = UNSET,
        parameters: Sequence[models.Parameter | models.ParameterDict] | Unset = UNSET,
        action: Literal["Start", "Stop", "Archive"] | models.PersonalizationExperimentAction | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> PersonalizationExperiment:
        """Create a personalization experiment (``POST /personalization/abn-experiments``, module ``create_personalization_experiment``)."""

        body = body_of(
            models.PersonalizationExperimentInput,
            {
                "name": name,
                "label": label,
                "dataSpaceName": data_space_name,
                "cohorts": cohorts,
                "schemaName": schema_name,
                "source": source,
                "description": description,
                "profileDataGraphName": profile_data_graph_name,
                "sourceRecordId": source_record_id,
                "primaryMetric": primary_metric,
                "primaryMetrics": primary_metrics,
                "secondaryMetrics": secondary_metrics,
                "criteria": criteria,
                "minimumRequiredParticipants": minimum_required_participants,
                "chanceToWinThreshold": chance_to_win_threshold,
                "minimumDurationInMinutes": minimum_duration_in_minutes,
                "maximumDurationInMinutes": maximum_duration_in_minutes,
                "winnerSelectionMode": winner_selection_mode,
                "scheduleFrequencyInMinutes": schedule_frequency_in_minutes,
                "parameters": parameters,
            },
        )
        return create_personalization_experiment.sync(
            client=self._client,
            body=body,
            action=UNSET if isinstance(action, Unset) else enum_of(models.PersonalizationExperimentAction, action),
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    def retrieve(
        self,
        id_or_name: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> PersonalizationExperiment:
        """Get a personalization experiment (``GET /personalization/abn-experiments/{id_or_name}``, module ``get_personalization_experiment``)."""

        return get_personalization_experiment.sync(
            id_or_name,
            client=self._client,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    def delete(
        self,
        id_or_name: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> None:
        """Delete a personalization experiment (``DELETE /personalization/abn-experiments/{id_or_name}``, module ``delete_personalization_experiment``)."""

        return delete_personalization_experiment.sync(
            id_or_name,
            client=self._client,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    def update(
        self,
        id_or_name: str,
        *,
        name: str | Unset = UNSET,
        label: str | Unset = UNSET,
        description: str | None | Unset = UNSET,
        data_space_name: str | Unset = UNSET,
        profile_data_graph_name: str | Unset = UNSET,
        cohorts: Sequence[models.CohortInput | models.CohortInputDict] | Unset = UNSET,
        schema_name: str | Unset = UNSET,
        source: Literal["PersonalizationApp", "ExperienceBuilder", "BlockBuilder", "FlowBuilder", "Agentforce"]
        | models.PersonalizationExperimentSource
        | Unset = UNSET,
        source_record_id: str | None | Unset = UNSET,
        primary_metric: models.PrimaryMetricReferenceInput | models.PrimaryMetricReferenceInputDict | Unset = UNSET,
        primary_metrics: Sequence[models.PrimaryMetricReferenceInput | models.PrimaryMetricReferenceInputDict]
        | Unset = UNSET,
        secondary_metrics: Sequence[models.MetricReferenceInput | models.MetricReferenceInputDict] | Unset = UNSET,
        criteria: str | Unset = UNSET,
        minimum_required_participants: int | Unset = UNSET,
        chance_to_win_threshold: float | Unset = UNSET,
        minimum_duration_in_minutes: int | Unset = UNSET,
        maximum_duration_in_minutes: int | Unset = UNSET,
        winner_selection_mode: Literal["Automatic", "Manual"]
        | models.PersonalizationExperimentWinnerSelectionMode
        | Unset = UNSET,
        schedule_frequency_in_minutes: int | Unset = UNSET,
        parameters: Sequence[models.Parameter | models.ParameterDict] | Unset = UNSET,
        action: Literal["Start", "Stop", "Archive"] | models.PersonalizationExperimentAction | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> PersonalizationExperiment:
        """Update a personalization experiment (``PATCH /personalization/abn-experiments/{id_or_name}``, module ``update_personalization_experiment``)."""

        body = body_of(
            models.PersonalizationExperimentPatch,
            {
                "name": name,
                "label": label,
                "description": description,
                "dataSpaceName": data_space_name,
                "profileDataGraphName": profile_data_graph_name,
                "cohorts": cohorts,
                "schemaName": schema_name,
                "source": source,
                "sourceRecordId": source_record_id,
                "primaryMetric": primary_metric,
                "primaryMetrics": primary_metrics,
                "secondaryMetrics": secondary_metrics,
                "criteria": criteria,
                "minimumRequiredParticipants": minimum_required_participants,
                "chanceToWinThreshold": chance_to_win_threshold,
                "minimumDurationInMinutes": minimum_duration_in_minutes,
                "maximumDurationInMinutes": maximum_duration_in_minutes,
                "winnerSelectionMode": winner_selection_mode,
                "scheduleFrequencyInMinutes": schedule_frequency_in_minutes,
                "parameters": parameters,
            },
        )
        return update_personalization_experiment.sync(
            id_or_name,
            client=self._client,
            body=body,
            action=UNSET if isinstance(action, Unset) else enum_of(models.PersonalizationExperimentAction, action),
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )


class ExperimentsWithRawResponse:
    """``client.experiments.with_raw_response``: the same methods, returning the :class:`RawResponse` (status, headers, retries, ``.parse()``)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<ExperimentsWithRawResponse of {type(self._client).__name__}>"

    def create(
        self,
        *,
        name: str,
        label: str,
        data_space_name: str,
        cohorts: Sequence[models.CohortInput | models.CohortInputDict],
        schema_name: str,
        source: Literal["PersonalizationApp", "ExperienceBuilder", "BlockBuilder", "FlowBuilder", "Agentforce"]
        | models.PersonalizationExperimentSource,
        description: str | None | Unset = UNSET,
        profile_data_graph_name: str | Unset = UNSET,
        source_record_id: str | None | Unset = UNSET,
        primary_metric: models.PrimaryMetricReferenceInput | models.PrimaryMetricReferenceInputDict | Unset = UNSET,
        primary_metrics: Sequence[models.PrimaryMetricReferenceInput | models.PrimaryMetricReferenceInputDict]
        | Unset = UNSET,
        secondary_metrics: Sequence[models.MetricReferenceInput | models.MetricReferenceInputDict] | Unset = UNSET,
        criteria: str | Unset = UNSET,
        minimum_required_participants: int | Unset = UNSET,
        chance_to_win_threshold: float | Unset = UNSET,
        minimum_duration_in_minutes: int | Unset = UNSET,
        maximum_duration_in_minutes: int | Unset = UNSET,
        winner_selection_mode: Literal["Automatic", "Manual"]
        | models.PersonalizationExperimentWinnerSelectionMode
        | Unset = UNSET,
        schedule_frequency_in_minutes: int | Unset = UNSET,
        parameters: Sequence[models.Parameter | models.ParameterDict] | Unset = UNSET,
        action: Literal["Start", "Stop", "Archive"] | models.PersonalizationExperimentAction | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> RawResponse[PersonalizationExperiment]:
        """Create a personalization experiment (``POST /personalization/abn-experiments``, module ``create_personalization_experiment``)."""

        body = body_of(
            models.PersonalizationExperimentInput,
            {
                "name": name,
                "label": label,
                "dataSpaceName": data_space_name,
                "cohorts": cohorts,
                "schemaName": schema_name,
                "source": source,
                "description": description,
                "profileDataGraphName": profile_data_graph_name,
                "sourceRecordId": source_record_id,
                "primaryMetric": primary_metric,
                "primaryMetrics": primary_metrics,
                "secondaryMetrics": secondary_metrics,
                "criteria": criteria,
                "minimumRequiredParticipants": minimum_required_participants,
                "chanceToWinThreshold": chance_to_win_threshold,
                "minimumDurationInMinutes": minimum_duration_in_minutes,
                "maximumDurationInMinutes": maximum_duration_in_minutes,
                "winnerSelectionMode": winner_selection_mode,
                "scheduleFrequencyInMinutes": schedule_frequency_in_minutes,
                "parameters": parameters,
            },
        )
        return create_personalization_experiment.sync_raw(
            client=self._client,
            body=body,
            action=UNSET if isinstance(action, Unset) else enum_of(models.PersonalizationExperimentAction, action),
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    def retrieve(
        self,
        id_or_name: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> RawResponse[PersonalizationExperiment]:
        """Get a personalization experiment (``GET /personalization/abn-experiments/{id_or_name}``, module ``get_personalization_experiment``)."""

        return get_personalization_experiment.sync_raw(
            id_or_name,
            client=self._client,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    def delete(
        self,
        id_or_name: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> RawResponse[None]:
        """Delete a personalization experiment (``DELETE /personalization/abn-experiments/{id_or_name}``, module ``delete_personalization_experiment``)."""

        return delete_personalization_experiment.sync_raw(
            id_or_name,
            client=self._client,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    def update(
        self,
        id_or_name: str,
        *,
        name: str | Unset = UNSET,
        label: str | Unset = UNSET,
        description: str | None | Unset = UNSET,
        data_space_name: str | Unset = UNSET,
        profile_data_graph_name: str | Unset = UNSET,
        cohorts: Sequence[models.CohortInput | models.CohortInputDict] | Unset = UNSET,
        schema_name: str | Unset = UNSET,
        source: Literal["PersonalizationApp", "ExperienceBuilder", "BlockBuilder", "FlowBuilder", "Agentforce"]
        | models.PersonalizationExperimentSource
        | Unset = UNSET,
        source_record_id: str | None | Unset = UNSET,
        primary_metric: models.PrimaryMetricReferenceInput | models.PrimaryMetricReferenceInputDict | Unset = UNSET,
        primary_metrics: Sequence[models.PrimaryMetricReferenceInput | models.PrimaryMetricReferenceInputDict]
        | Unset = UNSET,
        secondary_metrics: Sequence[models.MetricReferenceInput | models.MetricReferenceInputDict] | Unset = UNSET,
        criteria: str | Unset = UNSET,
        minimum_required_participants: int | Unset = UNSET,
        chance_to_win_threshold: float | Unset = UNSET,
        minimum_duration_in_minutes: int | Unset = UNSET,
        maximum_duration_in_minutes: int | Unset = UNSET,
        winner_selection_mode: Literal["Automatic", "Manual"]
        | models.PersonalizationExperimentWinnerSelectionMode
        | Unset = UNSET,
        schedule_frequency_in_minutes: int | Unset = UNSET,
        parameters: Sequence[models.Parameter | models.ParameterDict] | Unset = UNSET,
        action: Literal["Start", "Stop", "Archive"] | models.PersonalizationExperimentAction | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> RawResponse[PersonalizationExperiment]:
        """Update a personalization experiment (``PATCH /personalization/abn-experiments/{id_or_name}``, module ``update_personalization_experiment``)."""

        body = body_of(
            models.PersonalizationExperimentPatch,
            {
                "name": name,
                "label": label,
                "description": description,
                "dataSpaceName": data_space_name,
                "profileDataGraphName": profile_data_graph_name,
                "cohorts": cohorts,
                "schemaName": schema_name,
                "source": source,
                "sourceRecordId": source_record_id,
                "primaryMetric": primary_metric,
                "primaryMetrics": primary_metrics,
                "secondaryMetrics": secondary_metrics,
                "criteria": criteria,
                "minimumRequiredParticipants": minimum_required_participants,
                "chanceToWinThreshold": chance_to_win_threshold,
                "minimumDurationInMinutes": minimum_duration_in_minutes,
                "maximumDurationInMinutes": maximum_duration_in_minutes,
                "winnerSelectionMode": winner_selection_mode,
                "scheduleFrequencyInMinutes": schedule_frequency_in_minutes,
                "parameters": parameters,
            },
        )
        return update_personalization_experiment.sync_raw(
            id_or_name,
            client=self._client,
            body=body,
            action=UNSET if isinstance(action, Unset) else enum_of(models.PersonalizationExperimentAction, action),
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )


class AsyncExperiments:
    """``client.experiments`` (async)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncExperiments of {type(self._client).__name__}>"

    @property
    def with_raw_response(self) -> AsyncExperimentsWithRawResponse:
        """The same methods, returning the raw response (status, headers, retries) with ``.parse()``."""
        return AsyncExperimentsWithRawResponse(self._client)

    async def create(
        self,
        *,
        name: str,
        label: str,
        data_space_name: str,
        cohorts: Sequence[models.CohortInput | models.CohortInputDict],
        schema_name: str,
        source: Literal["PersonalizationApp", "ExperienceBuilder", "BlockBuilder", "FlowBuilder", "Agentforce"]
        | models.PersonalizationExperimentSource,
        description: str | None | Unset = UNSET,
        profile_data_graph_name: str | Unset = UNSET,
        source_record_id: str | None | Unset = UNSET,
        primary_metric: models.PrimaryMetricReferenceInput | models.PrimaryMetricReferenceInputDict | Unset = UNSET,
        primary_metrics: Sequence[models.PrimaryMetricReferenceInput | models.PrimaryMetricReferenceInputDict]
        | Unset = UNSET,
        secondary_metrics: Sequence[models.MetricReferenceInput | models.MetricReferenceInputDict] | Unset = UNSET,
        criteria: str | Unset = UNSET,
        minimum_required_participants: int | Unset = UNSET,
        chance_to_win_threshold: float | Unset = UNSET,
        minimum_duration_in_minutes: int | Unset = UNSET,
        maximum_duration_in_minutes: int | Unset = UNSET,
        winner_selection_mode: Literal["Automatic", "Manual"]
        | models.PersonalizationExperimentWinnerSelectionMode
        | Unset = UNSET,
        schedule_frequency_in_minutes: int | Unset = UNSET,
        parameters: Sequence[models.Parameter | models.ParameterDict] | Unset = UNSET,
        action: Literal["Start", "Stop", "Archive"] | models.PersonalizationExperimentAction | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> PersonalizationExperiment:
        """Create a personalization experiment (``POST /personalization/abn-experiments``, module ``create_personalization_experiment``)."""

        body = body_of(
            models.PersonalizationExperimentInput,
            {
                "name": name,
                "label": label,
                "dataSpaceName": data_space_name,
                "cohorts": cohorts,
                "schemaName": schema_name,
                "source": source,
                "description": description,
                "profileDataGraphName": profile_data_graph_name,
                "sourceRecordId": source_record_id,
                "primaryMetric": primary_metric,
                "primaryMetrics": primary_metrics,
                "secondaryMetrics": secondary_metrics,
                "criteria": criteria,
                "minimumRequiredParticipants": minimum_required_participants,
                "chanceToWinThreshold": chance_to_win_threshold,
                "minimumDurationInMinutes": minimum_duration_in_minutes,
                "maximumDurationInMinutes": maximum_duration_in_minutes,
                "winnerSelectionMode": winner_selection_mode,
                "scheduleFrequencyInMinutes": schedule_frequency_in_minutes,
                "parameters": parameters,
            },
        )
        return await create_personalization_experiment.asyncio(
            client=self._client,
            body=body,
            action=UNSET if isinstance(action, Unset) else enum_of(models.PersonalizationExperimentAction, action),
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def retrieve(
        self,
        id_or_name: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> PersonalizationExperiment:
        """Get a personalization experiment (``GET /personalization/abn-experiments/{id_or_name}``, module ``get_personalization_experiment``)."""

        return await get_personalization_experiment.asyncio(
            id_or_name,
            client=self._client,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def delete(
        self,
        id_or_name: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> None:
        """Delete a personalization experiment (``DELETE /personalization/abn-experiments/{id_or_name}``, module ``delete_personalization_experiment``)."""

        return await delete_personalization_experiment.asyncio(
            id_or_name,
            client=self._client,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def update(
        self,
        id_or_name: str,
        *,
        name: str | Unset = UNSET,
        label: str | Unset = UNSET,
        description: str | None | Unset = UNSET,
        data_space_name: str | Unset = UNSET,
        profile_data_graph_name: str | Unset = UNSET,
        cohorts: Sequence[models.CohortInput | models.CohortInputDict] | Unset = UNSET,
        schema_name: str | Unset = UNSET,
        source: Literal["PersonalizationApp", "ExperienceBuilder", "BlockBuilder", "FlowBuilder", "Agentforce"]
        | models.PersonalizationExperimentSource
        | Unset = UNSET,
        source_record_id: str | None | Unset = UNSET,
        primary_metric: models.PrimaryMetricReferenceInput | models.PrimaryMetricReferenceInputDict | Unset = UNSET,
        primary_metrics: Sequence[models.PrimaryMetricReferenceInput | models.PrimaryMetricReferenceInputDict]
        | Unset = UNSET,
        secondary_metrics: Sequence[models.MetricReferenceInput | models.MetricReferenceInputDict] | Unset = UNSET,
        criteria: str | Unset = UNSET,
        minimum_required_participants: int | Unset = UNSET,
        chance_to_win_threshold: float | Unset = UNSET,
        minimum_duration_in_minutes: int | Unset = UNSET,
        maximum_duration_in_minutes: int | Unset = UNSET,
        winner_selection_mode: Literal["Automatic", "Manual"]
        | models.PersonalizationExperimentWinnerSelectionMode
        | Unset = UNSET,
        schedule_frequency_in_minutes: int | Unset = UNSET,
        parameters: Sequence[models.Parameter | models.ParameterDict] | Unset = UNSET,
        action: Literal["Start", "Stop", "Archive"] | models.PersonalizationExperimentAction | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> PersonalizationExperiment:
        """Update a personalization experiment (``PATCH /personalization/abn-experiments/{id_or_name}``, module ``update_personalization_experiment``)."""

        body = body_of(
            models.PersonalizationExperimentPatch,
            {
                "name": name,
                "label": label,
                "description": description,
                "dataSpaceName": data_space_name,
                "profileDataGraphName": profile_data_graph_name,
                "cohorts": cohorts,
                "schemaName": schema_name,
                "source": source,
                "sourceRecordId": source_record_id,
                "primaryMetric": primary_metric,
                "primaryMetrics": primary_metrics,
                "secondaryMetrics": secondary_metrics,
                "criteria": criteria,
                "minimumRequiredParticipants": minimum_required_participants,
                "chanceToWinThreshold": chance_to_win_threshold,
                "minimumDurationInMinutes": minimum_duration_in_minutes,
                "maximumDurationInMinutes": maximum_duration_in_minutes,
                "winnerSelectionMode": winner_selection_mode,
                "scheduleFrequencyInMinutes": schedule_frequency_in_minutes,
                "parameters": parameters,
            },
        )
        return await update_personalization_experiment.asyncio(
            id_or_name,
            client=self._client,
            body=body,
            action=UNSET if isinstance(action, Unset) else enum_of(models.PersonalizationExperimentAction, action),
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )


class AsyncExperimentsWithRawResponse:
    """``client.experiments.with_raw_response`` (async): the same methods, returning the :class:`RawResponse` (status, headers, retries, ``.parse()``)."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient | Client) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<AsyncExperimentsWithRawResponse of {type(self._client).__name__}>"

    async def create(
        self,
        *,
        name: str,
        label: str,
        data_space_name: str,
        cohorts: Sequence[models.CohortInput | models.CohortInputDict],
        schema_name: str,
        source: Literal["PersonalizationApp", "ExperienceBuilder", "BlockBuilder", "FlowBuilder", "Agentforce"]
        | models.PersonalizationExperimentSource,
        description: str | None | Unset = UNSET,
        profile_data_graph_name: str | Unset = UNSET,
        source_record_id: str | None | Unset = UNSET,
        primary_metric: models.PrimaryMetricReferenceInput | models.PrimaryMetricReferenceInputDict | Unset = UNSET,
        primary_metrics: Sequence[models.PrimaryMetricReferenceInput | models.PrimaryMetricReferenceInputDict]
        | Unset = UNSET,
        secondary_metrics: Sequence[models.MetricReferenceInput | models.MetricReferenceInputDict] | Unset = UNSET,
        criteria: str | Unset = UNSET,
        minimum_required_participants: int | Unset = UNSET,
        chance_to_win_threshold: float | Unset = UNSET,
        minimum_duration_in_minutes: int | Unset = UNSET,
        maximum_duration_in_minutes: int | Unset = UNSET,
        winner_selection_mode: Literal["Automatic", "Manual"]
        | models.PersonalizationExperimentWinnerSelectionMode
        | Unset = UNSET,
        schedule_frequency_in_minutes: int | Unset = UNSET,
        parameters: Sequence[models.Parameter | models.ParameterDict] | Unset = UNSET,
        action: Literal["Start", "Stop", "Archive"] | models.PersonalizationExperimentAction | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> RawResponse[PersonalizationExperiment]:
        """Create a personalization experiment (``POST /personalization/abn-experiments``, module ``create_personalization_experiment``)."""

        body = body_of(
            models.PersonalizationExperimentInput,
            {
                "name": name,
                "label": label,
                "dataSpaceName": data_space_name,
                "cohorts": cohorts,
                "schemaName": schema_name,
                "source": source,
                "description": description,
                "profileDataGraphName": profile_data_graph_name,
                "sourceRecordId": source_record_id,
                "primaryMetric": primary_metric,
                "primaryMetrics": primary_metrics,
                "secondaryMetrics": secondary_metrics,
                "criteria": criteria,
                "minimumRequiredParticipants": minimum_required_participants,
                "chanceToWinThreshold": chance_to_win_threshold,
                "minimumDurationInMinutes": minimum_duration_in_minutes,
                "maximumDurationInMinutes": maximum_duration_in_minutes,
                "winnerSelectionMode": winner_selection_mode,
                "scheduleFrequencyInMinutes": schedule_frequency_in_minutes,
                "parameters": parameters,
            },
        )
        return await create_personalization_experiment.asyncio_raw(
            client=self._client,
            body=body,
            action=UNSET if isinstance(action, Unset) else enum_of(models.PersonalizationExperimentAction, action),
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def retrieve(
        self,
        id_or_name: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> RawResponse[PersonalizationExperiment]:
        """Get a personalization experiment (``GET /personalization/abn-experiments/{id_or_name}``, module ``get_personalization_experiment``)."""

        return await get_personalization_experiment.asyncio_raw(
            id_or_name,
            client=self._client,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def delete(
        self,
        id_or_name: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> RawResponse[None]:
        """Delete a personalization experiment (``DELETE /personalization/abn-experiments/{id_or_name}``, module ``delete_personalization_experiment``)."""

        return await delete_personalization_experiment.asyncio_raw(
            id_or_name,
            client=self._client,
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

    async def update(
        self,
        id_or_name: str,
        *,
        name: str | Unset = UNSET,
        label: str | Unset = UNSET,
        description: str | None | Unset = UNSET,
        data_space_name: str | Unset = UNSET,
        profile_data_graph_name: str | Unset = UNSET,
        cohorts: Sequence[models.CohortInput | models.CohortInputDict] | Unset = UNSET,
        schema_name: str | Unset = UNSET,
        source: Literal["PersonalizationApp", "ExperienceBuilder", "BlockBuilder", "FlowBuilder", "Agentforce"]
        | models.PersonalizationExperimentSource
        | Unset = UNSET,
        source_record_id: str | None | Unset = UNSET,
        primary_metric: models.PrimaryMetricReferenceInput | models.PrimaryMetricReferenceInputDict | Unset = UNSET,
        primary_metrics: Sequence[models.PrimaryMetricReferenceInput | models.PrimaryMetricReferenceInputDict]
        | Unset = UNSET,
        secondary_metrics: Sequence[models.MetricReferenceInput | models.MetricReferenceInputDict] | Unset = UNSET,
        criteria: str | Unset = UNSET,
        minimum_required_participants: int | Unset = UNSET,
        chance_to_win_threshold: float | Unset = UNSET,
        minimum_duration_in_minutes: int | Unset = UNSET,
        maximum_duration_in_minutes: int | Unset = UNSET,
        winner_selection_mode: Literal["Automatic", "Manual"]
        | models.PersonalizationExperimentWinnerSelectionMode
        | Unset = UNSET,
        schedule_frequency_in_minutes: int | Unset = UNSET,
        parameters: Sequence[models.Parameter | models.ParameterDict] | Unset = UNSET,
        action: Literal["Start", "Stop", "Archive"] | models.PersonalizationExperimentAction | Unset = UNSET,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        timeout: TimeoutOption = UNSET,
    ) -> RawResponse[PersonalizationExperiment]:
        """Update a personalization experiment (``PATCH /personalization/abn-experiments/{id_or_name}``, module ``update_personalization_experiment``)."""

        body = body_of(
            models.PersonalizationExperimentPatch,
            {
                "name": name,
                "label": label,
                "description": description,
                "dataSpaceName": data_space_name,
                "profileDataGraphName": profile_data_graph_name,
                "cohorts": cohorts,
                "schemaName": schema_name,
                "source": source,
                "sourceRecordId": source_record_id,
                "primaryMetric": primary_metric,
                "primaryMetrics": primary_metrics,
                "secondaryMetrics": secondary_metrics,
                "criteria": criteria,
                "minimumRequiredParticipants": minimum_required_participants,
                "chanceToWinThreshold": chance_to_win_threshold,
                "minimumDurationInMinutes": minimum_duration_in_minutes,
                "maximumDurationInMinutes": maximum_duration_in_minutes,
                "winnerSelectionMode": winner_selection_mode,
                "scheduleFrequencyInMinutes": schedule_frequency_in_minutes,
                "parameters": parameters,
            },
        )
        return await update_personalization_experiment.asyncio_raw(
            id_or_name,
            client=self._client,
            body=body,
            action=UNSET if isinstance(action, Unset) else enum_of(models.PersonalizationExperimentAction, action),
            extra_headers=extra_headers,
            max_retries=max_retries,
            timeout=timeout,
        )

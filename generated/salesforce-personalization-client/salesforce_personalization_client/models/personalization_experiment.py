from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import format_datetime  # dropped by the ruff hook where unused
from ..models.personalization_experiment_entity_status import (
    PersonalizationExperimentEntityStatus,
)
from ..models.personalization_experiment_source import PersonalizationExperimentSource
from ..models.personalization_experiment_state import PersonalizationExperimentState
from ..models.personalization_experiment_winner_selection_mode import (
    PersonalizationExperimentWinnerSelectionMode,
)
from ..types import UNSET, Unset, set_fields_repr

if TYPE_CHECKING:
    from ..models.cohort import Cohort
    from ..models.metric_reference import MetricReference
    from ..models.parameter import Parameter
    from ..models.personalization_experiment_criteria_type_0 import (
        PersonalizationExperimentCriteriaType0,
    )


T = TypeVar("T", bound="PersonalizationExperiment")


@_attrs_define
class PersonalizationExperiment:
    """Contains details of a personalization experiment. The vendor marks no field required; the ones every example carries
    are required here, and `id` and `url` (see their contradiction). Salesforce may add fields in later versions.

    """

    id: str
    """ The experiment's ID (key prefix 1Ga). The pages contradict each other: the update page's response example
    (connect_resources_personalization_experiment_update.htm) carries `id` and `url`; the create and get pages'
    examples (connect_resources_personalization_experiment_create.htm, ..._get.htm) carry neither (as last read;
    those two pages could not be re-read for this revision). Required here: the response inherits the named base
    representation, the only clean JSON example has them, and the follow-up operations need the id. A live response
    without `id` or `url` is this contradiction. """
    name: str
    """ The experiment's API name. """
    label: str
    """ The experiment's UI label. """
    url: str
    """ Canonical path of the experiment. Required although the create and get pages' examples omit it: see `id`. A
    live response without it is this contradiction. """
    data_space_name: str
    """ The API name of the experiment's data space. """
    cohorts: list[Cohort]
    """ The list of experiment cohorts. """
    status: PersonalizationExperimentEntityStatus
    """ Specifies the status of the experiment. """
    state: PersonalizationExperimentState
    """ The experiment's state. Its enum page (Personalization Experiment State Enum,
    connect_requests_personalization_experiment_state_enum.htm) exists and is reported to list these four values,
    but its text could not be read for this revision, so the values still rest on the examples (Created, Started)
    and the Data Cloud Abn Experiment object (Created, Started, Stopped, Archived). """
    description: None | str | Unset = UNSET
    """ The experiment's description. """
    created_by_id: str | Unset = UNSET
    created_date: datetime.datetime | Unset = UNSET
    last_modified_by_id: str | Unset = UNSET
    last_modified_date: datetime.datetime | Unset = UNSET
    schema_name: str | Unset = UNSET
    """ The API name of the personalization schema. If the name includes a data space prefix, it must match
    dataSpaceName. """
    schema_enum: None | str | Unset = UNSET
    """ The personalization schema enum, e.g. FlowPath (seen in the GET example). """
    source: PersonalizationExperimentSource | Unset = UNSET
    """ Indicates the origin source of the experiment. """
    source_record_id: None | str | Unset = UNSET
    """ Reference to the origin record (the key every JSON example uses). """
    source_reference_id: None | str | Unset = UNSET
    """ Reference to the origin record, as the response table names it; examples use sourceRecordId. """
    started_date: datetime.datetime | None | Unset = UNSET
    stopped_date: datetime.datetime | None | Unset = UNSET
    last_analyzed: datetime.datetime | None | Unset = UNSET
    profile_data_graph_name: None | str | Unset = UNSET
    """ The API name of the profile data graph. """
    criteria: None | PersonalizationExperimentCriteriaType0 | Unset = UNSET
    """ Targeting and segmentation rules. The response page (connect_responses_personalization_experiment.htm) types
    it CriteriaRepresentation, an object (only the input takes a JSON string); that representation's fields are not
    documented in what could be read, so any members are allowed. Null is allowed because no example carries it. """
    is_remote: bool | Unset = UNSET
    primary_metric: MetricReference | Unset = UNSET
    """ A metric reference as returned; shape from examples. """
    primary_metrics: list[MetricReference] | Unset = UNSET
    """ Primary metrics, as every example returns them. """
    secondary_metrics: list[MetricReference] | Unset = UNSET
    """ Metrics for additional performance and behavior insights. """
    parameters: list[Parameter] | Unset = UNSET
    chance_to_win_threshold: float | Unset = UNSET
    minimum_required_participants: int | Unset = UNSET
    minimum_duration_in_minutes: int | Unset = UNSET
    maximum_duration_in_minutes: int | Unset = UNSET
    schedule_frequency_in_minutes: int | Unset = UNSET
    winner_selection_mode: PersonalizationExperimentWinnerSelectionMode | Unset = UNSET
    """ Winner selection mode: automatic or manual. Its enum page (Personalization Experiment Winner Selection Mode
    Enum, connect_requests_personalization_experiment_winner_enum.htm) exists and is reported to list these two
    values, but its text could not be read for this revision, so the values still rest on the input page's
    "automatic or manual" and the examples (Manual). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        from ..models.personalization_experiment_criteria_type_0 import (
            PersonalizationExperimentCriteriaType0,  # noqa: PLC0415
        )

        id = self.id

        name = self.name

        label = self.label

        url = self.url

        data_space_name = self.data_space_name

        cohorts = []
        for cohorts_item_data in self.cohorts:
            cohorts_item = cohorts_item_data.to_dict()
            cohorts.append(cohorts_item)

        status = self.status.value

        state = self.state.value

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        created_by_id = self.created_by_id

        created_date: str | Unset = UNSET
        if not isinstance(self.created_date, Unset):
            created_date = format_datetime(self.created_date)

        last_modified_by_id = self.last_modified_by_id

        last_modified_date: str | Unset = UNSET
        if not isinstance(self.last_modified_date, Unset):
            last_modified_date = format_datetime(self.last_modified_date)

        schema_name = self.schema_name

        schema_enum: None | str | Unset
        if isinstance(self.schema_enum, Unset):
            schema_enum = UNSET
        else:
            schema_enum = self.schema_enum

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        source_record_id: None | str | Unset
        if isinstance(self.source_record_id, Unset):
            source_record_id = UNSET
        else:
            source_record_id = self.source_record_id

        source_reference_id: None | str | Unset
        if isinstance(self.source_reference_id, Unset):
            source_reference_id = UNSET
        else:
            source_reference_id = self.source_reference_id

        started_date: None | str | Unset
        if isinstance(self.started_date, Unset):
            started_date = UNSET
        elif isinstance(self.started_date, datetime.datetime):
            started_date = format_datetime(self.started_date)
        else:
            started_date = self.started_date

        stopped_date: None | str | Unset
        if isinstance(self.stopped_date, Unset):
            stopped_date = UNSET
        elif isinstance(self.stopped_date, datetime.datetime):
            stopped_date = format_datetime(self.stopped_date)
        else:
            stopped_date = self.stopped_date

        last_analyzed: None | str | Unset
        if isinstance(self.last_analyzed, Unset):
            last_analyzed = UNSET
        elif isinstance(self.last_analyzed, datetime.datetime):
            last_analyzed = format_datetime(self.last_analyzed)
        else:
            last_analyzed = self.last_analyzed

        profile_data_graph_name: None | str | Unset
        if isinstance(self.profile_data_graph_name, Unset):
            profile_data_graph_name = UNSET
        else:
            profile_data_graph_name = self.profile_data_graph_name

        criteria: dict[str, Any] | None | Unset
        if isinstance(self.criteria, Unset):
            criteria = UNSET
        elif isinstance(self.criteria, PersonalizationExperimentCriteriaType0):
            criteria = self.criteria.to_dict()
        else:
            criteria = self.criteria

        is_remote = self.is_remote

        primary_metric: dict[str, Any] | Unset = UNSET
        if not isinstance(self.primary_metric, Unset):
            primary_metric = self.primary_metric.to_dict()

        primary_metrics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.primary_metrics, Unset):
            primary_metrics = []
            for primary_metrics_item_data in self.primary_metrics:
                primary_metrics_item = primary_metrics_item_data.to_dict()
                primary_metrics.append(primary_metrics_item)

        secondary_metrics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.secondary_metrics, Unset):
            secondary_metrics = []
            for secondary_metrics_item_data in self.secondary_metrics:
                secondary_metrics_item = secondary_metrics_item_data.to_dict()
                secondary_metrics.append(secondary_metrics_item)

        parameters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = []
            for parameters_item_data in self.parameters:
                parameters_item = parameters_item_data.to_dict()
                parameters.append(parameters_item)

        chance_to_win_threshold = self.chance_to_win_threshold

        minimum_required_participants = self.minimum_required_participants

        minimum_duration_in_minutes = self.minimum_duration_in_minutes

        maximum_duration_in_minutes = self.maximum_duration_in_minutes

        schedule_frequency_in_minutes = self.schedule_frequency_in_minutes

        winner_selection_mode: str | Unset = UNSET
        if not isinstance(self.winner_selection_mode, Unset):
            winner_selection_mode = self.winner_selection_mode.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "label": label,
                "url": url,
                "dataSpaceName": data_space_name,
                "cohorts": cohorts,
                "status": status,
                "state": state,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if created_by_id is not UNSET:
            field_dict["createdById"] = created_by_id
        if created_date is not UNSET:
            field_dict["createdDate"] = created_date
        if last_modified_by_id is not UNSET:
            field_dict["lastModifiedById"] = last_modified_by_id
        if last_modified_date is not UNSET:
            field_dict["lastModifiedDate"] = last_modified_date
        if schema_name is not UNSET:
            field_dict["schemaName"] = schema_name
        if schema_enum is not UNSET:
            field_dict["schemaEnum"] = schema_enum
        if source is not UNSET:
            field_dict["source"] = source
        if source_record_id is not UNSET:
            field_dict["sourceRecordId"] = source_record_id
        if source_reference_id is not UNSET:
            field_dict["sourceReferenceId"] = source_reference_id
        if started_date is not UNSET:
            field_dict["startedDate"] = started_date
        if stopped_date is not UNSET:
            field_dict["stoppedDate"] = stopped_date
        if last_analyzed is not UNSET:
            field_dict["lastAnalyzed"] = last_analyzed
        if profile_data_graph_name is not UNSET:
            field_dict["profileDataGraphName"] = profile_data_graph_name
        if criteria is not UNSET:
            field_dict["criteria"] = criteria
        if is_remote is not UNSET:
            field_dict["isRemote"] = is_remote
        if primary_metric is not UNSET:
            field_dict["primaryMetric"] = primary_metric
        if primary_metrics is not UNSET:
            field_dict["primaryMetrics"] = primary_metrics
        if secondary_metrics is not UNSET:
            field_dict["secondaryMetrics"] = secondary_metrics
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if chance_to_win_threshold is not UNSET:
            field_dict["chanceToWinThreshold"] = chance_to_win_threshold
        if minimum_required_participants is not UNSET:
            field_dict["minimumRequiredParticipants"] = minimum_required_participants
        if minimum_duration_in_minutes is not UNSET:
            field_dict["minimumDurationInMinutes"] = minimum_duration_in_minutes
        if maximum_duration_in_minutes is not UNSET:
            field_dict["maximumDurationInMinutes"] = maximum_duration_in_minutes
        if schedule_frequency_in_minutes is not UNSET:
            field_dict["scheduleFrequencyInMinutes"] = schedule_frequency_in_minutes
        if winner_selection_mode is not UNSET:
            field_dict["winnerSelectionMode"] = winner_selection_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cohort import Cohort  # noqa: PLC0415
        from ..models.metric_reference import MetricReference  # noqa: PLC0415
        from ..models.parameter import Parameter  # noqa: PLC0415
        from ..models.personalization_experiment_criteria_type_0 import (
            PersonalizationExperimentCriteriaType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        label = d.pop("label")

        url = d.pop("url")

        data_space_name = d.pop("dataSpaceName")

        cohorts = []
        _cohorts = d.pop("cohorts")
        for cohorts_item_data in _cohorts:
            cohorts_item = Cohort.from_dict(cohorts_item_data)

            cohorts.append(cohorts_item)

        status = PersonalizationExperimentEntityStatus(d.pop("status"))

        state = PersonalizationExperimentState(d.pop("state"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        created_by_id = d.pop("createdById", UNSET)

        _created_date = d.pop("createdDate", UNSET)
        created_date: datetime.datetime | Unset
        if isinstance(_created_date, Unset):
            created_date = UNSET
        else:
            created_date = datetime.datetime.fromisoformat(_created_date)

        last_modified_by_id = d.pop("lastModifiedById", UNSET)

        _last_modified_date = d.pop("lastModifiedDate", UNSET)
        last_modified_date: datetime.datetime | Unset
        if isinstance(_last_modified_date, Unset):
            last_modified_date = UNSET
        else:
            last_modified_date = datetime.datetime.fromisoformat(_last_modified_date)

        schema_name = d.pop("schemaName", UNSET)

        def _parse_schema_enum(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        schema_enum = _parse_schema_enum(d.pop("schemaEnum", UNSET))

        _source = d.pop("source", UNSET)
        source: PersonalizationExperimentSource | Unset
        if isinstance(_source, Unset):
            source = UNSET
        else:
            source = PersonalizationExperimentSource(_source)

        def _parse_source_record_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_record_id = _parse_source_record_id(d.pop("sourceRecordId", UNSET))

        def _parse_source_reference_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_reference_id = _parse_source_reference_id(d.pop("sourceReferenceId", UNSET))

        def _parse_started_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_nullable_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        started_date = _parse_started_date(d.pop("startedDate", UNSET))

        def _parse_stopped_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_nullable_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        stopped_date = _parse_stopped_date(d.pop("stoppedDate", UNSET))

        def _parse_last_analyzed(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_nullable_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_analyzed = _parse_last_analyzed(d.pop("lastAnalyzed", UNSET))

        def _parse_profile_data_graph_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        profile_data_graph_name = _parse_profile_data_graph_name(d.pop("profileDataGraphName", UNSET))

        def _parse_criteria(data: object) -> None | PersonalizationExperimentCriteriaType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                criteria_type_0 = PersonalizationExperimentCriteriaType0.from_dict(data)

                return criteria_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PersonalizationExperimentCriteriaType0 | Unset, data)

        criteria = _parse_criteria(d.pop("criteria", UNSET))

        is_remote = d.pop("isRemote", UNSET)

        _primary_metric = d.pop("primaryMetric", UNSET)
        primary_metric: MetricReference | Unset
        if isinstance(_primary_metric, Unset):
            primary_metric = UNSET
        else:
            primary_metric = MetricReference.from_dict(_primary_metric)

        _primary_metrics = d.pop("primaryMetrics", UNSET)
        primary_metrics: list[MetricReference] | Unset = UNSET
        if _primary_metrics is not UNSET:
            primary_metrics = []
            for primary_metrics_item_data in _primary_metrics:
                primary_metrics_item = MetricReference.from_dict(primary_metrics_item_data)

                primary_metrics.append(primary_metrics_item)

        _secondary_metrics = d.pop("secondaryMetrics", UNSET)
        secondary_metrics: list[MetricReference] | Unset = UNSET
        if _secondary_metrics is not UNSET:
            secondary_metrics = []
            for secondary_metrics_item_data in _secondary_metrics:
                secondary_metrics_item = MetricReference.from_dict(secondary_metrics_item_data)

                secondary_metrics.append(secondary_metrics_item)

        _parameters = d.pop("parameters", UNSET)
        parameters: list[Parameter] | Unset = UNSET
        if _parameters is not UNSET:
            parameters = []
            for parameters_item_data in _parameters:
                parameters_item = Parameter.from_dict(parameters_item_data)

                parameters.append(parameters_item)

        chance_to_win_threshold = d.pop("chanceToWinThreshold", UNSET)

        minimum_required_participants = d.pop("minimumRequiredParticipants", UNSET)

        minimum_duration_in_minutes = d.pop("minimumDurationInMinutes", UNSET)

        maximum_duration_in_minutes = d.pop("maximumDurationInMinutes", UNSET)

        schedule_frequency_in_minutes = d.pop("scheduleFrequencyInMinutes", UNSET)

        _winner_selection_mode = d.pop("winnerSelectionMode", UNSET)
        winner_selection_mode: PersonalizationExperimentWinnerSelectionMode | Unset
        if isinstance(_winner_selection_mode, Unset):
            winner_selection_mode = UNSET
        else:
            winner_selection_mode = PersonalizationExperimentWinnerSelectionMode(_winner_selection_mode)

        personalization_experiment = cls(
            id=id,
            name=name,
            label=label,
            url=url,
            data_space_name=data_space_name,
            cohorts=cohorts,
            status=status,
            state=state,
            description=description,
            created_by_id=created_by_id,
            created_date=created_date,
            last_modified_by_id=last_modified_by_id,
            last_modified_date=last_modified_date,
            schema_name=schema_name,
            schema_enum=schema_enum,
            source=source,
            source_record_id=source_record_id,
            source_reference_id=source_reference_id,
            started_date=started_date,
            stopped_date=stopped_date,
            last_analyzed=last_analyzed,
            profile_data_graph_name=profile_data_graph_name,
            criteria=criteria,
            is_remote=is_remote,
            primary_metric=primary_metric,
            primary_metrics=primary_metrics,
            secondary_metrics=secondary_metrics,
            parameters=parameters,
            chance_to_win_threshold=chance_to_win_threshold,
            minimum_required_participants=minimum_required_participants,
            minimum_duration_in_minutes=minimum_duration_in_minutes,
            maximum_duration_in_minutes=maximum_duration_in_minutes,
            schedule_frequency_in_minutes=schedule_frequency_in_minutes,
            winner_selection_mode=winner_selection_mode,
        )

        personalization_experiment.additional_properties = d
        return personalization_experiment

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.personalization_experiment_source import PersonalizationExperimentSource
from ..models.personalization_experiment_winner_selection_mode import (
    PersonalizationExperimentWinnerSelectionMode,
)
from ..types import UNSET, Unset, set_fields_repr

if TYPE_CHECKING:
    from ..models.cohort_input import CohortInput
    from ..models.metric_reference_input import MetricReferenceInput
    from ..models.parameter import Parameter
    from ..models.primary_metric_reference_input import PrimaryMetricReferenceInput


T = TypeVar("T", bound="PersonalizationExperimentPatch")


@_attrs_define
class PersonalizationExperimentPatch:
    """Personalization Experiment Input for PATCH: the vendor's example sends two fields, so every field is optional here
    (a partial update).

    """

    name: str | Unset = UNSET
    """ The experiment's API name. """
    label: str | Unset = UNSET
    """ The experiment's UI label. """
    description: None | str | Unset = UNSET
    """ An optional description for the experiment. Nullable: the vendor's create example sends null. """
    data_space_name: str | Unset = UNSET
    """ The API name of the personalization point's data space. """
    profile_data_graph_name: str | Unset = UNSET
    """ The API name of the profile data graph. """
    cohorts: list[CohortInput] | Unset = UNSET
    """ List of ABn Experiment Cohorts. """
    schema_name: str | Unset = UNSET
    """ API name of the personalization schema. The data space prefix must match dataSpaceName. """
    source: PersonalizationExperimentSource | Unset = UNSET
    """ Indicates the origin source of the experiment. """
    source_record_id: None | str | Unset = UNSET
    """ Reference to the origin record, such as a Flow. Generates an edit link when combined with the source enum.
    """
    primary_metric: PrimaryMetricReferenceInput | Unset = UNSET
    """ A primary metric: a metric reference plus its weight in the overall score. The page could not be read; shape
    from examples. """
    primary_metrics: list[PrimaryMetricReferenceInput] | Unset = UNSET
    """ Primary metrics for evaluating experiment performance and success. """
    secondary_metrics: list[MetricReferenceInput] | Unset = UNSET
    """ Metrics for additional performance and behavior insights. """
    criteria: str | Unset = UNSET
    """ JSON defining targeting or segmentation rules. """
    minimum_required_participants: int | Unset = UNSET
    """ Minimum required participants (300–5000). Ignored if winnerSelectionMode is manual. """
    chance_to_win_threshold: float | Unset = UNSET
    """ Winning threshold (85.00–100.00). """
    minimum_duration_in_minutes: int | Unset = UNSET
    """ Minimum duration in minutes (60–129600). Ignored if winnerSelectionMode is manual. """
    maximum_duration_in_minutes: int | Unset = UNSET
    """ Maximum duration in minutes (min: minimumDurationInMinutes, max: 129600). Ignored if winnerSelectionMode is
    manual. """
    winner_selection_mode: PersonalizationExperimentWinnerSelectionMode | Unset = UNSET
    """ Winner selection mode: automatic or manual. Its enum page (Personalization Experiment Winner Selection Mode
    Enum, connect_requests_personalization_experiment_winner_enum.htm) exists and is reported to list these two
    values, but its text could not be read for this revision, so the values still rest on the input page's
    "automatic or manual" and the examples (Manual). """
    schedule_frequency_in_minutes: int | Unset = UNSET
    """ Processing frequency in minutes (30–1440). """
    parameters: list[Parameter] | Unset = UNSET
    """ Required engagement signal parameters. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        label = self.label

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        data_space_name = self.data_space_name

        profile_data_graph_name = self.profile_data_graph_name

        cohorts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cohorts, Unset):
            cohorts = []
            for cohorts_item_data in self.cohorts:
                cohorts_item = cohorts_item_data.to_dict()
                cohorts.append(cohorts_item)

        schema_name = self.schema_name

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        source_record_id: None | str | Unset
        if isinstance(self.source_record_id, Unset):
            source_record_id = UNSET
        else:
            source_record_id = self.source_record_id

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

        criteria = self.criteria

        minimum_required_participants = self.minimum_required_participants

        chance_to_win_threshold = self.chance_to_win_threshold

        minimum_duration_in_minutes = self.minimum_duration_in_minutes

        maximum_duration_in_minutes = self.maximum_duration_in_minutes

        winner_selection_mode: str | Unset = UNSET
        if not isinstance(self.winner_selection_mode, Unset):
            winner_selection_mode = self.winner_selection_mode.value

        schedule_frequency_in_minutes = self.schedule_frequency_in_minutes

        parameters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = []
            for parameters_item_data in self.parameters:
                parameters_item = parameters_item_data.to_dict()
                parameters.append(parameters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if label is not UNSET:
            field_dict["label"] = label
        if description is not UNSET:
            field_dict["description"] = description
        if data_space_name is not UNSET:
            field_dict["dataSpaceName"] = data_space_name
        if profile_data_graph_name is not UNSET:
            field_dict["profileDataGraphName"] = profile_data_graph_name
        if cohorts is not UNSET:
            field_dict["cohorts"] = cohorts
        if schema_name is not UNSET:
            field_dict["schemaName"] = schema_name
        if source is not UNSET:
            field_dict["source"] = source
        if source_record_id is not UNSET:
            field_dict["sourceRecordId"] = source_record_id
        if primary_metric is not UNSET:
            field_dict["primaryMetric"] = primary_metric
        if primary_metrics is not UNSET:
            field_dict["primaryMetrics"] = primary_metrics
        if secondary_metrics is not UNSET:
            field_dict["secondaryMetrics"] = secondary_metrics
        if criteria is not UNSET:
            field_dict["criteria"] = criteria
        if minimum_required_participants is not UNSET:
            field_dict["minimumRequiredParticipants"] = minimum_required_participants
        if chance_to_win_threshold is not UNSET:
            field_dict["chanceToWinThreshold"] = chance_to_win_threshold
        if minimum_duration_in_minutes is not UNSET:
            field_dict["minimumDurationInMinutes"] = minimum_duration_in_minutes
        if maximum_duration_in_minutes is not UNSET:
            field_dict["maximumDurationInMinutes"] = maximum_duration_in_minutes
        if winner_selection_mode is not UNSET:
            field_dict["winnerSelectionMode"] = winner_selection_mode
        if schedule_frequency_in_minutes is not UNSET:
            field_dict["scheduleFrequencyInMinutes"] = schedule_frequency_in_minutes
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cohort_input import CohortInput  # noqa: PLC0415
        from ..models.metric_reference_input import MetricReferenceInput  # noqa: PLC0415
        from ..models.parameter import Parameter  # noqa: PLC0415
        from ..models.primary_metric_reference_input import PrimaryMetricReferenceInput  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        label = d.pop("label", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        data_space_name = d.pop("dataSpaceName", UNSET)

        profile_data_graph_name = d.pop("profileDataGraphName", UNSET)

        _cohorts = d.pop("cohorts", UNSET)
        cohorts: list[CohortInput] | Unset = UNSET
        if _cohorts is not UNSET:
            cohorts = []
            for cohorts_item_data in _cohorts:
                cohorts_item = CohortInput.from_dict(cohorts_item_data)

                cohorts.append(cohorts_item)

        schema_name = d.pop("schemaName", UNSET)

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

        _primary_metric = d.pop("primaryMetric", UNSET)
        primary_metric: PrimaryMetricReferenceInput | Unset
        if isinstance(_primary_metric, Unset):
            primary_metric = UNSET
        else:
            primary_metric = PrimaryMetricReferenceInput.from_dict(_primary_metric)

        _primary_metrics = d.pop("primaryMetrics", UNSET)
        primary_metrics: list[PrimaryMetricReferenceInput] | Unset = UNSET
        if _primary_metrics is not UNSET:
            primary_metrics = []
            for primary_metrics_item_data in _primary_metrics:
                primary_metrics_item = PrimaryMetricReferenceInput.from_dict(primary_metrics_item_data)

                primary_metrics.append(primary_metrics_item)

        _secondary_metrics = d.pop("secondaryMetrics", UNSET)
        secondary_metrics: list[MetricReferenceInput] | Unset = UNSET
        if _secondary_metrics is not UNSET:
            secondary_metrics = []
            for secondary_metrics_item_data in _secondary_metrics:
                secondary_metrics_item = MetricReferenceInput.from_dict(secondary_metrics_item_data)

                secondary_metrics.append(secondary_metrics_item)

        criteria = d.pop("criteria", UNSET)

        minimum_required_participants = d.pop("minimumRequiredParticipants", UNSET)

        chance_to_win_threshold = d.pop("chanceToWinThreshold", UNSET)

        minimum_duration_in_minutes = d.pop("minimumDurationInMinutes", UNSET)

        maximum_duration_in_minutes = d.pop("maximumDurationInMinutes", UNSET)

        _winner_selection_mode = d.pop("winnerSelectionMode", UNSET)
        winner_selection_mode: PersonalizationExperimentWinnerSelectionMode | Unset
        if isinstance(_winner_selection_mode, Unset):
            winner_selection_mode = UNSET
        else:
            winner_selection_mode = PersonalizationExperimentWinnerSelectionMode(_winner_selection_mode)

        schedule_frequency_in_minutes = d.pop("scheduleFrequencyInMinutes", UNSET)

        _parameters = d.pop("parameters", UNSET)
        parameters: list[Parameter] | Unset = UNSET
        if _parameters is not UNSET:
            parameters = []
            for parameters_item_data in _parameters:
                parameters_item = Parameter.from_dict(parameters_item_data)

                parameters.append(parameters_item)

        personalization_experiment_patch = cls(
            name=name,
            label=label,
            description=description,
            data_space_name=data_space_name,
            profile_data_graph_name=profile_data_graph_name,
            cohorts=cohorts,
            schema_name=schema_name,
            source=source,
            source_record_id=source_record_id,
            primary_metric=primary_metric,
            primary_metrics=primary_metrics,
            secondary_metrics=secondary_metrics,
            criteria=criteria,
            minimum_required_participants=minimum_required_participants,
            chance_to_win_threshold=chance_to_win_threshold,
            minimum_duration_in_minutes=minimum_duration_in_minutes,
            maximum_duration_in_minutes=maximum_duration_in_minutes,
            winner_selection_mode=winner_selection_mode,
            schedule_frequency_in_minutes=schedule_frequency_in_minutes,
            parameters=parameters,
        )

        personalization_experiment_patch.additional_properties = d
        return personalization_experiment_patch

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

T = TypeVar("T", bound="ExperimentCreate")


@_attrs_define
class ExperimentCreate:
    name: str
    """ Experiment display name. """
    alias_id: str
    """ Stable identifier for the experiment. Alphanumeric, hyphens, underscores, dots. Max 256 characters. """
    description: str | Unset = UNSET
    """ Optional experiment description. """
    segment_percent: float | None | Unset = UNSET
    """ Percentage of users to include in the experiment. """
    primary_metric: None | str | Unset = UNSET
    """ Primary success metric. """
    goal_value: float | None | Unset = UNSET
    """ Target value for the primary metric. """
    goal_direction: None | str | Unset = UNSET
    """ Desired direction of change. """
    context_key: str | Unset = UNSET
    """ Context key for context-specific experiments. """
    is_context_specific: bool | Unset = UNSET
    """ Whether this experiment is restricted to a specific context. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        alias_id = self.alias_id

        description = self.description

        segment_percent: float | None | Unset
        if isinstance(self.segment_percent, Unset):
            segment_percent = UNSET
        else:
            segment_percent = self.segment_percent

        primary_metric: None | str | Unset
        if isinstance(self.primary_metric, Unset):
            primary_metric = UNSET
        else:
            primary_metric = self.primary_metric

        goal_value: float | None | Unset
        if isinstance(self.goal_value, Unset):
            goal_value = UNSET
        else:
            goal_value = self.goal_value

        goal_direction: None | str | Unset
        if isinstance(self.goal_direction, Unset):
            goal_direction = UNSET
        else:
            goal_direction = self.goal_direction

        context_key = self.context_key

        is_context_specific = self.is_context_specific

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "alias_id": alias_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if segment_percent is not UNSET:
            field_dict["segment_percent"] = segment_percent
        if primary_metric is not UNSET:
            field_dict["primary_metric"] = primary_metric
        if goal_value is not UNSET:
            field_dict["goal_value"] = goal_value
        if goal_direction is not UNSET:
            field_dict["goal_direction"] = goal_direction
        if context_key is not UNSET:
            field_dict["context_key"] = context_key
        if is_context_specific is not UNSET:
            field_dict["is_context_specific"] = is_context_specific

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        alias_id = d.pop("alias_id")

        description = d.pop("description", UNSET)

        def _parse_segment_percent(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        segment_percent = _parse_segment_percent(d.pop("segment_percent", UNSET))

        def _parse_primary_metric(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        primary_metric = _parse_primary_metric(d.pop("primary_metric", UNSET))

        def _parse_goal_value(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        goal_value = _parse_goal_value(d.pop("goal_value", UNSET))

        def _parse_goal_direction(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        goal_direction = _parse_goal_direction(d.pop("goal_direction", UNSET))

        context_key = d.pop("context_key", UNSET)

        is_context_specific = d.pop("is_context_specific", UNSET)

        experiment_create = cls(
            name=name,
            alias_id=alias_id,
            description=description,
            segment_percent=segment_percent,
            primary_metric=primary_metric,
            goal_value=goal_value,
            goal_direction=goal_direction,
            context_key=context_key,
            is_context_specific=is_context_specific,
        )

        experiment_create.additional_properties = d
        return experiment_create

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

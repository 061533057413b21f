from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import format_datetime  # dropped by the ruff hook where unused
from ..types import UNSET, Unset, set_fields_repr

T = TypeVar("T", bound="Experiment")


@_attrs_define
class Experiment:
    """An experiment. The vendor marks no response field as required."""

    object_: str | Unset = UNSET
    id: str | Unset = UNSET
    """ Experiment identifier. """
    url: str | Unset = UNSET
    """ Canonical API path. """
    name: str | Unset = UNSET
    """ Experiment display name. """
    alias_id: str | Unset = UNSET
    """ User-facing stable identifier (supplied on POST). Newer vendor pages list it in the response, the seed page
    does not, so it is optional. """
    description: str | Unset = UNSET
    """ Experiment description. """
    status: str | Unset = UNSET
    """ Current experiment status. """
    started_at: datetime.datetime | None | Unset = UNSET
    finished_at: datetime.datetime | None | Unset = UNSET
    segment_percent: float | None | Unset = UNSET
    """ Percentage of users included in the experiment. """
    primary_metric: None | str | Unset = UNSET
    """ Primary success metric. """
    goal_value: float | None | Unset = UNSET
    """ Target value for the primary metric. """
    goal_direction: None | str | Unset = UNSET
    """ Desired direction of change for the primary metric. """
    context_key: str | Unset = UNSET
    """ Context key for context-specific experiments. """
    is_context_specific: bool | Unset = UNSET
    """ Whether this experiment is restricted to a specific context. """
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        id = self.id

        url = self.url

        name = self.name

        alias_id = self.alias_id

        description = self.description

        status = self.status

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = format_datetime(self.started_at)
        else:
            started_at = self.started_at

        finished_at: None | str | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        elif isinstance(self.finished_at, datetime.datetime):
            finished_at = format_datetime(self.finished_at)
        else:
            finished_at = self.finished_at

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

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = format_datetime(self.created_at)

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = format_datetime(self.updated_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if object_ is not UNSET:
            field_dict["object"] = object_
        if id is not UNSET:
            field_dict["id"] = id
        if url is not UNSET:
            field_dict["url"] = url
        if name is not UNSET:
            field_dict["name"] = name
        if alias_id is not UNSET:
            field_dict["alias_id"] = alias_id
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
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
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        object_ = d.pop("object", UNSET)

        id = d.pop("id", UNSET)

        url = d.pop("url", UNSET)

        name = d.pop("name", UNSET)

        alias_id = d.pop("alias_id", UNSET)

        description = d.pop("description", UNSET)

        status = d.pop("status", UNSET)

        def _parse_started_at(data: object) -> datetime.datetime | None | Unset:
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

        started_at = _parse_started_at(d.pop("started_at", UNSET))

        def _parse_finished_at(data: object) -> datetime.datetime | None | Unset:
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

        finished_at = _parse_finished_at(d.pop("finished_at", UNSET))

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

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        experiment = cls(
            object_=object_,
            id=id,
            url=url,
            name=name,
            alias_id=alias_id,
            description=description,
            status=status,
            started_at=started_at,
            finished_at=finished_at,
            segment_percent=segment_percent,
            primary_metric=primary_metric,
            goal_value=goal_value,
            goal_direction=goal_direction,
            context_key=context_key,
            is_context_specific=is_context_specific,
            created_at=created_at,
            updated_at=updated_at,
        )

        experiment.additional_properties = d
        return experiment

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import format_datetime  # dropped by the ruff hook where unused
from ..types import UNSET, Unset, set_fields_repr

T = TypeVar("T", bound="ExperimentGroup")


@_attrs_define
class ExperimentGroup:
    """An experiment group (variant). The vendor marks no response field as required."""

    object_: str | Unset = UNSET
    id: str | Unset = UNSET
    """ Experiment group identifier. """
    url: str | Unset = UNSET
    """ Canonical API path. """
    name: None | str | Unset = UNSET
    """ Group display name. """
    is_control: bool | Unset = UNSET
    """ Whether this group is the control. """
    weight: float | Unset = UNSET
    """ Relative traffic weight for this group. """
    remote_config_uid: None | str | Unset = UNSET
    """ Remote config UID associated with this group. """
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        id = self.id

        url = self.url

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        is_control = self.is_control

        weight = self.weight

        remote_config_uid: None | str | Unset
        if isinstance(self.remote_config_uid, Unset):
            remote_config_uid = UNSET
        else:
            remote_config_uid = self.remote_config_uid

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
        if is_control is not UNSET:
            field_dict["is_control"] = is_control
        if weight is not UNSET:
            field_dict["weight"] = weight
        if remote_config_uid is not UNSET:
            field_dict["remote_config_uid"] = remote_config_uid
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

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        is_control = d.pop("is_control", UNSET)

        weight = d.pop("weight", UNSET)

        def _parse_remote_config_uid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        remote_config_uid = _parse_remote_config_uid(d.pop("remote_config_uid", UNSET))

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

        experiment_group = cls(
            object_=object_,
            id=id,
            url=url,
            name=name,
            is_control=is_control,
            weight=weight,
            remote_config_uid=remote_config_uid,
            created_at=created_at,
            updated_at=updated_at,
        )

        experiment_group.additional_properties = d
        return experiment_group

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

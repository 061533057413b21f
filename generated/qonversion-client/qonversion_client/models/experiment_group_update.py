from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

T = TypeVar("T", bound="ExperimentGroupUpdate")


@_attrs_define
class ExperimentGroupUpdate:
    """The create fields, all optional (the vendor's update page could not be read)."""

    weight: float | Unset = UNSET
    """ Relative traffic weight for this group. """
    name: None | str | Unset = UNSET
    """ Group display name. """
    is_control: bool | Unset = UNSET
    """ Whether this group is the control. """
    remote_config_uid: None | str | Unset = UNSET
    """ Remote config UID to associate with this group. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        weight = self.weight

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        is_control = self.is_control

        remote_config_uid: None | str | Unset
        if isinstance(self.remote_config_uid, Unset):
            remote_config_uid = UNSET
        else:
            remote_config_uid = self.remote_config_uid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if weight is not UNSET:
            field_dict["weight"] = weight
        if name is not UNSET:
            field_dict["name"] = name
        if is_control is not UNSET:
            field_dict["is_control"] = is_control
        if remote_config_uid is not UNSET:
            field_dict["remote_config_uid"] = remote_config_uid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        weight = d.pop("weight", UNSET)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        is_control = d.pop("is_control", UNSET)

        def _parse_remote_config_uid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        remote_config_uid = _parse_remote_config_uid(d.pop("remote_config_uid", UNSET))

        experiment_group_update = cls(
            weight=weight,
            name=name,
            is_control=is_control,
            remote_config_uid=remote_config_uid,
        )

        experiment_group_update.additional_properties = d
        return experiment_group_update

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

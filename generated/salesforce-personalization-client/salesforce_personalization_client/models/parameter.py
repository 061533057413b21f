from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

T = TypeVar("T", bound="Parameter")


@_attrs_define
class Parameter:
    """An engagement signal parameter. The page could not be read; shape from examples."""

    parameter_name: str
    engagement_signal_name: str | Unset = UNSET
    values: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        parameter_name = self.parameter_name

        engagement_signal_name = self.engagement_signal_name

        values: list[str] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = self.values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "parameterName": parameter_name,
            }
        )
        if engagement_signal_name is not UNSET:
            field_dict["engagementSignalName"] = engagement_signal_name
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        parameter_name = d.pop("parameterName")

        engagement_signal_name = d.pop("engagementSignalName", UNSET)

        values = cast(list[str], d.pop("values", UNSET))

        parameter = cls(
            parameter_name=parameter_name,
            engagement_signal_name=engagement_signal_name,
            values=values,
        )

        parameter.additional_properties = d
        return parameter

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

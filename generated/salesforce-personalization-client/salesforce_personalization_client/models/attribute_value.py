from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

T = TypeVar("T", bound="AttributeValue")


@_attrs_define
class AttributeValue:
    """A personalization attribute value of a cohort; shape from examples."""

    attribute_enum: None | str | Unset = UNSET
    """ The attribute's enum, or null. A Personalization Experiment Attribute Enum page is reported to list
    Variation and FlowPath, but its text could not be read for this revision, and the AbnExperiment object's
    PersonalizationSchemaEnum picklist (sforce_api_objects_abnexperiment.htm) lists DecisionDefined,
    ExperienceVariation and FlowPath; with the two lists disagreeing and the enum page unread, it stays an open
    string. """
    attribute_name: str | Unset = UNSET
    """ The personalization attribute's name. """
    value: str | Unset = UNSET
    """ The attribute's value. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        attribute_enum: None | str | Unset
        if isinstance(self.attribute_enum, Unset):
            attribute_enum = UNSET
        else:
            attribute_enum = self.attribute_enum

        attribute_name = self.attribute_name

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attribute_enum is not UNSET:
            field_dict["attributeEnum"] = attribute_enum
        if attribute_name is not UNSET:
            field_dict["attributeName"] = attribute_name
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_attribute_enum(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        attribute_enum = _parse_attribute_enum(d.pop("attributeEnum", UNSET))

        attribute_name = d.pop("attributeName", UNSET)

        value = d.pop("value", UNSET)

        attribute_value = cls(
            attribute_enum=attribute_enum,
            attribute_name=attribute_name,
            value=value,
        )

        attribute_value.additional_properties = d
        return attribute_value

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

if TYPE_CHECKING:
    from ..models.attribute_value_input import AttributeValueInput


T = TypeVar("T", bound="CohortInput")


@_attrs_define
class CohortInput:
    """Defines a specific cohort within an experiment."""

    name: str
    """ The cohort's API name. """
    label: str
    """ The cohort's UI label. """
    is_control: bool
    """ Indicates if the cohort is the control group. """
    description: None | str | Unset = UNSET
    """ An optional description for the cohort. """
    attribute_values: list[AttributeValueInput] | Unset = UNSET
    """ The list of personalization attribute values. """
    allocation_weight: int | Unset = UNSET
    """ Traffic allocation in basis points (0–10,000). Required for non-control cohorts. """
    personalizer_name: str | Unset = UNSET
    """ Associated personalizer API name. """
    is_fall_through: bool | Unset = UNSET
    """ Whether the control cohort uses the existing experience. If true, attributeValues and personalizerName are
    ignored. Can only be true if isControl is true. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        label = self.label

        is_control = self.is_control

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        attribute_values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attribute_values, Unset):
            attribute_values = []
            for attribute_values_item_data in self.attribute_values:
                attribute_values_item = attribute_values_item_data.to_dict()
                attribute_values.append(attribute_values_item)

        allocation_weight = self.allocation_weight

        personalizer_name = self.personalizer_name

        is_fall_through = self.is_fall_through

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "label": label,
                "isControl": is_control,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if attribute_values is not UNSET:
            field_dict["attributeValues"] = attribute_values
        if allocation_weight is not UNSET:
            field_dict["allocationWeight"] = allocation_weight
        if personalizer_name is not UNSET:
            field_dict["personalizerName"] = personalizer_name
        if is_fall_through is not UNSET:
            field_dict["isFallThrough"] = is_fall_through

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attribute_value_input import AttributeValueInput  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        label = d.pop("label")

        is_control = d.pop("isControl")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _attribute_values = d.pop("attributeValues", UNSET)
        attribute_values: list[AttributeValueInput] | Unset = UNSET
        if _attribute_values is not UNSET:
            attribute_values = []
            for attribute_values_item_data in _attribute_values:
                attribute_values_item = AttributeValueInput.from_dict(attribute_values_item_data)

                attribute_values.append(attribute_values_item)

        allocation_weight = d.pop("allocationWeight", UNSET)

        personalizer_name = d.pop("personalizerName", UNSET)

        is_fall_through = d.pop("isFallThrough", UNSET)

        cohort_input = cls(
            name=name,
            label=label,
            is_control=is_control,
            description=description,
            attribute_values=attribute_values,
            allocation_weight=allocation_weight,
            personalizer_name=personalizer_name,
            is_fall_through=is_fall_through,
        )

        cohort_input.additional_properties = d
        return cohort_input

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import format_datetime  # dropped by the ruff hook where unused
from ..types import UNSET, Unset, set_fields_repr

if TYPE_CHECKING:
    from ..models.attribute_value import AttributeValue


T = TypeVar("T", bound="Cohort")


@_attrs_define
class Cohort:
    """An experiment cohort. The response page could not be read; shape from examples."""

    allocation_weight: int | Unset = UNSET
    """ Traffic allocation in basis points. """
    attribute_values: list[AttributeValue] | Unset = UNSET
    created_by_id: str | Unset = UNSET
    """ ID of the user who created the cohort. """
    created_date: datetime.datetime | Unset = UNSET
    description: None | str | Unset = UNSET
    """ The cohort's description. """
    id: str | Unset = UNSET
    """ The cohort's ID (key prefix 1Gc). """
    is_control: bool | Unset = UNSET
    is_fall_through: bool | Unset = UNSET
    label: str | Unset = UNSET
    name: str | Unset = UNSET
    personalizer_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        allocation_weight = self.allocation_weight

        attribute_values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attribute_values, Unset):
            attribute_values = []
            for attribute_values_item_data in self.attribute_values:
                attribute_values_item = attribute_values_item_data.to_dict()
                attribute_values.append(attribute_values_item)

        created_by_id = self.created_by_id

        created_date: str | Unset = UNSET
        if not isinstance(self.created_date, Unset):
            created_date = format_datetime(self.created_date)

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        id = self.id

        is_control = self.is_control

        is_fall_through = self.is_fall_through

        label = self.label

        name = self.name

        personalizer_name: None | str | Unset
        if isinstance(self.personalizer_name, Unset):
            personalizer_name = UNSET
        else:
            personalizer_name = self.personalizer_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allocation_weight is not UNSET:
            field_dict["allocationWeight"] = allocation_weight
        if attribute_values is not UNSET:
            field_dict["attributeValues"] = attribute_values
        if created_by_id is not UNSET:
            field_dict["createdById"] = created_by_id
        if created_date is not UNSET:
            field_dict["createdDate"] = created_date
        if description is not UNSET:
            field_dict["description"] = description
        if id is not UNSET:
            field_dict["id"] = id
        if is_control is not UNSET:
            field_dict["isControl"] = is_control
        if is_fall_through is not UNSET:
            field_dict["isFallThrough"] = is_fall_through
        if label is not UNSET:
            field_dict["label"] = label
        if name is not UNSET:
            field_dict["name"] = name
        if personalizer_name is not UNSET:
            field_dict["personalizerName"] = personalizer_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attribute_value import AttributeValue  # noqa: PLC0415

        d = dict(src_dict)
        allocation_weight = d.pop("allocationWeight", UNSET)

        _attribute_values = d.pop("attributeValues", UNSET)
        attribute_values: list[AttributeValue] | Unset = UNSET
        if _attribute_values is not UNSET:
            attribute_values = []
            for attribute_values_item_data in _attribute_values:
                attribute_values_item = AttributeValue.from_dict(attribute_values_item_data)

                attribute_values.append(attribute_values_item)

        created_by_id = d.pop("createdById", UNSET)

        _created_date = d.pop("createdDate", UNSET)
        created_date: datetime.datetime | Unset
        if isinstance(_created_date, Unset):
            created_date = UNSET
        else:
            created_date = datetime.datetime.fromisoformat(_created_date)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        id = d.pop("id", UNSET)

        is_control = d.pop("isControl", UNSET)

        is_fall_through = d.pop("isFallThrough", UNSET)

        label = d.pop("label", UNSET)

        name = d.pop("name", UNSET)

        def _parse_personalizer_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        personalizer_name = _parse_personalizer_name(d.pop("personalizerName", UNSET))

        cohort = cls(
            allocation_weight=allocation_weight,
            attribute_values=attribute_values,
            created_by_id=created_by_id,
            created_date=created_date,
            description=description,
            id=id,
            is_control=is_control,
            is_fall_through=is_fall_through,
            label=label,
            name=name,
            personalizer_name=personalizer_name,
        )

        cohort.additional_properties = d
        return cohort

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

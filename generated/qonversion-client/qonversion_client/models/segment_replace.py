from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

if TYPE_CHECKING:
    from ..models.segment_condition import SegmentCondition


T = TypeVar("T", bound="SegmentReplace")


@_attrs_define
class SegmentReplace:
    name: str
    """ Segment name (max 256 characters). The page states the limit in prose only; it is enforced here as
    maxLength. """
    conditions: list[SegmentCondition] | Unset = UNSET
    """ The complete set of rules to keep; an empty array clears them; omit to leave them untouched. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        conditions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.conditions, Unset):
            conditions = []
            for conditions_item_data in self.conditions:
                conditions_item = conditions_item_data.to_dict()
                conditions.append(conditions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if conditions is not UNSET:
            field_dict["conditions"] = conditions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.segment_condition import SegmentCondition  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        _conditions = d.pop("conditions", UNSET)
        conditions: list[SegmentCondition] | Unset = UNSET
        if _conditions is not UNSET:
            conditions = []
            for conditions_item_data in _conditions:
                conditions_item = SegmentCondition.from_dict(conditions_item_data)

                conditions.append(conditions_item)

        segment_replace = cls(
            name=name,
            conditions=conditions,
        )

        segment_replace.additional_properties = d
        return segment_replace

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

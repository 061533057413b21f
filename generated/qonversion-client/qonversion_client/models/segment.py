from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import format_datetime  # dropped by the ruff hook where unused
from ..types import set_fields_repr

if TYPE_CHECKING:
    from ..models.segment_condition import SegmentCondition


T = TypeVar("T", bound="Segment")


@_attrs_define
class Segment:
    object_: str
    id: str
    """ Segment identifier. """
    url: str
    """ Canonical API path. """
    name: str
    """ Display name. """
    is_system: bool
    """ Whether this is a predefined system segment (read-only). """
    conditions: list[SegmentCondition]
    """ Targeting rules. Every rule must match for a user to fall into the segment (logical AND). Omit on update to
    leave existing conditions untouched; pass an empty array to clear. The pages contradict each other on the rule's
    shape: the segments guide's "Condition shape" table (https://documentation.qonversion.io/reference/v4/segments)
    and the create, get and update pages' examples give every rule `metric`, `comparator` and `value` (required) and
    `negate`; the list-segments and list-system-segments pages' own examples show `"conditions": [{}]`, and an older
    copy of the create page calls the rules "opaque to gateway". The documented rule shape is kept, so a response
    with empty rules does not conform and is this contradiction. """
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        id = self.id

        url = self.url

        name = self.name

        is_system = self.is_system

        conditions = []
        for conditions_item_data in self.conditions:
            conditions_item = conditions_item_data.to_dict()
            conditions.append(conditions_item)

        created_at = format_datetime(self.created_at)

        updated_at = format_datetime(self.updated_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "id": id,
                "url": url,
                "name": name,
                "is_system": is_system,
                "conditions": conditions,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.segment_condition import SegmentCondition  # noqa: PLC0415

        d = dict(src_dict)
        object_ = d.pop("object")

        id = d.pop("id")

        url = d.pop("url")

        name = d.pop("name")

        is_system = d.pop("is_system")

        conditions = []
        _conditions = d.pop("conditions")
        for conditions_item_data in _conditions:
            conditions_item = SegmentCondition.from_dict(conditions_item_data)

            conditions.append(conditions_item)

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        segment = cls(
            object_=object_,
            id=id,
            url=url,
            name=name,
            is_system=is_system,
            conditions=conditions,
            created_at=created_at,
            updated_at=updated_at,
        )

        segment.additional_properties = d
        return segment

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

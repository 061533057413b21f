from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.list_envelope_object import ListEnvelopeObject
from ..types import UNSET, Unset, set_fields_repr

if TYPE_CHECKING:
    from ..models.integration import Integration


T = TypeVar("T", bound="IntegrationList")


@_attrs_define
class IntegrationList:
    object_: ListEnvelopeObject
    url: str
    """ Canonical API path of the list. """
    has_more: bool
    """ Whether another page follows. """
    data: list[Integration]
    next_cursor: None | str | Unset = UNSET
    """ Cursor of the next page. The segments page types it `string | null`; other lists say it is present only when
    `has_more` is true, so it is optional and nullable. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_.value

        url = self.url

        has_more = self.has_more

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        next_cursor: None | str | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "url": url,
                "has_more": has_more,
                "data": data,
            }
        )
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.integration import Integration  # noqa: PLC0415

        d = dict(src_dict)
        object_ = ListEnvelopeObject(d.pop("object"))

        url = d.pop("url")

        has_more = d.pop("has_more")

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = Integration.from_dict(data_item_data)

            data.append(data_item)

        def _parse_next_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor", UNSET))

        integration_list = cls(
            object_=object_,
            url=url,
            has_more=has_more,
            data=data,
            next_cursor=next_cursor,
        )

        integration_list.additional_properties = d
        return integration_list

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

if TYPE_CHECKING:
    from ..models.integrations_meta_data_item import IntegrationsMetaDataItem


T = TypeVar("T", bound="IntegrationsMeta")


@_attrs_define
class IntegrationsMeta:
    """A guess: no page of the vendor's reference that could be read shows this response's JSON. The integrations guide
    (https://documentation.qonversion.io/reference/v4/integrations) says the catalog lists the provider slugs "grouped
    by category, with the store platforms each slug supports" and that it "reports allowedStores per slug". How the
    grouping is written is not documented: a list envelope of catalog items, each with its `slug`, `allowedStores` and
    an optional `category`, is assumed, and other members are allowed.

    """

    data: list[IntegrationsMetaDataItem]
    object_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.integrations_meta_data_item import IntegrationsMetaDataItem  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = IntegrationsMetaDataItem.from_dict(data_item_data)

            data.append(data_item)

        object_ = d.pop("object", UNSET)

        integrations_meta = cls(
            data=data,
            object_=object_,
        )

        integrations_meta.additional_properties = d
        return integrations_meta

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.target_platform import TargetPlatform
from ..types import UNSET, Unset, set_fields_repr

T = TypeVar("T", bound="IntegrationsMetaDataItem")


@_attrs_define
class IntegrationsMetaDataItem:
    slug: str
    """ Provider slug used on create. """
    title: str | Unset = UNSET
    """ Provider display title. """
    category: str | Unset = UNSET
    """ Catalog category. """
    allowed_stores: list[TargetPlatform] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        title = self.title

        category = self.category

        allowed_stores: list[str] | Unset = UNSET
        if not isinstance(self.allowed_stores, Unset):
            allowed_stores = []
            for allowed_stores_item_data in self.allowed_stores:
                allowed_stores_item = allowed_stores_item_data.value
                allowed_stores.append(allowed_stores_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "slug": slug,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if category is not UNSET:
            field_dict["category"] = category
        if allowed_stores is not UNSET:
            field_dict["allowedStores"] = allowed_stores

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        slug = d.pop("slug")

        title = d.pop("title", UNSET)

        category = d.pop("category", UNSET)

        _allowed_stores = d.pop("allowedStores", UNSET)
        allowed_stores: list[TargetPlatform] | Unset = UNSET
        if _allowed_stores is not UNSET:
            allowed_stores = []
            for allowed_stores_item_data in _allowed_stores:
                allowed_stores_item = TargetPlatform(allowed_stores_item_data)

                allowed_stores.append(allowed_stores_item)

        integrations_meta_data_item = cls(
            slug=slug,
            title=title,
            category=category,
            allowed_stores=allowed_stores,
        )

        integrations_meta_data_item.additional_properties = d
        return integrations_meta_data_item

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.target_platform import TargetPlatform
from ..types import set_fields_repr

T = TypeVar("T", bound="IntegrationCreate")


@_attrs_define
class IntegrationCreate:
    title: str
    """ Display title. """
    integration: str
    """ Provider slug, e.g. `amplitude`. The canonical list is GET /v4/integrations/meta, so this is an open string.
    """
    target_platform: TargetPlatform
    """ Store the integration forwards events for. Case-sensitive. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        integration = self.integration

        target_platform = self.target_platform.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "integration": integration,
                "target_platform": target_platform,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        integration = d.pop("integration")

        target_platform = TargetPlatform(d.pop("target_platform"))

        integration_create = cls(
            title=title,
            integration=integration,
            target_platform=target_platform,
        )

        integration_create.additional_properties = d
        return integration_create

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.integration_status_change_status import IntegrationStatusChangeStatus
from ..types import set_fields_repr

T = TypeVar("T", bound="IntegrationStatusChange")


@_attrs_define
class IntegrationStatusChange:
    status: IntegrationStatusChangeStatus
    """ Desired state. Only 0 (paused) and 1 (active) are accepted; 2 (error) is set exclusively by the delivery
    worker. To remove an integration, use DELETE /v4/integrations/{integration_id}. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = IntegrationStatusChangeStatus(d.pop("status"))

        integration_status_change = cls(
            status=status,
        )

        integration_status_change.additional_properties = d
        return integration_status_change

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import format_datetime  # dropped by the ruff hook where unused
from ..models.integration_active import IntegrationActive
from ..models.target_platform import TargetPlatform
from ..types import set_fields_repr

T = TypeVar("T", bound="Integration")


@_attrs_define
class Integration:
    """A single integration record. Credentials (API keys, webhook secrets) are configured out-of-band after creation and
    are not exposed in this shape.

    """

    object_: str
    id: str
    """ Integration identifier. Stable for the lifetime of the record (soft-deleted records keep their ID). """
    url: str
    """ Canonical API path. """
    title: str
    """ Caller-supplied display title. """
    integration: str
    """ Provider display title (not the lowercase slug used on create). Use for UI; for references in other requests
    use id. """
    target_platform: TargetPlatform
    """ Store the integration forwards events for. Case-sensitive. """
    active: IntegrationActive
    """ Integration state. 0 — paused / draft (no events forwarded). 1 — active (events forwarded). 2 — error
    (delivery worker suspended the pipeline; inspect last_error_message/last_error_at). Cannot be set by callers.
    """
    created_at: datetime.datetime
    updated_at: datetime.datetime
    last_delivery_at: datetime.datetime | None
    last_error_at: datetime.datetime | None
    last_error_message: None | str
    """ Human-readable description of the most recent delivery failure, or null. """
    delivery_error_count: int
    """ Running count of delivery failures since the last successful delivery. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_

        id = self.id

        url = self.url

        title = self.title

        integration = self.integration

        target_platform = self.target_platform.value

        active = self.active.value

        created_at = format_datetime(self.created_at)

        updated_at = format_datetime(self.updated_at)

        last_delivery_at: None | str
        if isinstance(self.last_delivery_at, datetime.datetime):
            last_delivery_at = format_datetime(self.last_delivery_at)
        else:
            last_delivery_at = self.last_delivery_at

        last_error_at: None | str
        if isinstance(self.last_error_at, datetime.datetime):
            last_error_at = format_datetime(self.last_error_at)
        else:
            last_error_at = self.last_error_at

        last_error_message: None | str
        last_error_message = self.last_error_message

        delivery_error_count = self.delivery_error_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "id": id,
                "url": url,
                "title": title,
                "integration": integration,
                "target_platform": target_platform,
                "active": active,
                "created_at": created_at,
                "updated_at": updated_at,
                "last_delivery_at": last_delivery_at,
                "last_error_at": last_error_at,
                "last_error_message": last_error_message,
                "delivery_error_count": delivery_error_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        object_ = d.pop("object")

        id = d.pop("id")

        url = d.pop("url")

        title = d.pop("title")

        integration = d.pop("integration")

        target_platform = TargetPlatform(d.pop("target_platform"))

        active = IntegrationActive(d.pop("active"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_last_delivery_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_nullable_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_delivery_at = _parse_last_delivery_at(d.pop("last_delivery_at"))

        def _parse_last_error_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_nullable_timestamp_type_0 = datetime.datetime.fromisoformat(data)

                return componentsschemas_nullable_timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_error_at = _parse_last_error_at(d.pop("last_error_at"))

        def _parse_last_error_message(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_error_message = _parse_last_error_message(d.pop("last_error_message"))

        delivery_error_count = d.pop("delivery_error_count")

        integration = cls(
            object_=object_,
            id=id,
            url=url,
            title=title,
            integration=integration,
            target_platform=target_platform,
            active=active,
            created_at=created_at,
            updated_at=updated_at,
            last_delivery_at=last_delivery_at,
            last_error_at=last_error_at,
            last_error_message=last_error_message,
            delivery_error_count=delivery_error_count,
        )

        integration.additional_properties = d
        return integration

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

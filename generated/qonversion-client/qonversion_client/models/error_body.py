from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_body_type import ErrorBodyType
from ..types import UNSET, Unset, set_fields_repr

if TYPE_CHECKING:
    from ..models.error_detail import ErrorDetail


T = TypeVar("T", bound="ErrorBody")


@_attrs_define
class ErrorBody:
    """The pages contradict each other on which members every error has. The v4 overview
    (https://documentation.qonversion.io/reference/v4/overview) says "every error includes `type`, `code`, and field-
    level details"; the v4 errors page (https://documentation.qonversion.io/reference/v4/handling-api-errors) omits
    `details` when the failure is not field-scoped, and Qonversion's own SDK tests observe a v4 surface answering
    without `type`. So only `code` and `message` are required, and `code` is an open string (the SDK tests also observe
    slugs beyond the documented table): an error without `type` conforms here and is this contradiction.

    """

    code: str
    """ Machine-readable error slug, e.g. `invalid_data`, `not_found`. """
    message: str
    """ Human-readable message. """
    type_: ErrorBodyType | Unset = UNSET
    """ Error class, from the code table's four types. """
    details: list[ErrorDetail] | Unset = UNSET
    """ Field-level validation errors. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = []
            for details_item_data in self.details:
                details_item = details_item_data.to_dict()
                details.append(details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.error_detail import ErrorDetail  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        _type_ = d.pop("type", UNSET)
        type_: ErrorBodyType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ErrorBodyType(_type_)

        _details = d.pop("details", UNSET)
        details: list[ErrorDetail] | Unset = UNSET
        if _details is not UNSET:
            details = []
            for details_item_data in _details:
                details_item = ErrorDetail.from_dict(details_item_data)

                details.append(details_item)

        error_body = cls(
            code=code,
            message=message,
            type_=type_,
            details=details,
        )

        error_body.additional_properties = d
        return error_body

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

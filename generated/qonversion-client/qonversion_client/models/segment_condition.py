from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.segment_condition_comparator import SegmentConditionComparator
from ..types import UNSET, Unset, set_fields_repr

T = TypeVar("T", bound="SegmentCondition")


@_attrs_define
class SegmentCondition:
    metric: str
    """ Metric identifier. Common: `environment`, `client_uid`, `custom_uid`, `client_advertiser_id`, `renewable`,
    `target_platform`. """
    comparator: SegmentConditionComparator
    """ How the metric is compared with `value`. """
    value: str
    """ String-encoded value compared against the metric (cast to the metric's type server-side). """
    negate: bool | Unset = False
    """ If true, the single rule matches when the comparison is false. Defaults to false. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        metric = self.metric

        comparator = self.comparator.value

        value = self.value

        negate = self.negate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metric": metric,
                "comparator": comparator,
                "value": value,
            }
        )
        if negate is not UNSET:
            field_dict["negate"] = negate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        metric = d.pop("metric")

        comparator = SegmentConditionComparator(d.pop("comparator"))

        value = d.pop("value")

        negate = d.pop("negate", UNSET)

        segment_condition = cls(
            metric=metric,
            comparator=comparator,
            value=value,
            negate=negate,
        )

        segment_condition.additional_properties = d
        return segment_condition

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

T = TypeVar("T", bound="MetricReference")


@_attrs_define
class MetricReference:
    """A metric reference as returned; shape from examples."""

    engagement_signal_name: str | Unset = UNSET
    higher_is_better: bool | Unset = UNSET
    metric_name: str | Unset = UNSET
    metric_type: str | Unset = UNSET
    """ The metric's entity type. The enum page could not be read, so this stays an open string. """
    overall_score_weight: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        engagement_signal_name = self.engagement_signal_name

        higher_is_better = self.higher_is_better

        metric_name = self.metric_name

        metric_type = self.metric_type

        overall_score_weight = self.overall_score_weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if engagement_signal_name is not UNSET:
            field_dict["engagementSignalName"] = engagement_signal_name
        if higher_is_better is not UNSET:
            field_dict["higherIsBetter"] = higher_is_better
        if metric_name is not UNSET:
            field_dict["metricName"] = metric_name
        if metric_type is not UNSET:
            field_dict["metricType"] = metric_type
        if overall_score_weight is not UNSET:
            field_dict["overallScoreWeight"] = overall_score_weight

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        engagement_signal_name = d.pop("engagementSignalName", UNSET)

        higher_is_better = d.pop("higherIsBetter", UNSET)

        metric_name = d.pop("metricName", UNSET)

        metric_type = d.pop("metricType", UNSET)

        overall_score_weight = d.pop("overallScoreWeight", UNSET)

        metric_reference = cls(
            engagement_signal_name=engagement_signal_name,
            higher_is_better=higher_is_better,
            metric_name=metric_name,
            metric_type=metric_type,
            overall_score_weight=overall_score_weight,
        )

        metric_reference.additional_properties = d
        return metric_reference

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

T = TypeVar("T", bound="PrimaryMetricReferenceInput")


@_attrs_define
class PrimaryMetricReferenceInput:
    """A primary metric: a metric reference plus its weight in the overall score. The page could not be read; shape from
    examples.

    """

    metric_type: str
    """ The metric's entity type. The enum page could not be read, so this stays an open string. """
    metric_name: str
    """ The metric's developer name. """
    engagement_signal_name: str | Unset = UNSET
    """ Developer name of the metric's parent. """
    higher_is_better: bool | Unset = UNSET
    """ Indicates if a higher metric value is better. """
    overall_score_weight: int | Unset = UNSET
    """ Weight of the metric in the overall score (basis points in examples). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return set_fields_repr(self)

    def to_dict(self) -> dict[str, Any]:
        metric_type = self.metric_type

        metric_name = self.metric_name

        engagement_signal_name = self.engagement_signal_name

        higher_is_better = self.higher_is_better

        overall_score_weight = self.overall_score_weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metricType": metric_type,
                "metricName": metric_name,
            }
        )
        if engagement_signal_name is not UNSET:
            field_dict["engagementSignalName"] = engagement_signal_name
        if higher_is_better is not UNSET:
            field_dict["higherIsBetter"] = higher_is_better
        if overall_score_weight is not UNSET:
            field_dict["overallScoreWeight"] = overall_score_weight

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        metric_type = d.pop("metricType")

        metric_name = d.pop("metricName")

        engagement_signal_name = d.pop("engagementSignalName", UNSET)

        higher_is_better = d.pop("higherIsBetter", UNSET)

        overall_score_weight = d.pop("overallScoreWeight", UNSET)

        primary_metric_reference_input = cls(
            metric_type=metric_type,
            metric_name=metric_name,
            engagement_signal_name=engagement_signal_name,
            higher_is_better=higher_is_better,
            overall_score_weight=overall_score_weight,
        )

        primary_metric_reference_input.additional_properties = d
        return primary_metric_reference_input

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

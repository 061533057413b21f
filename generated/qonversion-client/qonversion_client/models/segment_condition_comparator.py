from enum import StrEnum


class SegmentConditionComparator(StrEnum):
    CONTAINS = "contains"
    EQ = "eq"
    GT = "gt"
    GTE = "gte"
    LT = "lt"
    LTE = "lte"
    NE = "ne"
    NOT_CONTAINS = "not_contains"

    def __str__(self) -> str:
        return str(self.value)

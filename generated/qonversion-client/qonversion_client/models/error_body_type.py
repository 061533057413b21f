from enum import StrEnum


class ErrorBodyType(StrEnum):
    INTERNAL = "internal"
    LOGICAL = "logical"
    REQUEST = "request"
    RESOURCE = "resource"

    def __str__(self) -> str:
        return str(self.value)

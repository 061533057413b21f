from enum import StrEnum


class ListEnvelopeObject(StrEnum):
    LIST = "list"

    def __str__(self) -> str:
        return str(self.value)

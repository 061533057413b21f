from enum import IntEnum


class IntegrationActive(IntEnum):
    PAUSED = 0
    ACTIVE = 1
    ERROR = 2

    def __str__(self) -> str:
        return str(self.value)

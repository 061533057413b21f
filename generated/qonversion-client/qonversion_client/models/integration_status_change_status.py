from enum import IntEnum


class IntegrationStatusChangeStatus(IntEnum):
    PAUSED = 0
    ACTIVE = 1

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class ExperimentStatusChangeStatus(StrEnum):
    ACTIVE = "active"
    DRAFT = "draft"
    FINISHED = "finished"
    PAUSED = "paused"

    def __str__(self) -> str:
        return str(self.value)

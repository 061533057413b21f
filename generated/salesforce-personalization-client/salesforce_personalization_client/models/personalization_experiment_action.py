from enum import StrEnum


class PersonalizationExperimentAction(StrEnum):
    ARCHIVE = "Archive"
    START = "Start"
    STOP = "Stop"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class PersonalizationExperimentState(StrEnum):
    ARCHIVED = "Archived"
    CREATED = "Created"
    STARTED = "Started"
    STOPPED = "Stopped"

    def __str__(self) -> str:
        return str(self.value)

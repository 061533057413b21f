from enum import StrEnum


class PersonalizationExperimentEntityStatus(StrEnum):
    ACTIVE = "Active"
    CREATEERROR = "CreateError"
    DELETEERROR = "DeleteError"
    DELETING = "Deleting"
    EDITERROR = "EditError"
    PROCESSING = "Processing"

    def __str__(self) -> str:
        return str(self.value)

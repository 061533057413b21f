from enum import StrEnum


class PersonalizationExperimentWinnerSelectionMode(StrEnum):
    AUTOMATIC = "Automatic"
    MANUAL = "Manual"

    def __str__(self) -> str:
        return str(self.value)

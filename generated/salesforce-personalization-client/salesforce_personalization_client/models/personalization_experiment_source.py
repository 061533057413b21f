from enum import StrEnum


class PersonalizationExperimentSource(StrEnum):
    AGENTFORCE = "Agentforce"
    BLOCKBUILDER = "BlockBuilder"
    EXPERIENCEBUILDER = "ExperienceBuilder"
    FLOWBUILDER = "FlowBuilder"
    PERSONALIZATIONAPP = "PersonalizationApp"

    def __str__(self) -> str:
        return str(self.value)

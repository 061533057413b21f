"""Contains all the data models used in inputs/outputs"""

from .attribute_value import AttributeValue
from .attribute_value_input import AttributeValueInput
from .cohort import Cohort
from .cohort_input import CohortInput
from .error import Error
from .metric_reference import MetricReference
from .metric_reference_input import MetricReferenceInput
from .parameter import Parameter
from .personalization_experiment import PersonalizationExperiment
from .personalization_experiment_action import PersonalizationExperimentAction
from .personalization_experiment_criteria_type_0 import (
    PersonalizationExperimentCriteriaType0,
)
from .personalization_experiment_entity_status import (
    PersonalizationExperimentEntityStatus,
)
from .personalization_experiment_input import PersonalizationExperimentInput
from .personalization_experiment_patch import PersonalizationExperimentPatch
from .personalization_experiment_source import PersonalizationExperimentSource
from .personalization_experiment_state import PersonalizationExperimentState
from .personalization_experiment_winner_selection_mode import (
    PersonalizationExperimentWinnerSelectionMode,
)
from .primary_metric_reference_input import PrimaryMetricReferenceInput

__all__ = (
    "AttributeValue",
    "AttributeValueInput",
    "Cohort",
    "CohortInput",
    "Error",
    "MetricReference",
    "MetricReferenceInput",
    "Parameter",
    "PersonalizationExperiment",
    "PersonalizationExperimentAction",
    "PersonalizationExperimentCriteriaType0",
    "PersonalizationExperimentEntityStatus",
    "PersonalizationExperimentInput",
    "PersonalizationExperimentPatch",
    "PersonalizationExperimentSource",
    "PersonalizationExperimentState",
    "PersonalizationExperimentWinnerSelectionMode",
    "PrimaryMetricReferenceInput",
)

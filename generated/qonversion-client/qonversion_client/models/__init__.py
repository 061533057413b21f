"""Contains all the data models used in inputs/outputs"""

from .error_body import ErrorBody
from .error_body_type import ErrorBodyType
from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .experiment import Experiment
from .experiment_create import ExperimentCreate
from .experiment_group import ExperimentGroup
from .experiment_group_create import ExperimentGroupCreate
from .experiment_group_list import ExperimentGroupList
from .experiment_group_update import ExperimentGroupUpdate
from .experiment_list import ExperimentList
from .experiment_status_change import ExperimentStatusChange
from .experiment_status_change_status import ExperimentStatusChangeStatus
from .experiment_update import ExperimentUpdate
from .experiment_user_attach import ExperimentUserAttach
from .experiments_summary import ExperimentsSummary
from .integration import Integration
from .integration_active import IntegrationActive
from .integration_create import IntegrationCreate
from .integration_list import IntegrationList
from .integration_status_change import IntegrationStatusChange
from .integration_status_change_status import IntegrationStatusChangeStatus
from .integrations_meta import IntegrationsMeta
from .integrations_meta_data_item import IntegrationsMetaDataItem
from .list_envelope import ListEnvelope
from .list_envelope_object import ListEnvelopeObject
from .segment import Segment
from .segment_condition import SegmentCondition
from .segment_condition_comparator import SegmentConditionComparator
from .segment_create import SegmentCreate
from .segment_list import SegmentList
from .segment_replace import SegmentReplace
from .target_platform import TargetPlatform

__all__ = (
    "ErrorBody",
    "ErrorBodyType",
    "ErrorDetail",
    "ErrorResponse",
    "Experiment",
    "ExperimentCreate",
    "ExperimentGroup",
    "ExperimentGroupCreate",
    "ExperimentGroupList",
    "ExperimentGroupUpdate",
    "ExperimentList",
    "ExperimentsSummary",
    "ExperimentStatusChange",
    "ExperimentStatusChangeStatus",
    "ExperimentUpdate",
    "ExperimentUserAttach",
    "Integration",
    "IntegrationActive",
    "IntegrationCreate",
    "IntegrationList",
    "IntegrationsMeta",
    "IntegrationsMetaDataItem",
    "IntegrationStatusChange",
    "IntegrationStatusChangeStatus",
    "ListEnvelope",
    "ListEnvelopeObject",
    "Segment",
    "SegmentCondition",
    "SegmentConditionComparator",
    "SegmentCreate",
    "SegmentList",
    "SegmentReplace",
    "TargetPlatform",
)

"""The mocks follow the specs' second fidelity pass: the documented Location header, the error statuses the
vendors' global tables list, and the rules it added (``specfirst.mock.inferred`` Q14, S8), through the
generated clients and the pytest plugin's fixtures."""

from __future__ import annotations

from qonversion_client import AuthenticatedClient as QClient
from qonversion_client.api.experiments import (
    v_4_create_experiment,
    v_4_create_experiment_group,
    v_4_get_experiment,
    v_4_update_experiment,
)
from qonversion_client.models import ErrorResponse, ExperimentCreate, ExperimentGroupCreate, ExperimentUpdate
from qonversion_client.types import UNSET
from salesforce_personalization_client import AuthenticatedClient as SClient
from salesforce_personalization_client.api.personalization_experiments import (
    create_personalization_experiment,
    get_personalization_experiment,
    update_personalization_experiment,
)
from salesforce_personalization_client.models import (
    CohortInput,
    Error,
    PersonalizationExperimentInput,
    PersonalizationExperimentPatch,
    PersonalizationExperimentSource,
)

from specfirst.mock.pytest_plugin import MockedApi

Q_BASE = "https://api.qonversion.io/v4"
S_BASE = "https://acme.my.salesforce.com/services/data/v65.0"


def qclient() -> QClient:
    return QClient(base_url=Q_BASE, token="test_sk_fidelity", max_retries=0)


def sclient() -> SClient:
    return SClient(base_url=S_BASE, token="00D000000000004AAA!fidelity", max_retries=0)


def sf_input(name: str, criteria: str) -> PersonalizationExperimentInput:
    return PersonalizationExperimentInput(
        name=name,
        label=name,
        data_space_name="default",
        schema_name="s",
        source=PersonalizationExperimentSource.FLOWBUILDER,
        cohorts=[CohortInput(name="c", label="c", is_control=True)],
        criteria=criteria,
    )


def test_group_create_answers_the_documented_location(qonversion_mock: MockedApi) -> None:
    client = qclient()
    experiment = v_4_create_experiment.sync(client=client, body=ExperimentCreate(name="n", alias_id="fidelity_a"))
    assert isinstance(experiment.id, str)
    created = v_4_create_experiment_group.sync_detailed(experiment.id, client=client, body=ExperimentGroupCreate(1))
    assert created.status_code == 201
    assert (
        created.headers["Location"]
        == created.parsed.url
        == f"/v4/experiments/{experiment.id}/groups/{created.parsed.id}"
    )


def test_patch_with_null_description_clears_it(qonversion_mock: MockedApi) -> None:
    """Q14: the PATCH page accepts null; every response page types the description a string, so it is left out."""
    client = qclient()
    body = ExperimentCreate(name="n", alias_id="fidelity_b", description="old")
    experiment = v_4_create_experiment.sync(client=client, body=body)
    assert isinstance(experiment.id, str) and experiment.description == "old"
    patched = v_4_update_experiment.sync_detailed(experiment.id, client=client, body=ExperimentUpdate(description=None))
    assert patched.status_code == 200 and patched.parsed.description is UNSET
    assert v_4_get_experiment.sync(experiment.id, client=client).description is UNSET


def test_an_injected_5xx_parses_into_the_declared_error_envelope(qonversion_mock: MockedApi) -> None:
    """503 is declared now (the global table's 5xx): the mock's injected fault parses as the v4 error envelope."""
    qonversion_mock.fail_next(1, status=503)
    result = v_4_get_experiment.sync_detailed("x7Lq2pRt", client=qclient())
    assert result.status_code == 503 and isinstance(result.parsed, ErrorResponse)
    assert result.parsed.to_dict()["error"]["type"] == "internal"
    assert result.parsed.error.code == "service_unavailable"


def test_salesforce_criteria_string_is_returned_as_an_object(salesforce_mock: MockedApi) -> None:
    """S8: the input's JSON string comes back as the response's CriteriaRepresentation object."""
    client = sclient()
    created = create_personalization_experiment.sync(client=client, body=sf_input("fid_a", '{"segment": "vip"}'))
    assert created.criteria.to_dict() == {"segment": "vip"}
    patch = PersonalizationExperimentPatch(criteria="not JSON")
    assert update_personalization_experiment.sync(created.id, client=client, body=patch).criteria.to_dict() == {}
    assert get_personalization_experiment.sync(created.id, client=client).criteria.to_dict() == {}


def test_an_injected_429_parses_into_the_declared_error_list(salesforce_mock: MockedApi) -> None:
    """429 is declared now (Connect's status table): the mock's injected fault parses as the error list."""
    salesforce_mock.fail_next(1, status=429)
    result = get_personalization_experiment.sync_detailed("x", client=sclient())
    assert result.status_code == 429 and isinstance(result.parsed, list)
    assert [(type(e), e.error_code) for e in result.parsed] == [(Error, "REQUEST_LIMIT_EXCEEDED")]

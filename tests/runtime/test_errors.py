"""Typed errors (errors.py, _send.py, _vendor.py): every status gives the success model or one typed error
carrying the status, the vendor's parsed error, the headers and the request; ``*_detailed`` keeps the raw form."""

from http import HTTPStatus

import httpx
import pytest
import qonversion_client
import respx
import salesforce_personalization_client
from qonversion_client import (
    APIError,
    APIResponseValidationError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    QonversionClient,
    RateLimitError,
    UnprocessableEntityError,
)
from qonversion_client.api.segments import v_4_create_segment, v_4_get_segment, v_4_update_segment
from qonversion_client.models import ErrorResponse, SegmentCreate, SegmentReplace
from salesforce_personalization_client import SalesforceClient
from salesforce_personalization_client.api.personalization_experiments import (
    delete_personalization_experiment,
    get_personalization_experiment,
)
from salesforce_personalization_client.models import Error

from .calls import MODES, call, call_detailed
from .conftest import SEGMENT, Sleeps

pytestmark = pytest.mark.parametrize("mode", MODES)

STATUS_CLASSES = [
    (400, "Bad Request", BadRequestError),
    (401, "Unauthorized", AuthenticationError),
    (403, "Forbidden", PermissionDeniedError),
    (404, "Not Found", NotFoundError),
    (409, "Conflict", ConflictError),
    (422, "Unprocessable Entity", UnprocessableEntityError),  # "Unprocessable Content" from Python 3.13 on
    (429, "Too Many Requests", RateLimitError),
    (500, "Internal Server Error", InternalServerError),
    (503, "Service Unavailable", InternalServerError),
    (418, "I'm a Teapot", APIStatusError),  # no class of its own: the base status error
]
QONVERSION_ERROR = {
    "error": {"type": "request", "code": "invalid_data", "message": "Validation failed",
              "details": [{"field": "name", "message": "Required"}]}
}  # fmt: skip


@pytest.mark.parametrize(("status", "phrase", "error_class"), STATUS_CLASSES)
def test_qonversion_status_maps_to_its_error_class_with_the_parsed_body(
    mode: str, qonversion: QonversionClient, q_wire: respx.MockRouter, status: int, phrase: str, error_class: type
) -> None:
    q_wire.put("/segments/premium-users").respond(status, json=QONVERSION_ERROR, headers={"X-Request-Id": "req-9"})
    with pytest.raises(APIStatusError) as info:
        call(mode, v_4_update_segment, "premium-users", client=qonversion, body=SegmentReplace(name="n"), max_retries=0)
    error = info.value
    assert type(error) is error_class
    assert error.status_code == status
    assert isinstance(error.body, ErrorResponse) and error.body.to_dict() == QONVERSION_ERROR
    assert error.body.error.type_ == "request" and error.body.error.details[0].field == "name"  # type: ignore[index]
    assert (error.code, error.vendor_message) == ("invalid_data", "Validation failed")
    assert error.headers["x-request-id"] == "req-9"
    assert (error.method, error.path, error.retries) == ("PUT", "/v4/segments/premium-users", 0)
    assert (
        str(error)
        == f"{status} {HTTPStatus(status).phrase} on PUT /v4/segments/premium-users: invalid_data: Validation failed"
        " (name: Required)"
    )


@pytest.mark.parametrize(("status", "phrase", "error_class"), STATUS_CLASSES)
def test_salesforce_status_maps_to_its_error_class_with_the_error_list(
    mode: str, salesforce: SalesforceClient, sf_wire: respx.MockRouter, status: int, phrase: str, error_class: type
) -> None:
    body = [
        {"errorCode": "MALFORMED_ID", "message": "bad id", "fields": ["Id"]},
        {"errorCode": "OTHER", "message": "second"},
    ]
    sf_wire.get("/personalization/abn-experiments/x").respond(status, json=body)
    with pytest.raises(salesforce_personalization_client.APIStatusError) as info:
        call(mode, get_personalization_experiment, "x", client=salesforce, max_retries=0)
    error = info.value
    assert type(error).__name__ == error_class.__name__
    assert type(error).__module__ == "salesforce_personalization_client.errors"
    assert error.status_code == status
    assert error.body == [Error.from_dict(body[0]), Error.from_dict(body[1])]
    assert error.body[0].fields == ["Id"]
    assert (error.code, error.vendor_message) == ("MALFORMED_ID", "bad id; second")
    assert (error.method, error.path) == ("GET", "/services/data/v65.0/personalization/abn-experiments/x")
    assert str(error) == (
        f"{status} {HTTPStatus(status).phrase} on GET /services/data/v65.0/personalization/abn-experiments/x: "
        "MALFORMED_ID: bad id; second (fields: Id)"
    )


def test_detailed_keeps_the_parsed_error_model_and_does_not_raise(
    mode: str, qonversion: QonversionClient, q_wire: respx.MockRouter
) -> None:
    q_wire.get("/segments/gone").respond(404, json={"error": {"code": "not_found", "message": "Not found"}})
    result = call_detailed(mode, v_4_get_segment, "gone", client=qonversion)
    assert result.status_code == 404 and result.retries == 0
    assert isinstance(result.parsed, ErrorResponse) and result.parsed.error.code == "not_found"


def test_a_body_that_is_not_the_vendor_shape_gives_the_error_without_a_body(
    mode: str, qonversion: QonversionClient, q_wire: respx.MockRouter
) -> None:
    q_wire.get("/segments/x").respond(502, text="<html>bad gateway</html>", headers={"Content-Type": "text/html"})
    with pytest.raises(InternalServerError) as info:
        call(mode, v_4_get_segment, "x", client=qonversion, max_retries=0)
    assert info.value.body is None and info.value.code is None and info.value.vendor_message is None
    assert str(info.value) == "502 Bad Gateway on GET /v4/segments/x"


def test_a_documented_error_status_with_a_broken_body_still_raises_its_class(
    mode: str, qonversion: QonversionClient, q_wire: respx.MockRouter
) -> None:
    q_wire.get("/segments/x").respond(404, json={"detail": "not the v4 envelope"})
    assert call_detailed(mode, v_4_get_segment, "x", client=qonversion).parsed is None
    with pytest.raises(NotFoundError) as info:
        call(mode, v_4_get_segment, "x", client=qonversion)
    assert info.value.body is None


def test_an_undocumented_status_is_still_parsed_as_the_vendor_error(
    mode: str, qonversion: QonversionClient, q_wire: respx.MockRouter
) -> None:
    q_wire.get("/segments/x").respond(409, json={"error": {"code": "busy", "message": "locked"}})  # GET lists no 409
    with pytest.raises(ConflictError) as info:
        call(mode, v_4_get_segment, "x", client=qonversion)
    assert isinstance(info.value.body, ErrorResponse) and info.value.code == "busy"


@pytest.mark.parametrize(
    ("status", "error_class"), [(599, InternalServerError), (499, APIStatusError), (302, APIStatusError)]
)
def test_unregistered_and_redirect_statuses_do_not_crash(
    mode: str, qonversion: QonversionClient, q_wire: respx.MockRouter, status: int, error_class: type
) -> None:
    q_wire.get("/segments/x").respond(status, headers={"Location": "https://api.qonversion.io/v4/elsewhere"})
    result = call_detailed(mode, v_4_get_segment, "x", client=qonversion, max_retries=0)
    assert result.status_code == status and result.parsed is None
    with pytest.raises(APIStatusError) as info:
        call(mode, v_4_get_segment, "x", client=qonversion, max_retries=0)
    assert type(info.value) is error_class and str(info.value).startswith(f"{status} ")


def test_a_success_body_that_does_not_match_the_spec_is_a_validation_error(
    mode: str, qonversion: QonversionClient, q_wire: respx.MockRouter
) -> None:
    q_wire.get("/segments/x").respond(200, json={"object": "segment"})  # required fields missing
    for run in (call, call_detailed):
        with pytest.raises(APIResponseValidationError) as info:
            run(mode, v_4_get_segment, "x", client=qonversion)
        assert (info.value.status_code, info.value.method, info.value.path) == (200, "GET", "/v4/segments/x")


def test_a_success_status_the_spec_does_not_list_is_a_validation_error(
    mode: str, qonversion: QonversionClient, q_wire: respx.MockRouter
) -> None:
    q_wire.post("/segments").respond(200, json=SEGMENT)  # the spec documents 201
    with pytest.raises(APIResponseValidationError, match="does not document"):
        call(mode, v_4_create_segment, client=qonversion, body=SegmentCreate(name="n"))


def test_bodiless_success_returns_none(mode: str, salesforce: SalesforceClient, sf_wire: respx.MockRouter) -> None:
    sf_wire.delete("/personalization/abn-experiments/x").respond(202)
    assert call(mode, delete_personalization_experiment, "x", client=salesforce) is None


def test_one_except_catches_everything(mode: str, qonversion: QonversionClient, sleeps: Sleeps) -> None:
    del mode, qonversion, sleeps
    for package in (qonversion_client, salesforce_personalization_client):
        tree = {name: getattr(package, name) for name in package.__all__ if name.endswith("Error")}
        assert all(issubclass(cls, package.APIError) for cls in tree.values())
        assert issubclass(package.APITimeoutError, package.APIConnectionError)
        assert issubclass(package.RateLimitError, package.APIStatusError)
    assert issubclass(NotFoundError, APIError) and not issubclass(NotFoundError, httpx.HTTPError)

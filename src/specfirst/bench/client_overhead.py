"""Client overhead: one sync ``v4CreateSegment`` (the spec's seed request and response) through the full
generated client and its runtime, against the same request written with raw httpx, both on one
in-memory ``httpx.MockTransport``, so only client-side work is compared (no network, no server).
Measured through the resource layer (``client.segments.create(name=..., conditions=[{...}])``: the
keyword arguments, nested dicts included, become the body model) and through the module function it
calls (``v_4_create_segment.sync(body=SegmentCreate(...))``).

The raw call is what a careful hand-written integration does: post the JSON with the bearer key and an
Idempotency-Key, check the status, decode the JSON. The client call additionally serialises the
``SegmentCreate`` model, parses the response into ``Segment`` (timestamps included), maps the status and
goes through the retrying transport (first attempt on the fast path).
"""

import json
import uuid
from typing import Any

import httpx
import yaml

from ..apis import APIS
from .report import Row, interleaved_medians

SUITE = "client-overhead"
TARGET = 1.2
BASE_URL = "https://api.qonversion.io/v4"
KEY = "sk_bench_not_a_real_key"


def seed_exchange() -> tuple[dict[str, Any], dict[str, Any]]:
    """The spec's own seed request and 201 response of v4CreateSegment."""
    operation = yaml.safe_load(APIS["qonversion"].spec.read_text())["paths"]["/segments"]["post"]
    request = operation["requestBody"]["content"]["application/json"]["examples"]["seed"]["value"]
    response = operation["responses"]["201"]["content"]["application/json"]["examples"]["seed"]["value"]
    return request, response


def run(calls: int) -> list[Row]:
    from qonversion_client import QonversionClient
    from qonversion_client.api.segments import v_4_create_segment
    from qonversion_client.models import SegmentCreate

    request_json, response_json = seed_exchange()
    content = json.dumps(response_json).encode()

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(201, content=content, headers={"Content-Type": "application/json"})

    transport = httpx.MockTransport(answer)
    raw = httpx.Client(base_url=BASE_URL, headers={"Authorization": f"Bearer {KEY}"}, transport=transport)
    client = QonversionClient(secret_key=KEY, base_url=BASE_URL, httpx_args={"transport": transport})
    no_retries = QonversionClient(secret_key=KEY, base_url=BASE_URL, max_retries=0, httpx_args={"transport": transport})
    body = SegmentCreate.from_dict(request_json)

    def raw_httpx() -> object:
        response = raw.post("/segments", json=request_json, headers={"Idempotency-Key": str(uuid.uuid4())})
        if response.status_code != 201:
            raise RuntimeError(response.status_code)
        return response.json()

    def resource() -> object:
        return client.segments.create(**request_json)

    def full_client() -> object:
        return v_4_create_segment.sync(client=client, body=body)

    def full_client_no_retries() -> object:
        return v_4_create_segment.sync(client=no_retries, body=body)

    assert resource() == full_client() == full_client_no_retries()  # all really parse the seed response
    medians = interleaved_medians(
        {
            "raw_httpx": raw_httpx,
            "resource": resource,
            "client": full_client,
            "client_max_retries_0": full_client_no_retries,
        },
        calls,
    )
    base = medians["raw_httpx"]
    return [
        Row(SUITE, "raw httpx (post + status check + .json())", base, calls, note="v4CreateSegment seed"),
        Row(
            SUITE, "QonversionClient client.segments.create(**seed)", medians["resource"], calls,
            baseline="raw httpx (post + status check + .json())", ratio=medians["resource"] / base, target=TARGET,
            note="resource layer: keyword arguments (dicts) -> model, then the module function",
        ),
        Row(
            SUITE, "QonversionClient v_4_create_segment.sync()", medians["client"], calls,
            baseline="raw httpx (post + status check + .json())", ratio=medians["client"] / base, target=TARGET,
            note="full client: model in/out, typed errors, retrying transport",
        ),
        Row(
            SUITE, "same, max_retries=0 (no retry wrapper)", medians["client_max_retries_0"], calls,
            baseline="raw httpx (post + status check + .json())", ratio=medians["client_max_retries_0"] / base,
            note="what the retry layer itself costs, by difference",
        ),
    ]  # fmt: skip

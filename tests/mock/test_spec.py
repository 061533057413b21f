"""The mock's reading of a spec: refusal of unsupported features, routing order, validators from the spec."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from specfirst.apis import APIS
from specfirst.mock import UnsupportedSpec
from specfirst.mock.spec import Spec


def write_variant(tmp_path: Path, change: object) -> Path:
    document = yaml.safe_load(APIS["qonversion"].spec.read_text(encoding="utf-8"))
    change(document)  # type: ignore[operator]
    path = tmp_path / "variant.yaml"
    path.write_text(yaml.safe_dump(document), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("change", "named"),
    [
        (lambda d: d["components"]["schemas"]["Segment"].update(oneOf=[{"type": "object"}]), "'oneOf'"),
        (
            lambda d: d["components"]["schemas"]["SegmentCondition"]["properties"]["value"].update(format="uuid"),
            "'uuid'",
        ),
        (
            lambda d: d["components"]["schemas"]["SegmentCreate"].update(discriminator={"propertyName": "x"}),
            "'discriminator'",
        ),
        (lambda d: d["paths"]["/segments"]["post"]["parameters"][0].update({"in": "cookie"}), "'cookie'"),
        (lambda d: d["paths"]["/segments"]["post"].update(callbacks={}), "'callbacks'"),
        (lambda d: d["paths"]["/segments"]["post"]["requestBody"]["content"].update({"text/plain": {}}), "text/plain"),
        (lambda d: d["components"]["securitySchemes"]["secretAuth"].update(type="apiKey"), "http bearer"),
    ],
)
def test_refuses_unsupported_features_naming_them(tmp_path: Path, change: object, named: str) -> None:
    with pytest.raises(UnsupportedSpec, match=named.replace("/", ".")):
        Spec(write_variant(tmp_path, change))


def test_both_specs_load() -> None:
    assert len(Spec(APIS["qonversion"].spec).operations) == 24
    assert len(Spec(APIS["salesforce"].spec).operations) == 4


def test_literal_paths_route_before_templates() -> None:
    spec = Spec(APIS["qonversion"].spec)
    for path, template in [
        ("/segments/system", "/segments/system"),
        ("/segments/abc", "/segments/{segment_id}"),
        ("/experiments/summary", "/experiments/summary"),
        ("/integrations/meta", "/integrations/meta"),
    ]:
        found = spec.match(path)
        assert found is not None and found[0].template == template


def test_validators_use_the_specs_constraints() -> None:
    spec = Spec(APIS["qonversion"].spec)
    body = spec.operations["v4CreateSegment"].body_validator
    assert body.is_valid({"name": "x" * 256})
    assert not body.is_valid({"name": "x" * 257})
    assert not body.is_valid({"name": "x", "conditions": [{"metric": "m", "comparator": "like", "value": "v"}]})


def test_mock_command_refuses_to_start_naming_the_keyword(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from dataclasses import replace

    from specfirst.__main__ import main

    variant = write_variant(
        tmp_path, lambda d: d["components"]["schemas"]["Segment"].update(anyOf=[{"type": "object"}])
    )
    monkeypatch.setitem(APIS, "qonversion", replace(APIS["qonversion"], spec=variant))
    assert main(["mock", "qonversion", "--port", "0"]) == 2
    assert "schema keyword 'anyOf' is not supported" in capsys.readouterr().out


def test_inferred_rules_must_name_only_values_of_the_spec(tmp_path: Path) -> None:
    """A spec change that drops a status the inferred transition table uses stops the mock at start-up."""
    from specfirst.mock.pipeline import MockApi
    from specfirst.mock.qonversion import Qonversion

    def rename(document: dict[str, object]) -> None:
        status = document["components"]["schemas"]["ExperimentStatusChange"]["properties"]["status"]  # type: ignore[index]
        status["enum"] = ["draft", "running", "paused", "finished"]

    with pytest.raises(ValueError, match=r"inferred experiment statuses .* do not match the spec's"):
        MockApi(Spec(write_variant(tmp_path, rename)), Qonversion())


def test_the_mock_takes_its_key_prefixes_from_the_spec(tmp_path: Path) -> None:
    """Q12: another ``x-key-prefixes`` in the spec changes which tokens the mock accepts."""
    from starlette.testclient import TestClient

    from specfirst.mock import create_app
    from specfirst.mock.pipeline import MockApi
    from specfirst.mock.qonversion import Qonversion

    def change(document: dict[str, Any]) -> None:
        document["components"]["securitySchemes"]["secretAuth"]["x-key-prefixes"].update(sandbox="sbx_")

    mock = MockApi(Spec(write_variant(tmp_path, change)), Qonversion())
    with TestClient(create_app(mock), base_url="http://127.0.0.1/v4") as client:
        statuses = {
            token: client.get("/segments", headers={"Authorization": f"Bearer {token}"}).status_code
            for token in ("sbx_a", "test_sk_a", "sk_a", "sbx_")
        }
    assert statuses == {"sbx_a": 200, "test_sk_a": 401, "sk_a": 200, "sbx_": 401}


def test_a_spec_without_key_prefixes_stops_the_mock(tmp_path: Path) -> None:
    from specfirst.mock.pipeline import MockApi
    from specfirst.mock.qonversion import Qonversion

    def drop(document: dict[str, Any]) -> None:
        del document["components"]["securitySchemes"]["secretAuth"]["x-key-prefixes"]

    with pytest.raises(ValueError, match="the security scheme declares no x-key-prefixes"):
        MockApi(Spec(write_variant(tmp_path, drop)), Qonversion())

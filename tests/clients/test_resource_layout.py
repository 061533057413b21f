"""The one rule that places operations on the client (src/specfirst/resources.py), on small specs."""

from typing import Any

import pytest

from specfirst.resources import LayoutError, layout, words


def spec(operations: dict[tuple[str, str], dict[str, Any]], tags: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    paths: dict[str, Any] = {}
    for (method, path), operation in operations.items():
        paths.setdefault(path, {})[method] = {"tags": ["Widgets"], **operation}
    return {"tags": tags or [{"name": "Widgets"}], "paths": paths}


def placed(document: dict[str, Any]) -> dict[str, str]:
    return {key: f"{op['resource']}.{op['method']}" for key, op in layout(document)["operations"].items()}


def test_words() -> None:
    assert words("v4ListSystemSegments") == ["v4", "list", "system", "segments"]
    assert words("getPersonalizationExperiment") == ["get", "personalization", "experiment"]
    assert words("Personalization Experiments") == ["personalization", "experiments"]
    assert words("getURLForID") == ["get", "url", "for", "id"]


def test_verbs_and_the_resource_s_words() -> None:
    document = spec({
        ("get", "/widgets"): {"operationId": "v2ListWidgets"},
        ("get", "/widgets/{id}"): {"operationId": "getWidget"},
        ("post", "/widgets/{id}/status"): {"operationId": "changeWidgetStatus"},
        ("get", "/widgets/system"): {"operationId": "listSystemWidgets"},
        ("get", "/widgets/stats"): {"operationId": "getWidgetStats"},
    })  # fmt: skip
    assert placed(document) == {
        "GET /widgets": "widgets.list",
        "GET /widgets/{id}": "widgets.retrieve",
        "POST /widgets/{id}/status": "widgets.change_status",
        "GET /widgets/system": "widgets.list_system",
        "GET /widgets/stats": "widgets.get_stats",
    }


def test_a_collection_under_an_item_is_a_sub_resource() -> None:
    document = spec({
        ("get", "/widgets/{id}/parts"): {"operationId": "listWidgetParts"},
        ("delete", "/widgets/{id}/parts/{part_id}"): {"operationId": "deleteWidgetPart"},
        ("post", "/widgets/{id}/status"): {"operationId": "setWidgetStatus"},
    })  # fmt: skip
    result = layout(document)
    assert placed(document) == {
        "GET /widgets/{id}/parts": "widgets.parts.list",
        "DELETE /widgets/{id}/parts/{part_id}": "widgets.parts.delete",
        "POST /widgets/{id}/status": "widgets.set_status",
    }
    assert result["resources"]["widgets"]["children"] == ["widgets.parts"]
    assert result["resources"]["widgets.parts"] == {"class": "WidgetParts", "attr": "parts", "children": []}
    assert result["roots"] == ["widgets"]


def test_the_spec_s_exceptions() -> None:
    document = spec(
        {("get", "/widgets/stats"): {"operationId": "getWidgetStats", "x-method-name": "stats"}},
        tags=[{"name": "Widgets", "x-resource-name": "gadgets"}],
    )
    assert placed(document) == {"GET /widgets/stats": "gadgets.stats"}


def test_two_operations_on_one_method_are_refused() -> None:
    document = spec({
        ("get", "/widgets/{id}"): {"operationId": "getWidget"},
        ("get", "/widgets/by-name/{name}"): {"operationId": "getWidgets"},
    })  # fmt: skip
    with pytest.raises(LayoutError, match=r"GET /widgets/by-name/\{name\} and GET /widgets/\{id\} would both be"):
        layout(document)


def test_a_name_that_is_not_an_identifier_is_refused() -> None:
    with pytest.raises(LayoutError, match="'class' is not a Python identifier"):
        layout(spec({("get", "/widgets"): {"operationId": "listWidgets", "x-method-name": "class"}}))

"""Where each operation lives on the client: tags -> resources, operationIds -> methods (one rule).

- **Resource**: the operation's first tag in snake_case (``Segments`` -> ``segments``); a tag's
  ``x-resource-name`` overrides it (Salesforce's ``Personalization Experiments`` -> ``experiments``).
- **Sub-resource**: a literal path segment after a parameter of the resource is a sub-resource when the
  spec also addresses one of its items: ``/experiments/{experiment_id}/groups`` is ``experiments.groups``
  because ``/experiments/{experiment_id}/groups/{group_id}`` exists; ``/experiments/{experiment_id}/status``
  is not (no ``/status/{...}``), so it stays a method of ``experiments``.
- **Method**: the operationId's words in snake_case, without a leading version word (``v4``) and without
  the words of the tag and of the (sub-)resource names, singular or plural; a lone ``get`` is ``retrieve``
  (``v4ChangeExperimentStatus`` -> ``experiments.change_status``, ``v4GetSegment`` -> ``segments.retrieve``).
  An operation's ``x-method-name`` overrides the result (``v4GetExperimentsSummary`` -> ``summary``).

``layout(spec)`` applies the rule and hands the result to the templates (``overrides/templates``) as the
Jinja module ``_layout.jinja`` (the generator shows templates no ``x-`` extensions).
"""

import json
import keyword
import re
from typing import Any

METHODS = ("get", "put", "post", "patch", "delete")
_WORD = re.compile(r"v\d+(?![a-z0-9])|[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")
_VERSION = re.compile(r"v\d+")


class LayoutError(ValueError):
    """Two operations land on the same method, or a name is not a usable Python identifier."""


def words(text: str) -> list[str]:
    """``v4ListSystemSegments`` -> ``['v4', 'list', 'system', 'segments']``; ``Personalization Experiments``
    -> ``['personalization', 'experiments']``."""
    return [word.lower() for word in _WORD.findall(text)]


def _forms(word: str) -> set[str]:
    singular = word[:-1] if word.endswith("s") else word
    return {word, singular, singular + "s"}


def _class_name(path: list[str]) -> str:
    """``['experiments', 'groups']`` -> ``ExperimentGroups`` (parents singular)."""
    parts = [part.removesuffix("s") for part in path[:-1]] + [path[-1]]
    return "".join(word.capitalize() for part in parts for word in part.split("_"))


def _identifier(name: str, what: str) -> str:
    if not name.isidentifier() or keyword.iskeyword(name):
        raise LayoutError(f"{what} {name!r} is not a Python identifier")
    return name


def layout(spec: dict[str, Any]) -> dict[str, Any]:
    """The resource tree of ``spec`` (a parsed OpenAPI document).

    ``{"operations": {"GET /segments": {"resource": "segments", "method": "list"}, ...},
    "resources": {"segments": {"class": "Segments", "attr": "segments", "children": [...]}, ...},
    "roots": ["experiments", ...]}``; a resource key is its dotted path (``experiments.groups``).
    """
    tag_names = {tag["name"]: tag.get("x-resource-name") for tag in spec.get("tags", [])}
    paths: dict[str, Any] = spec["paths"]
    item_paths = {path for path in paths if path.endswith("}")}
    operations: dict[str, dict[str, str]] = {}
    resources: dict[str, dict[str, Any]] = {}
    roots: list[str] = []
    taken: dict[tuple[str, str], str] = {}

    for path, item in paths.items():
        for method in METHODS:
            if method not in item:
                continue
            operation = item[method]
            key = f"{method.upper()} {path}"
            tag = operation["tags"][0]
            root = tag_names.get(tag) or "_".join(words(tag))
            resource_path = [_identifier(root, f"resource of {key}")]
            segments = [segment for segment in path.strip("/").split("/")]
            for index, segment in enumerate(segments[1:], start=1):
                after_parameter = segments[index - 1].startswith("{")
                if after_parameter and not segment.startswith("{"):
                    collection = "/" + "/".join(segments[: index + 1]) + "/{"
                    if any(other.startswith(collection) for other in item_paths):
                        resource_path.append(_identifier(segment.replace("-", "_"), f"sub-resource of {key}"))
            dropped = {form for word in words(tag) for form in _forms(word)}
            dropped |= {form for part in resource_path for word in part.split("_") for form in _forms(word)}
            op_words = words(operation["operationId"])
            if op_words and _VERSION.fullmatch(op_words[0]):
                op_words = op_words[1:]
            verb, rest = op_words[0], [word for word in op_words[1:] if word not in dropped]
            name = "_".join([verb, *rest]) if rest else ("retrieve" if verb == "get" else verb)
            name = _identifier(operation.get("x-method-name", name), f"method of {key}")
            dotted = ".".join(resource_path)
            if (dotted, name) in taken:
                raise LayoutError(f"{key} and {taken[dotted, name]} would both be {dotted}.{name}")
            taken[dotted, name] = key
            operations[key] = {"resource": dotted, "method": name}
            for depth in range(1, len(resource_path) + 1):
                prefix = ".".join(resource_path[:depth])
                if prefix not in resources:
                    resources[prefix] = {
                        "class": _class_name(resource_path[:depth]),
                        "attr": resource_path[depth - 1],
                        "children": [],
                    }
                    if depth == 1:
                        roots.append(prefix)
                    else:
                        resources[".".join(resource_path[: depth - 1])]["children"].append(prefix)
    classes = [resource["class"] for resource in resources.values()]
    if len(set(classes)) != len(classes):
        raise LayoutError(f"two resources share a class name: {sorted(classes)}")
    return {"operations": operations, "resources": resources, "roots": roots}


def layout_template(spec: dict[str, Any]) -> str:
    """``layout(spec)`` as a Jinja module the templates import (``{% from "_layout.jinja" import LAYOUT %}``)."""
    return "{% set LAYOUT = " + json.dumps(layout(spec), sort_keys=True) + " %}\n"

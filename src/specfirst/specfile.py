"""Loading a spec with the line of every node, so any problem can be reported as ``file:line``."""

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a spec, located in its file."""

    file: Path
    line: int
    location: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.location}: {self.reason}"


class SpecError(Exception):
    """A spec does not validate; the message lists every problem as ``file:line: location: reason``."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class SpecFile:
    """A YAML spec: its data and, for any JSON pointer into it, the line it starts on."""

    def __init__(self, path: Path) -> None:
        self.path = path
        text = path.read_text(encoding="utf-8")
        try:
            self.node = yaml.compose(text, Loader=yaml.SafeLoader)
            self.data: Any = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = mark.line + 1 if mark else 1
            raise SpecError([Problem(path, line, "(document)", f"not valid YAML: {exc}")]) from exc

    def line_of(self, parts: Iterable[str | int]) -> int:
        """1-based line of the deepest node on the path that exists."""
        node = self.node
        for part in parts:
            child = None
            if isinstance(node, yaml.MappingNode):
                child = next((v for k, v in node.value if k.value == str(part)), None)
            elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
                child = node.value[part]
            if child is None:
                break
            node = child
        return node.start_mark.line + 1 if node is not None else 1

    def problem(self, parts: Iterable[str | int], reason: str) -> Problem:
        parts = list(parts)
        pointer = "/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in parts)
        return Problem(self.path, self.line_of(parts), f"#{pointer}" if parts else "#", reason)

"""Reads the vendor reference pages in ../shared/seeds: their example JSON and their field tables.

The pages are plain-text copies of the vendor's docs, so this is a small, strict parser: anything it
cannot place makes the seed tests fail rather than pass silently.
"""

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"

SECTIONS = ("Authorizations", "Path Parameters", "Headers", "Body", "Response")
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")
_TYPE = re.compile(
    r"^(enum<(?P<enum>\w+)>|(?P<base>string|number|integer|boolean|object)(<(?P<format>[\w-]+)>)?)"
    r"(?P<array>\[\])?(?P<null> \| null)?$"
)


@dataclass
class SeedField:
    section: str
    name: str
    type: str
    required: bool = False
    max_length: int | None = None
    pattern: str | None = None
    options: list[Any] = field(default_factory=list)
    minimum: int | None = None
    example: Any = None
    has_example: bool = False
    description: str = ""


def _starts_field(lines: list[str], i: int) -> bool:
    return bool(_NAME.match(lines[i])) and i + 1 < len(lines) and bool(_TYPE.match(lines[i + 1]))


def _decode_after(text: str, start: int) -> Any:
    return json.JSONDecoder().raw_decode(text, text.index("{", start))[0]


def examples(path: Path) -> tuple[Any, Any]:
    """The (request, response) example JSON of a seed page."""
    text = path.read_text(encoding="utf-8")
    if "curl --request" in text:
        start = text.index("--data '") + len("--data '")
        request, end = json.JSONDecoder().raw_decode(text, text.index("{", start))
        return request, _decode_after(text, end)
    # Salesforce pages number their example lines ("1{", "2    \"label\": ...").
    example = re.sub(r"(?m)^\d+", "", text[text.index("\nExample") :])
    request_at = example.index("Request:")
    request = _decode_after(example, request_at)
    return request, _decode_after(example, example.index("Response:", request_at))


def fields(path: Path) -> list[SeedField]:
    """Every documented field of a Mintlify reference page, section by section."""
    lines = [line.rstrip() for line in path.read_text(encoding="utf-8").splitlines()]
    out: list[SeedField] = []
    section = ""
    current: SeedField | None = None
    i = 0
    while i < len(lines):
        line = lines[i]
        if line in SECTIONS:
            section, current = line, None
        elif section and _starts_field(lines, i):
            current = SeedField(section, line, lines[i + 1])
            out.append(current)
            i += 2
            while i < len(lines) and lines[i] in ("header", "required"):
                current.required |= lines[i] == "required"
                i += 1
            continue
        elif current is not None:
            if m := re.match(r"^Maximum string length: (\d+)$", line):
                current.max_length = int(m.group(1))
            elif m := re.match(r"^Pattern: (.+)$", line):
                current.pattern = m.group(1)
            elif m := re.match(r"^Required range: x >= (\d+)$", line):
                current.minimum = int(m.group(1))
            elif line == "Available options:":
                i += 1
                while i < len(lines) and lines[i].strip() and lines[i] != "Example:" and not _starts_field(lines, i):
                    value = lines[i].strip().rstrip(",")
                    current.options.append(int(value) if value.isdigit() else value)
                    i += 1
                continue
            elif line == "Example:":
                i += 1
                while not lines[i].strip():
                    i += 1
                rest = "\n".join(lines[i:])
                current.example, size = json.JSONDecoder().raw_decode(rest)
                current.has_example = True
                i += rest[:size].count("\n") + 1
                continue
            elif line.strip() and not current.description and section != "Authorizations":
                current.description = line.strip()
        i += 1
    return [f for f in out if f.section != "Authorizations"]

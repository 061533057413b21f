"""Changelog entries: classification headings, labels for deprecations and documentation, newest on top."""

from pathlib import Path

from specfirst.publish.changelog import HEADER, entry, prepend
from specfirst.publish.gate import Change

CHANGES = [
    Change("breaking", "remove", ("paths", "/a", "get"), "[Removed] operation GET /a"),
    Change("non-breaking", "add", ("paths", "/b", "get"), "[Added] operation GET /b"),
    Change("deprecated", "add", ("paths", "/c", "post", "deprecated"), "[Added] deprecated status"),
    Change("annotation", "replace", ("paths", "/c", "post", "summary"), "[Replaced] annotation (summary)"),
    Change("unclassified", "add", ("paths", "/c", "post", "x"), ""),
]


def test_entry_groups_changes_by_class() -> None:
    assert entry("Things", "2.0.0", "2026-01-02", CHANGES, []) == (
        "## Things 2.0.0 (2026-01-02)\n\n"
        "2 breaking and 3 non-breaking change(s).\n\n"
        "### Breaking\n\n"
        "- [Removed] operation GET /a\n"
        "- unclassified: POST /c: [add] x\n\n"
        "### Non-breaking\n\n"
        "- [Added] operation GET /b\n"
        "- deprecation: POST /c: [Added] deprecated status\n"
        "- documentation: POST /c: [Replaced] annotation (summary)\n"
    )


def test_first_release_lists_operations_in_spec_order() -> None:
    assert entry("Things", "1.0.0", "2026-01-01", None, ["POST /b: Make", "GET /a: List"]) == (
        "## Things 1.0.0 (2026-01-01)\n\nFirst published version, 2 operations:\n\n- POST /b: Make\n- GET /a: List\n"
    )


def test_new_entries_go_under_the_header_above_older_ones(tmp_path: Path) -> None:
    path = tmp_path / "CHANGELOG.md"
    prepend(path, ["## Things 1.0.0 (2026-01-01)\n\nold\n"])
    prepend(path, ["## Things 2.0.0 (2026-01-02)\n\nnew\n", "## Other 3.0.0 (2026-01-02)\n\nother\n"])
    text = path.read_text()
    assert text.startswith(HEADER.rstrip() + "\n\n## Things 2.0.0")
    assert [line for line in text.splitlines() if line.startswith("## ")] == [
        "## Things 2.0.0 (2026-01-02)",
        "## Other 3.0.0 (2026-01-02)",
        "## Things 1.0.0 (2026-01-01)",
    ]
    assert text.count("old") == 1 and text.endswith("old\n")

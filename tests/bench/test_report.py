"""The benchmark table's verdicts and the JSON report (the numbers themselves come from `nox -s bench`)."""

import json
from pathlib import Path

from specfirst.bench.report import Row, duration, merge_into, table


def test_a_throughput_ratio_is_a_floor_and_a_latency_ratio_a_ceiling() -> None:
    assert Row("s", "faster", 1.0, 1, ratio=3.2, target=3.0, higher_is_better=True).verdict == "meets target"
    assert Row("s", "slower", 1.0, 1, ratio=2.9, target=3.0, higher_is_better=True).verdict == "MISSES target"
    assert Row("s", "cheap", 1.0, 1, ratio=1.1, target=1.2).verdict == "meets target"
    assert Row("s", "costly", 1.0, 1, ratio=1.3, target=1.2).verdict == "MISSES target"
    assert Row("s", "context", 1.0, 1, ratio=1.3).verdict == ""


def test_a_goal_of_several_parts_is_judged_by_the_suite() -> None:
    row = Row("s", "mock", 1.0, 1, ratio=3.5, target=3.0, higher_is_better=True, goal="p99 < 20 ms", met=False)
    assert row.verdict == "MISSES target"
    assert row.goal_text == "p99 < 20 ms"


def test_times_print_in_the_unit_that_reads_best() -> None:
    assert [duration(x) for x in (None, 183.0, 3_420.0, 2_560_000.0)] == ["", "183.0 µs", "3.42 ms", "2.56 s"]


def test_the_table_has_one_line_per_row_with_its_numbers() -> None:
    rows = [
        Row("mock-throughput", "Prism, 32 conn", 11_270.0, 5322, per_s=2655.0, p99_us=23_530.0, errors=0),
        Row(
            "mock-throughput", "mock, 32 conn", 3_420.0, 18131, ratio=3.414, target=3.0, higher_is_better=True,
            per_s=9063.0, p99_us=6_870.0, errors=0, goal=">= 3x Prism", met=True,
        ),
    ]  # fmt: skip
    lines = table(rows).splitlines()
    assert len(lines) == 2 + len(rows)
    assert lines[2].split()[-7:] == ["2655", "11.27", "ms", "23.53", "ms", "5322", "0"]  # no ratio, no verdict
    assert "9063" in lines[3] and "3.414" in lines[3] and lines[3].endswith("meets target (>= 3x Prism)")


def test_the_report_replaces_only_the_suites_that_ran(tmp_path: Path) -> None:
    path = tmp_path / "bench.json"
    merge_into(path, [Row("a", "one", 1.0, 1), Row("b", "two", 2.0, 1)], "first")
    report = merge_into(path, [Row("b", "three", 3.0, 1)], "second", before={"cpus": 2})
    assert [(r["suite"], r["name"]) for r in report["rows"]] == [("a", "one"), ("b", "three")]
    assert json.loads(path.read_text()) == report
    assert report["started"] == {"cpus": 2} and set(report["finished"]) == {"taken_at", "cpus", "load_average_1_5_15"}

"""The README's "Using the clients" examples run as written against the served mocks (``python -m specfirst
mock``, uvicorn on a free port), configured only through the environment variables the README names."""

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from specfirst.apis import ROOT
from specfirst.bench.servers import HOST, free_port, mock_command, running

SECTION = "## Using the clients"


def readme_examples() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split(SECTION, 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, flags=re.DOTALL)


@pytest.fixture(scope="module")
def environment(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    logs = tmp_path_factory.mktemp("readme")
    q_port, sf_port = free_port(), free_port()
    with (
        running(mock_command("qonversion", q_port), q_port, "the qonversion mock", logs / "q.log"),
        running(mock_command("salesforce", sf_port), sf_port, "the salesforce mock", logs / "sf.log"),
    ):
        yield {
            **os.environ,
            "QONVERSION_SECRET_KEY": "test_sk_readme_example",
            "QONVERSION_BASE_URL": f"http://{HOST}:{q_port}/v4",
            "SALESFORCE_INSTANCE_URL": f"http://{HOST}:{sf_port}",
            "SALESFORCE_ACCESS_TOKEN": "00Dreadme0examp!token",
        }


def test_the_section_has_examples_of_both_clients() -> None:
    examples = readme_examples()
    assert len(examples) >= 3
    assert any("QonversionClient" in code for code in examples)
    assert any("AsyncQonversionClient" in code for code in examples)
    assert any("SalesforceClient" in code for code in examples)
    assert not any(".api." in code for code in examples)  # resource calls, not the low-level modules


@pytest.mark.parametrize("index", range(len(readme_examples())))
def test_readme_example_runs_against_the_served_mock(index: int, environment: dict[str, str], tmp_path: Path) -> None:
    script = tmp_path / f"example_{index}.py"
    script.write_text(readme_examples()[index], encoding="utf-8")
    result = subprocess.run([sys.executable, str(script)], env=environment, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "sk_readme" not in result.stdout + result.stderr and "00Dreadme0examp" not in result.stdout + result.stderr

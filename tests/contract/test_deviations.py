"""The suite's power: against servers that each deviate from the spec in one way, a live run fails naming the rule.

CI runs a few of the catalogue (``specfirst.contract.deviations``) this way, served over HTTP through the live
CLI (every behaviour deviation also runs in-process in ``test_behaviour_deviations.py``); the nightly workflow
runs all of it (``SPECFIRST_CONTRACT_CATALOGUE=all``, or ``python -m specfirst.contract.deviations``, which
prints the catch rate).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from specfirst.contract.behaviour import rules
from specfirst.contract.deviations import CATALOGUE, caught

CI = ["all-transitions-allowed", "salesforce-delete-keeps", "create-answers-200"]
NAMES = list(CATALOGUE) if os.environ.get("SPECFIRST_CONTRACT_CATALOGUE") == "all" else CI


@pytest.mark.parametrize("name", NAMES)
def test_the_live_suite_fails_naming_the_rule(name: str, tmp_path: Path) -> None:
    ok, code, named = caught(name, tmp_path / "reports")
    assert ok, f"{name}: exit {code}, named {named}; must name {CATALOGUE[name].catches}"


def test_every_rule_has_a_deviation() -> None:
    for api in ("qonversion", "salesforce"):
        covered = {c[5:] for d in CATALOGUE.values() if d.api == api for c in d.catches if c.startswith("rule:")}
        must = set(rules(api))
        if api == "salesforce":
            must -= {"create-read", "enum-refused", "isolation"}  # covered on Qonversion: the same code path
        assert must <= covered, must - covered

"""The credentials of qonversion-v4.yaml (written by specfirst.generate from the spec; do not edit)."""

from typing import Literal

Environment = Literal["production", "sandbox"]
KEY_PREFIXES: dict[Environment, str] = {"production": "sk_", "sandbox": "test_sk_"}
"""Environment -> the prefix of its keys."""

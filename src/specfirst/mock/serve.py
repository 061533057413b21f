"""Serving a mock with uvicorn on 127.0.0.1 (the only interface this project ever binds or contacts)."""

from __future__ import annotations

from pathlib import Path

import uvicorn

from . import create_app, create_mock
from .seed import seed as run_seed

HOST = "127.0.0.1"


def serve(
    api: str,
    port: int,
    *,
    access_log: bool = False,
    validate_responses: bool = True,
    seed: tuple[Path, str] | None = None,
) -> None:
    """Run until interrupted. The access log is off by default: it costs throughput and says little here."""
    mock = create_mock(api, validate_responses=validate_responses)
    if seed is not None:
        bodies = run_seed(mock, seed[1], seed[0])
        print(f"seeded {len(bodies)} step(s) from {seed[0]}", flush=True)
    print(f"{api} mock on http://{HOST}:{port}{mock.base_url_path()} (control endpoints under /__mock__/)", flush=True)
    uvicorn.run(create_app(mock), host=HOST, port=port, access_log=access_log, log_level="warning")

"""Run an endpoint function the same way in both modes, so each behaviour is tested sync and async alike."""

import asyncio
from types import ModuleType
from typing import Any

MODES = ["sync", "async"]


def call(mode: str, module: ModuleType, *args: Any, **kwargs: Any) -> Any:
    """``module.sync(...)`` or ``asyncio.run(module.asyncio(...))``."""
    if mode == "sync":
        return module.sync(*args, **kwargs)
    return asyncio.run(module.asyncio(*args, **kwargs))


def call_detailed(mode: str, module: ModuleType, *args: Any, **kwargs: Any) -> Any:
    """``module.sync_detailed(...)`` or ``asyncio.run(module.asyncio_detailed(...))``."""
    if mode == "sync":
        return module.sync_detailed(*args, **kwargs)
    return asyncio.run(module.asyncio_detailed(*args, **kwargs))

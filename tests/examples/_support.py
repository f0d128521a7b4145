"""What the example tests share: loading an example program, the corpus bodies, an ASGI client."""

from __future__ import annotations

import asyncio
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx

from voice_webhooks import bandwidth

from ..conftest import CORPUS, ROOT, bandwidth_webhooks

BANDWIDTH_BODIES = bandwidth_webhooks()
"""Every valid Bandwidth body of the corpus, one event type or more of each."""
INVALID_JSON = sorted((CORPUS / "bandwidth" / "invalid-json").glob("*.json"))
"""Bandwidth's published examples that are not JSON (trailing commas)."""
SIGNALWIRE = CORPUS / "signalwire"


def ids(paths: list[Path]) -> list[str]:
    return [path.stem for path in paths]


def event_type(path: Path) -> str:
    """The ``eventType`` of a corpus body, read without the library."""
    value: Any = json.loads(path.read_bytes())
    return str(value["eventType"])


def expected_model(path: Path) -> type:
    """The model an endpoint should receive for a corpus body."""
    return bandwidth.EVENT_TYPES.get(event_type(path), bandwidth.UnknownEvent)


def load(name: str) -> ModuleType:
    """``examples/<name>.py`` as a module: the examples are programs, not a package."""
    spec = importlib.util.spec_from_file_location(
        f"example_{name}", ROOT / "examples" / f"{name}.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # Pydantic and FastAPI resolve the example's names through it
    spec.loader.exec_module(module)
    return module


def asgi_request(app: Any, method: str, url: str, **kwargs: Any) -> httpx.Response:
    """One request to an ASGI app, through httpx's ASGI transport (no network).

    Starlette's ``TestClient`` is deprecated with ``httpx`` (it wants ``httpx2``) and the suite
    turns warnings into errors; ``httpx.ASGITransport`` is what FastAPI documents for async
    tests and runs the app the same way.
    """

    async def send() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport) as client:
            return await client.request(method, url, **kwargs)

    return asyncio.run(send())

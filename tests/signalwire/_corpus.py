"""Where the SignalWire part of the conformance corpus lives, and how to read its files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..conftest import CORPUS as _ALL

CORPUS = _ALL / "signalwire"


def path(name: str) -> Path:
    return CORPUS / name


def text(name: str) -> str:
    """A form body from the corpus, without the trailing newline of the file."""
    return path(name).read_text(encoding="utf-8").rstrip("\n")


def data(name: str) -> Any:
    return json.loads(path(name).read_bytes())

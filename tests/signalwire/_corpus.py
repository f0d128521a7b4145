"""Where the SignalWire part of the conformance corpus lives, and how to read its files."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

_ROOT = Path(__file__).resolve().parents[2]
CORPUS = (
    Path(os.environ["VOICE_WEBHOOKS_CORPUS"])
    if "VOICE_WEBHOOKS_CORPUS" in os.environ
    else _ROOT / ".." / "shared" / "corpus"
) / "signalwire"

if not CORPUS.is_dir():  # the corpus must be exercised: never skip silently
    raise RuntimeError(f"SignalWire corpus not found at {CORPUS}")


def path(name: str) -> Path:
    return CORPUS / name


def text(name: str) -> str:
    """A form body from the corpus, without the trailing newline of the file."""
    return path(name).read_text(encoding="utf-8").rstrip("\n")


def data(name: str) -> Any:
    return json.loads(path(name).read_bytes())

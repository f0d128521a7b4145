"""Shared test helpers: where the conformance corpus lives, and wire-meaning comparison."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("VOICE_WEBHOOKS_CORPUS", ROOT.parent / "shared" / "corpus"))

if not (CORPUS / "bandwidth").is_dir():  # the corpus must be exercised: never skip silently
    raise RuntimeError(
        f"conformance corpus not found at {CORPUS}; check out shared/ beside the repository "
        "or set VOICE_WEBHOOKS_CORPUS"
    )

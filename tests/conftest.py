"""Shared test helpers: the project's own copy of the conformance corpus.

The corpus lives in the repository (``tests/corpus/``, see its README), so a clone alone, or the
unpacked sdist, passes its tests; nothing here reads outside the checkout.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(__file__).resolve().parent / "corpus"

WEBHOOK_GROUPS = ("bandwidth", "bandwidth-constructed")
"""The corpus groups of Bandwidth webhook bodies (the others hold verbs and stream messages)."""


def bandwidth_webhooks(pattern: str = "*") -> list[Path]:
    """The Bandwidth webhook bodies of the corpus whose file name matches ``pattern.json``."""
    return sorted(
        path for group in WEBHOOK_GROUPS for path in (CORPUS / group).glob(f"{pattern}.json")
    )

"""How strict mode reaches the validators (Pydantic's validation context), and the timestamp
and duration forms it accepts: the patterns that strict parsing checks and the strict JSON
Schemas state, from this one definition."""

from __future__ import annotations

from typing import Any, Final

from pydantic import ValidationInfo

__all__ = [
    "DURATION_PATTERN",
    "LENIENT_CONTEXT",
    "RFC3339_PATTERN",
    "RFC3339_ZONELESS",
    "STRICT_CONTEXT",
    "context_for",
    "is_strict",
]

STRICT_CONTEXT: dict[str, Any] = {"voice_webhooks_strict": True}
LENIENT_CONTEXT: dict[str, Any] = {"voice_webhooks_strict": False}

RFC3339_ZONELESS: Final = r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?"
"""The date and time of day of :data:`RFC3339_PATTERN`, without the zone that ends it."""

RFC3339_PATTERN: Final = rf"{RFC3339_ZONELESS}(Z|[+-]\d{{2}}:\d{{2}})$"
"""RFC 3339 with a zone and at most nanoseconds: what strict parsing takes and output writes.
(A capital ``T`` and ``Z``, the seconds, a ``.`` before the fraction, an offset with a colon.)"""

DURATION_PATTERN: Final = r"^P(?!$)(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d{1,9})?S)?)?$"
"""ISO 8601 durations without years or months, fractions on the seconds (``PT1M52.217257456S``):
what strict parsing takes and output writes.  Not ``format: duration``: RFC 3339's grammar for
it has no fractions, and Bandwidth sends them."""


def context_for(strict: bool) -> dict[str, Any]:
    """The validation context that selects strict or lenient mode."""
    return STRICT_CONTEXT if strict else LENIENT_CONTEXT


def is_strict(info: ValidationInfo) -> bool:
    """Whether the current validation runs in strict mode (lenient unless asked)."""
    context = info.context
    return context is not None and bool(context.get("voice_webhooks_strict"))

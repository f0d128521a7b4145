"""How strict mode reaches the validators: through Pydantic's validation context."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationInfo

__all__ = ["LENIENT_CONTEXT", "STRICT_CONTEXT", "context_for", "is_strict"]

STRICT_CONTEXT: dict[str, Any] = {"voice_webhooks_strict": True}
LENIENT_CONTEXT: dict[str, Any] = {"voice_webhooks_strict": False}


def context_for(strict: bool) -> dict[str, Any]:
    """The validation context that selects strict or lenient mode."""
    return STRICT_CONTEXT if strict else LENIENT_CONTEXT


def is_strict(info: ValidationInfo) -> bool:
    """Whether the current validation runs in strict mode (lenient unless asked)."""
    context = info.context
    return context is not None and bool(context.get("voice_webhooks_strict"))

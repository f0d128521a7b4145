"""Compare two wire bodies by meaning: same keys, same instants, same durations, same values."""

from __future__ import annotations

from typing import Any

from pydantic import TypeAdapter, ValidationError

from voice_webhooks.types import IsoDuration, UtcDatetime, nanoseconds

_DATETIME = TypeAdapter(UtcDatetime)
_DURATION = TypeAdapter(IsoDuration)


def _same_text(a: str, b: str) -> bool:
    for adapter, key in (
        (_DATETIME, lambda v: (v, getattr(v, "nanosecond", 0))),
        (_DURATION, nanoseconds),
    ):
        try:
            return bool(key(adapter.validate_python(a)) == key(adapter.validate_python(b)))
        except ValidationError:
            continue
    return False


def differences(original: Any, emitted: Any, path: str = "") -> list[str]:
    """Where ``emitted`` does not mean the same as ``original`` (empty list: same meaning)."""
    if isinstance(original, dict) and isinstance(emitted, dict):
        out = []
        if set(original) != set(emitted):
            out.append(f"{path or '(body)'}: keys differ: {sorted(set(original) ^ set(emitted))}")
        for key in set(original) & set(emitted):
            out += differences(original[key], emitted[key], f"{path}.{key}" if path else key)
        return out
    if isinstance(original, list) and isinstance(emitted, list):
        if len(original) != len(emitted):
            return [f"{path}: lengths differ"]
        return [
            d
            for i, (a, b) in enumerate(zip(original, emitted, strict=True))
            for d in differences(a, b, f"{path}[{i}]")
        ]
    if type(original) is type(emitted) and original == emitted:
        return []
    if isinstance(original, str) and isinstance(emitted, str) and _same_text(original, emitted):
        return []
    return [f"{path}: {original!r} != {emitted!r}"]

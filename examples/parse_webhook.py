"""Parse a Bandwidth webhook body from a file (or ``-`` for standard input) and print it typed.

    python examples/parse_webhook.py examples/payloads/mediaStreamStopped.json
    python examples/parse_webhook.py --strict examples/payloads/recordingAvailable.json
    curl -s https://… | python examples/parse_webhook.py -

Exit status 0 when the body parses, 1 (with the problems on standard error) when it does not.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, timedelta
from enum import Enum
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from voice_webhooks import PayloadError, bandwidth
from voice_webhooks.types import format_datetime, format_duration


def describe(value: Any) -> str:
    """A value as a person reads it, with its Python type where that helps."""
    if isinstance(value, Enum):
        return f"{type(value).__name__}.{value.name} ({value.value!r})"
    if isinstance(value, datetime):
        return f"datetime {format_datetime(value)}"
    if isinstance(value, timedelta):
        return f"timedelta {format_duration(value)} ({value.total_seconds():g} s)"
    if isinstance(value, list):
        return "[" + ", ".join(describe(v) for v in value) + "]"
    return repr(value)


def render(model: BaseModel, indent: str = "  ") -> list[str]:
    lines = []
    for name in type(model).model_fields:
        if name not in model.model_fields_set and name != "event_type":
            continue
        value = getattr(model, name)
        if isinstance(value, BaseModel):
            lines.append(f"{indent}{name}: {type(value).__name__}")
            lines += render(value, indent + "  ")
        else:
            lines.append(f"{indent}{name}: {describe(value)}")
    for key, value in (model.model_extra or {}).items():
        lines.append(f"{indent}{key} (not in the model, kept): {value!r}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("path", help="a file holding the webhook body, or - for standard input")
    parser.add_argument(
        "--strict",
        action="store_true",
        help="reject unknown fields, enum values and event types, and repairs",
    )
    args = parser.parse_args(argv)
    body = sys.stdin.buffer.read() if args.path == "-" else Path(args.path).read_bytes()
    try:
        event = bandwidth.parse_event(body, strict=args.strict)
    except PayloadError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(type(event).__name__)
    print("\n".join(render(event)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

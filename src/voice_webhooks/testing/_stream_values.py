"""What the stream message factories share: the message's tag, an unknown tag, base64 audio."""

from __future__ import annotations

from collections.abc import Collection

from .._stream_fields import encode_audio
from ._draft import Draft
from ._values import Values

__all__ = ["audio_payload", "fixed_tag", "fixed_tag_only", "unknown_tag"]

_TAGS = ("event_type", "event")  # Bandwidth's eventType, SignalWire's event
_UNMODELLED = "pause"  # a message type neither provider documents


def _tag_name(draft: Draft) -> str:
    return next(name for name in _TAGS if name in draft.model.model_fields)


def fixed_tag(draft: Draft) -> None:
    """Write the message's own tag (``eventType``/``event``): its model's default."""
    name = _tag_name(draft)
    draft.field(name, draft.model.model_fields[name].default)


def fixed_tag_only(draft: Draft, values: Values) -> None:
    """The builder of a message that is its tag alone (Bandwidth's ``clear``)."""
    fixed_tag(draft)


def unknown_tag(draft: Draft, name: str, known: Collection[str]) -> None:
    """Write a tag no model has; refuse one that has its own model."""
    tag = draft.field(name, _UNMODELLED)
    if tag in known:
        raise ValueError(f"{tag!r} is a message type this version knows; use its own factory")


def audio_payload(values: Values, samples: int, *, width: int = 1) -> str:
    """Base64 audio of about ``samples`` samples of ``width`` bytes (random bytes, seeded; the
    strategies draw other lengths)."""
    count = values.integer(samples, 1, 3 * samples)
    return encode_audio(values.rng.randbytes(count * width))

"""What SignalWire's WebSocket messages share: camelCase wire names, the ``event`` tag, and
the fields several messages carry, each typed and described once."""

from __future__ import annotations

from typing import Annotated, ClassVar

from pydantic import ConfigDict, Field
from pydantic.alias_generators import to_camel

from .._stream_fields import DecimalText
from .._wire import WireModel

__all__ = [
    "EventMessage",
    "MessageStreamSid",
    "OptionalSequenceNumber",
    "SequenceNumber",
    "StreamMessageModel",
    "TargetStreamSid",
]


class StreamMessageModel(WireModel):
    """Base of SignalWire's WebSocket message models: camelCase wire names (``streamSid``)."""

    model_config = ConfigDict(alias_generator=to_camel)


class EventMessage(StreamMessageModel):
    """A whole message: its ``event`` says what it is, and is always written on output."""

    _always_written: ClassVar[frozenset[str]] = frozenset({"event"})

    event: str = Field(description="The type of WebSocket message.")


_SEQUENCE = Field(
    description='Message sequence tracking, starting from "1" and incrementing with each '
    "message (decimal text on the wire)."
)
SequenceNumber = Annotated[DecimalText, _SEQUENCE]
OptionalSequenceNumber = Annotated[DecimalText | None, _SEQUENCE]
"""A sequence number a message may leave out."""
MessageStreamSid = Annotated[
    str | None,
    Field(
        default=None,
        description="(optional) The stream's identifier. SignalWire includes it on `dtmf` and "
        "`mark` messages of bidirectional streams; Twilio on every message after `connected`.",
    ),
]
TargetStreamSid = Annotated[
    str,
    Field(
        min_length=1,
        description="The stream the message is for: the `streamSid` of its `start` message.",
    ),
]

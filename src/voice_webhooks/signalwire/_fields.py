"""The fields several Streams API models share, each typed and described once.

The models differ in wire naming (the JSON responses are snake_case, the forms PascalCase) but
not in meaning, so the meaning lives here and each model only names and places the field.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from ..types import ClosedEnum, OpenEnum
from ._rfc2822 import Rfc2822Datetime
from .enums import StreamStatus, Track, TrackValue

__all__ = [
    "AccountSid",
    "CallSid",
    "ConferenceSid",
    "SentStreamTrack",
    "StreamDateCreated",
    "StreamDateUpdated",
    "StreamName",
    "StreamResourceStatus",
    "StreamSid",
    "StreamTrack",
    "StreamUri",
]

AccountSid = Annotated[
    str,
    Field(description="The unique identifier for the account that is associated with the stream."),
]
CallSid = Annotated[
    str | None,
    Field(
        description="The unique identifier for the call that is associated with the stream "
        "(absent for a conference stream)."
    ),
]
ConferenceSid = Annotated[
    str | None,
    Field(
        description="The unique identifier for the conference that is associated with the "
        "stream (conference streams only)."
    ),
]
StreamSid = Annotated[str, Field(description="The unique identifier for the stream.")]
StreamName = Annotated[
    str | None,
    Field(
        description="Unique name for the Stream, per Call (per Conference for a conference "
        "stream). It is used to stop a Stream by name (and defaults to the stream's SID)."
    ),
]
StreamTrack = Annotated[
    OpenEnum[Track] | None,
    Field(
        description="The track configuration for this stream: inbound_track, outbound_track "
        "or both_tracks."
    ),
]
"""The track of a stream the provider reports (open: a new value is kept as text)."""
SentStreamTrack = Annotated[
    ClosedEnum[Track, TrackValue] | None,
    Field(
        description="Which audio the stream sends: one of inbound_track, outbound_track, "
        "both_tracks. Sent only when set: SignalWire's REST API documents both_tracks as the "
        "default, its cXML <Stream> and Twilio inbound_track, so the provider's own default "
        "applies when it is left out."
    ),
]
"""The track of a stream the user asks for (closed: a typo is an error)."""
StreamDateCreated = Annotated[
    Rfc2822Datetime | None,
    Field(description="The date, in RFC 2822 GMT format, this stream was created."),
]
StreamDateUpdated = Annotated[
    Rfc2822Datetime,
    Field(description="The date, in RFC 2822 GMT format, this stream was updated."),
]
StreamUri = Annotated[str, Field(description="The URI for the stream.")]
StreamResourceStatus = Annotated[
    OpenEnum[StreamStatus], Field(description="The status of the stream.")
]

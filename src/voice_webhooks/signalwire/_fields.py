"""The fields several Streams API models share, each typed and described once.

The models differ in wire naming (the JSON responses are snake_case, the forms PascalCase) but
not in meaning, so the meaning lives here and each model only names and places the field.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from ..types import ClosedEnum, OpenEnum
from .enums import Track, TrackValue

__all__ = [
    "AccountSid",
    "CallSid",
    "ConferenceSid",
    "SentStreamTrack",
    "StreamName",
    "StreamSid",
    "StreamTrack",
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
        description="Unique name for the Stream, per Call. It is used to stop a Stream by name "
        "(and defaults to the stream's SID)."
    ),
]
_TRACK = Field(
    description="Which audio of the call the stream sends: one of inbound_track, "
    "outbound_track, both_tracks. Default is both_tracks."
)
StreamTrack = Annotated[OpenEnum[Track] | None, _TRACK]
"""The track of a stream the provider reports (open: a new value is kept as text)."""
SentStreamTrack = Annotated[ClosedEnum[Track, TrackValue] | None, _TRACK]
"""The track of a stream the user asks for (closed: a typo is an error)."""

"""The fields the call, recording and transcription status callbacks share, described once.

Their descriptions are those of SignalWire's compatibility API spec, whose callback schemas
repeat them.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from ._form_values import FormInt

__all__ = [
    "CallbackAccountSid",
    "CallbackCallSid",
    "OptionalRecordingDuration",
    "OptionalRecordingSid",
    "OptionalRecordingUrl",
    "RecordingDuration",
    "RecordingSid",
    "RecordingUrl",
]

CallbackAccountSid = Annotated[
    str, Field(description="The unique ID of the project this call is associated with.")
]
CallbackCallSid = Annotated[
    str,
    Field(
        description="A unique identifier for the call. May be used to later retrieve this call "
        "from the REST API."
    ),
]
_RECORDING_SID = Field(description="The unique identifier for the recording.")
_RECORDING_URL = Field(description="The URL for the audio recording.")
_RECORDING_DURATION = Field(description="The duration, in seconds, of the recording.")

RecordingSid = Annotated[str, _RECORDING_SID]
RecordingUrl = Annotated[str, _RECORDING_URL]
RecordingDuration = Annotated[FormInt, _RECORDING_DURATION]
OptionalRecordingSid = Annotated[str | None, _RECORDING_SID]
"""The recording's SID, where it is optional (a call status callback's); as the others."""
OptionalRecordingUrl = Annotated[str | None, _RECORDING_URL]
OptionalRecordingDuration = Annotated[FormInt | None, _RECORDING_DURATION]

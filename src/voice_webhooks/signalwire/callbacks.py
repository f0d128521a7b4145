"""The stream status callback: what SignalWire sends to a stream's ``StatusCallback`` URL.

A form body (``POST``, the default) or query parameters (``GET``), per the
``StatusCallbackMethod`` of the Create Stream request.  Verify its signature with
:mod:`voice_webhooks.signalwire.signatures` before trusting it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import Field, PlainSerializer

from ..types import OpenEnum, UtcDatetime, format_datetime
from ._base import SignalWireForm
from ._fields import AccountSid, CallSid, ConferenceSid, StreamName, StreamSid, StreamTrack
from .enums import StreamErrorCode, StreamEvent

__all__ = ["CallbackTimestamp", "StreamStatusCallback", "format_timestamp"]

_SECONDS = slice(0, 19)  # "2024-05-01T12:00:00" in what format_datetime writes


def format_timestamp(value: datetime) -> str:
    """ISO 8601 text as the callbacks write it: always with milliseconds (``.000Z``).

    >>> from datetime import timezone
    >>> format_timestamp(datetime(2024, 5, 1, 12, tzinfo=timezone.utc))
    '2024-05-01T12:00:00.000Z'
    """
    text = format_datetime(value)
    if value.microsecond or getattr(value, "nanosecond", 0):
        return text
    return f"{text[_SECONDS]}.000{text[_SECONDS.stop :]}"


CallbackTimestamp = Annotated[UtcDatetime, PlainSerializer(format_timestamp, when_used="json")]
"""An aware datetime, read from any ISO 8601 form and written with milliseconds."""


class StreamStatusCallback(SignalWireForm):
    """A stream status callback: a stream started, stopped, or failed.

    >>> callback = StreamStatusCallback.from_form(
    ...     "AccountSid=AC1&CallSid=CA1&StreamSid=MZ1&StreamName=s1&StreamTrack=both_tracks"
    ...     "&StreamEvent=stream-error&StreamError=Duplicated+stream+name"
    ...     "&Timestamp=2024-05-01T12%3A00%3A01.000Z")
    >>> callback.stream_event.value, callback.stream_error
    ('stream-error', <StreamErrorCode.DUPLICATED_STREAM_NAME: 'Duplicated stream name'>)
    >>> callback.timestamp.isoformat()
    '2024-05-01T12:00:01+00:00'
    >>> StreamStatusCallback.from_form(callback.to_form()) == callback
    True
    """

    account_sid: AccountSid
    call_sid: CallSid = None
    conference_sid: ConferenceSid = None
    stream_sid: StreamSid
    stream_name: StreamName = None
    stream_track: StreamTrack = None
    stream_event: OpenEnum[StreamEvent] = Field(
        description="What happened: `stream-started`, `stream-stopped` or `stream-error`."
    )
    stream_error: OpenEnum[StreamErrorCode] | None = Field(
        default=None,
        description="Why the stream failed (`stream-error` only): `invalid_url`, `missing_url`, "
        "`invalid_track`, `codec_error`, `connection_refused`, "
        "`connection_refused_timeout_or_ssl_error`, `general_error`, `Duplicated stream ID` "
        "or `Duplicated stream name`.",
    )
    timestamp: CallbackTimestamp = Field(description="When the event happened, in ISO 8601 format.")
    unique_id: str | None = Field(
        default=None, alias="Unique-ID", description="A unique identifier of this callback."
    )

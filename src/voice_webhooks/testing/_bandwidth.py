"""Factories of Bandwidth Voice webhook payloads: the media stream and recording events.

Values are shaped like Bandwidth's: call ids ``c-…``, stream ids ``s-…``, recording ids
``r-…``, seven-digit account ids, E.164 numbers, ``callUrl``/``mediaUrl`` holding those ids,
times at the millisecond and media stream durations at the nanosecond.  Times are in order:
``enqueuedTime <= startTime <= answerTime <= mediaStream.startTime <= eventTime``, and a
stopped stream's ``eventTime`` is at or after its start plus its ``duration``.

>>> from voice_webhooks import bandwidth
>>> from voice_webhooks.testing import media_stream_rejected, recording_available
>>> event = bandwidth.parse_event(media_stream_rejected(cause="track-limit"), strict=True)
>>> event.cause.value, event.original_media_stream is None
('track-limit', True)
>>> recording = recording_available.build(duration="PT1M")
>>> (recording.end_time - recording.start_time).total_seconds()
60.0
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import NamedTuple

from ..bandwidth import (
    EVENT_TYPES,
    CallDirection,
    CallEvent,
    FileFormat,
    MediaStreamRejected,
    MediaStreamRejectedCause,
    MediaStreamStarted,
    MediaStreamStopped,
    MediaStreamStoppedCause,
    RecordingAvailable,
    RecordingChannels,
    RecordingStatus,
    StreamTrack,
    StreamType,
    UnknownEvent,
)
from ._draft import Draft
from ._factory import Factory
from ._times import elapsed, shift
from ._values import Values

__all__ = [
    "media_stream_rejected",
    "media_stream_started",
    "media_stream_stopped",
    "recording_available",
    "unknown_event",
]

_API = "https://voice.bandwidth.com/api/v2"
_CALL_FIELDS = tuple(CallEvent.model_fields)  # every event lists the shared fields first
_STREAM_NAME = "example_stream"
_DESTINATION = "wss://media.example.com/streams"
_TRACKS = (
    [StreamTrack.INBOUND, StreamTrack.OUTBOUND],
    [StreamTrack.INBOUND],
    [StreamTrack.OUTBOUND],
    [StreamTrack.OUTBOUND, StreamTrack.INBOUND],
)
_REJECTED_MESSAGES = {
    "connection-error": "Unable to connect to the stream destination",
    "duplicate": "A stream with the name {name} already exists",
    "error": "An internal error occurred",
    "track-limit": "The maximum number of streamed tracks for this call has been reached",
}
_STOPPED_MESSAGES = {
    "connection-error": "The connection to the stream destination was lost",
    "error": "An internal error occurred",
}
_OTHER_MESSAGE = "The stream failed"
# Real Bandwidth event types; an unknown event uses the first this version does not model.
_UNMODELLED_EVENT_TYPES = ("disconnect", "answer", "transferComplete", "conferenceCreated")


class _Call(NamedTuple):
    start: datetime
    url: str


class _Stream(NamedTuple):
    name: str
    start: datetime
    end: datetime


def _event_type(draft: Draft) -> None:
    draft.field("event_type", draft.model.model_fields["event_type"].default)


def _call(draft: Draft, values: Values, start: datetime) -> _Call:
    """The fields every call event shares, for a call that started at ``start``."""
    direction = draft.field("direction", values.choice(list(CallDirection), CallDirection.OUTBOUND))
    account_id = draft.field("account_id", values.account_id())
    draft.field("application_id", values.uuid())
    draft.field("from_", values.phone())
    draft.field("to", values.phone())
    call_id = draft.field("call_id", values.bandwidth_id("c"))
    call_url = draft.field("call_url", f"{_API}/accounts/{account_id}/calls/{call_id}")
    queued = values.present(direction == CallDirection.OUTBOUND)
    draft.field("enqueued_time", values.earlier(start, timedelta(milliseconds=3)), include=queued)
    draft.field("tag", values.text("my-call-tag"), include=values.present(False))
    draft.field("privacy", values.choice([False, True], False), include=values.present(False))
    draft.field("caller_display_name", values.text("Jane Doe"), include=values.present(False))
    return _Call(start, call_url)


def _media_stream(
    draft: Draft, values: Values, after: datetime, *, destination: str = _DESTINATION
) -> _Stream:
    """A ``mediaStream`` object, started after ``after`` (with a ``duration`` if the model
    has one)."""
    draft.field("destination", destination)
    draft.field("id", values.bandwidth_id("s"))
    name = draft.field("name", values.text(_STREAM_NAME))
    start = draft.field("start_time", values.later(after, timedelta(milliseconds=400)))
    draft.field("tracks", values.choice(_TRACKS, _TRACKS[0]))
    draft.field("type", values.choice(list(StreamType), StreamType.WEBSOCKET))
    end = start
    if "duration" in draft.model.model_fields:
        typical = timedelta(minutes=1, seconds=52, microseconds=217257)
        duration = draft.field("duration", values.duration(typical, nanosecond_digits=True))
        end = shift(start, duration)
    return _Stream(name, start, end)


def _answered_call(draft: Draft, values: Values) -> tuple[_Call, datetime]:
    draft.reserve(*_CALL_FIELDS)
    _event_type(draft)
    start = draft.field("start_time", values.instant())
    call = _call(draft, values, start)
    answer = draft.field("answer_time", values.later(start, timedelta(seconds=3)))
    return call, answer


def _started(draft: Draft, values: Values) -> None:
    _, answer = _answered_call(draft, values)
    stream = draft.nested("media_stream", lambda sub: _media_stream(sub, values, answer))
    draft.field("event_time", values.later(stream.start, timedelta(0)))


def _rejected(draft: Draft, values: Values) -> None:
    _, answer = _answered_call(draft, values)
    cause = draft.field(
        "cause",
        values.choice(list(MediaStreamRejectedCause), MediaStreamRejectedCause.DUPLICATE),
    )
    stream = draft.nested(
        "media_stream",
        lambda sub: _media_stream(sub, values, answer, destination=f"{_DESTINATION}/2"),
    )
    message = _REJECTED_MESSAGES.get(str(getattr(cause, "value", cause)), _OTHER_MESSAGE)
    draft.field("error_message", values.text(message.format(name=stream.name)))
    draft.nested(
        "original_media_stream",
        lambda sub: _media_stream(sub, values, answer),
        include=cause == MediaStreamRejectedCause.DUPLICATE,
    )
    draft.field("event_time", values.later(stream.start, timedelta(0)))


def _stopped(draft: Draft, values: Values) -> None:
    _, answer = _answered_call(draft, values)
    cause = draft.field(
        "cause", values.choice(list(MediaStreamStoppedCause), MediaStreamStoppedCause.CLOSED)
    )
    message = _STOPPED_MESSAGES.get(str(getattr(cause, "value", cause)), _OTHER_MESSAGE)
    draft.field(
        "error_message",
        values.text(message),
        include=cause != MediaStreamStoppedCause.CLOSED,
    )
    stream = draft.nested("media_stream", lambda sub: _media_stream(sub, values, answer))
    draft.field("event_time", values.later(stream.end, timedelta(0)))


def _recording(draft: Draft, values: Values) -> None:
    draft.reserve(*_CALL_FIELDS)
    _event_type(draft)
    call = _call(draft, values, values.instant())
    recording_id = draft.field("recording_id", f"r-{values.uuid()}")
    draft.field("recording_name", values.text("greeting"), include=values.present(False))
    draft.field("channels", values.choice(list(RecordingChannels), RecordingChannels.MONO))
    start = draft.field("start_time", values.later(call.start, timedelta(seconds=5)))
    typical = values.duration(timedelta(seconds=20, milliseconds=56))
    end = draft.field("end_time", shift(start, draft.peek("duration", typical)))
    ended_as_given = draft.given("end_time") and end >= start
    draft.field("duration", elapsed(start, end) if ended_as_given else typical)
    draft.field("file_format", values.choice(list(FileFormat), FileFormat.WAV))
    draft.field("media_url", f"{call.url}/recordings/{recording_id}/media")
    draft.field("status", values.choice(list(RecordingStatus), RecordingStatus.COMPLETE))
    transfer = values.present(False)  # the B leg of a <Transfer>: all three or none
    draft.field("parent_call_id", values.bandwidth_id("c"), include=transfer)
    draft.field("transfer_caller_id", values.phone(), include=transfer)
    draft.field("transfer_to", values.phone(), include=transfer)
    draft.field("event_time", values.later(end, timedelta(seconds=2)))


def _unknown(draft: Draft, values: Values) -> None:
    draft.reserve(*_CALL_FIELDS)
    default = next(name for name in _UNMODELLED_EVENT_TYPES if name not in EVENT_TYPES)
    event_type = draft.field("event_type", default)
    if event_type in EVENT_TYPES:
        raise ValueError(
            f"unknown_event(): {event_type!r} is an event type this version knows; "
            "use its own factory"
        )
    call = _call(draft, values, values.instant())
    draft.field("event_time", values.later(call.start, timedelta(seconds=30)))


media_stream_started: Factory[MediaStreamStarted] = Factory(
    "media_stream_started", MediaStreamStarted, _started
)
media_stream_rejected: Factory[MediaStreamRejected] = Factory(
    "media_stream_rejected", MediaStreamRejected, _rejected
)
media_stream_stopped: Factory[MediaStreamStopped] = Factory(
    "media_stream_stopped", MediaStreamStopped, _stopped
)
recording_available: Factory[RecordingAvailable] = Factory(
    "recording_available", RecordingAvailable, _recording
)
unknown_event: Factory[UnknownEvent] = Factory(
    "unknown_event", UnknownEvent, _unknown, fields_of=CallEvent, strictly_valid=False
)
"""An event of a type this version does not model (``disconnect``), with the shared call fields:
lenient parsing gives an :class:`~voice_webhooks.bandwidth.UnknownEvent`, strict rejects it."""

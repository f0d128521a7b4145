"""Media stream events: ``mediaStreamStarted``, ``mediaStreamRejected``, ``mediaStreamStopped``.

Bandwidth sends these to the URL of a ``<StartStream>``/``<StopStream>`` verb as the stream it
asked for starts, is refused, or ends.
"""

from typing import Literal

from pydantic import Field

from ..types import OpenEnum
from ._call import AnsweredCallEvent
from ._stream import StreamDuration, StreamFields
from .enums import MediaStreamRejectedCause, MediaStreamStoppedCause, StreamType

__all__ = [
    "MediaStream",
    "MediaStreamEvent",
    "MediaStreamRejected",
    "MediaStreamStarted",
    "MediaStreamStopped",
    "StoppedMediaStream",
]


class MediaStream(StreamFields):
    """Details about a media stream, as the ``mediaStream`` of a media stream event.

    >>> stream = MediaStream.from_json(
    ...     '{"destination": "wss://ws.example", "id": "s-1", "name": "s-1",'
    ...     ' "startTime": "2022-06-30T18:55:02.489Z", "tracks": ["inbound"],'
    ...     ' "type": "WebSocket"}')
    >>> stream.tracks
    [<StreamTrack.INBOUND: 'inbound'>]
    """

    destination: str = Field(  # pyright: ignore[reportIncompatibleVariableOverride]
        description="The destination URL to which the stream is sending media."
    )
    type: OpenEnum[StreamType] = Field(
        description="The type of stream being sent. Currently the only supported type is "
        "`WebSocket`."
    )


class StoppedMediaStream(StreamDuration, MediaStream):
    """A media stream that has ended: a :class:`MediaStream` with its ``duration``.

    >>> stream = StoppedMediaStream.from_json(
    ...     '{"destination": "wss://ws.example", "id": "s-1", "name": "s-1",'
    ...     ' "startTime": "2022-06-30T18:55:02.489Z", "tracks": ["inbound"],'
    ...     ' "type": "WebSocket", "duration": "PT1M52.217257456S"}')
    >>> stream.duration.nanosecond
    456
    """


class MediaStreamEvent(AnsweredCallEvent):
    """The base of the three media stream events: an answered call's event.

    >>> from voice_webhooks.bandwidth import parse_event
    >>> from voice_webhooks.bandwidth.examples import MEDIA_STREAM_STOPPED
    >>> event = parse_event(MEDIA_STREAM_STOPPED)
    >>> isinstance(event, MediaStreamEvent), (event.answer_time - event.start_time).total_seconds()
    (True, 2.905)
    """


class MediaStreamStarted(MediaStreamEvent):
    """``mediaStreamStarted``: the stream requested in a ``<StartStream>`` verb has started.

    >>> from voice_webhooks.bandwidth.examples import MEDIA_STREAM_STARTED
    >>> event = MediaStreamStarted.from_json(MEDIA_STREAM_STARTED)
    >>> event.media_stream.name, [track.value for track in event.media_stream.tracks]
    ('example_stream', ['inbound', 'outbound'])
    """

    event_type: Literal["mediaStreamStarted"] = Field(  # pyright: ignore[reportIncompatibleVariableOverride]
        default="mediaStreamStarted", description="The event type, value is `mediaStreamStarted`."
    )
    media_stream: MediaStream = Field(description="Details about the stream that was started.")


class MediaStreamRejected(MediaStreamEvent):
    """``mediaStreamRejected``: the stream requested in a ``<StartStream>`` verb was not started.

    >>> from voice_webhooks.bandwidth.examples import MEDIA_STREAM_REJECTED
    >>> event = MediaStreamRejected.from_json(MEDIA_STREAM_REJECTED)
    >>> event.cause
    <MediaStreamRejectedCause.DUPLICATE: 'duplicate'>
    >>> event.original_media_stream.destination
    'wss://websocket.myapp.example'
    """

    event_type: Literal["mediaStreamRejected"] = Field(  # pyright: ignore[reportIncompatibleVariableOverride]
        default="mediaStreamRejected", description="The event type, value is `mediaStreamRejected`."
    )
    cause: OpenEnum[MediaStreamRejectedCause] = Field(
        description="The reason the stream was rejected, can be one of `connection-error`, "
        "`duplicate`, `error` or `track-limit`."
    )
    error_message: str = Field(description="Detailed information about the `cause`.")
    media_stream: MediaStream = Field(
        description="Details about the rejected stream: the destination URL to which it was "
        "going to send media, its name and unique id, the approximate UTC date and "
        "time it was started, the segments of the call that were going to be sent "
        "and its type."
    )
    original_media_stream: MediaStream | None = Field(
        default=None,
        description="(optional) Details about the original stream if this rejection is due to "
        "requesting a duplicate stream name.",
    )


class MediaStreamStopped(MediaStreamEvent):
    """``mediaStreamStopped``: a stream ended, by ``<StopStream>`` or for another reason such as
    the call being hung up.

    >>> from voice_webhooks.bandwidth.examples import MEDIA_STREAM_STOPPED
    >>> event = MediaStreamStopped.from_json(MEDIA_STREAM_STOPPED)
    >>> event.media_stream.duration
    Duration(days=0, seconds=112, microseconds=217257, nanosecond=456)
    """

    event_type: Literal["mediaStreamStopped"] = Field(  # pyright: ignore[reportIncompatibleVariableOverride]
        default="mediaStreamStopped", description="The event type, value is `mediaStreamStopped`."
    )
    cause: OpenEnum[MediaStreamStoppedCause] = Field(
        description="The reason the stream was stopped. This can be one of `closed`, "
        "`connection-error`, or `error`."
    )
    error_message: str | None = Field(
        default=None,
        description="(optional) If the `cause` value was anything other than `closed`, this "
        "will contain details about what went wrong.",
    )
    media_stream: StoppedMediaStream = Field(
        description="Details about the stream that was stopped, with the duration of time it "
        "was active."
    )

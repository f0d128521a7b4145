"""The fields a media stream and a real-time transcription share: both are streams of a call's
audio, started by a verb and reported on by the same kinds of events."""

from pydantic import Field

from ..types import NanosecondIsoDuration, OpenEnum, UtcDatetime
from ._base import BandwidthModel
from .enums import StreamTrack

__all__ = ["StreamDuration", "StreamFields"]


class StreamFields(BandwidthModel):
    """The fields of a stream of call audio: a media stream or a real-time transcription.

    >>> from voice_webhooks.bandwidth import MediaStream
    >>> issubclass(MediaStream, StreamFields)
    True
    """

    destination: str | None = Field(
        default=None,
        description="(optional) The destination URL to which the stream is sending media.",
    )
    id: str = Field(description="The unique id of the stream.")
    name: str = Field(
        description="The name of the stream. If the `name` attribute was specified in the verb "
        "that started it (`<StartStream>`, `<StartTranscription>`), then this will be the value "
        "of that attribute, otherwise it will default to the stream's id."
    )
    start_time: UtcDatetime = Field(
        description="The approximate UTC date and time the stream was started."
    )
    tracks: list[OpenEnum[StreamTrack]] = Field(
        description="The segments of the call that are being sent in the stream, values will be "
        "one or both of `inbound` and `outbound`."
    )


class StreamDuration(BandwidthModel):
    """The ``duration`` of a stream that has ended.

    >>> from voice_webhooks.bandwidth import StoppedMediaStream
    >>> issubclass(StoppedMediaStream, StreamDuration)
    True
    """

    duration: NanosecondIsoDuration = Field(
        description="The duration of time the stream was active."
    )

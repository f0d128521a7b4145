"""The WebSocket messages Bandwidth sends to a ``<StartStream>`` destination, and their union.

A stream's connection receives JSON text frames: one ``start``, then ``media`` frames (20 ms of
audio of one track each), then ``stop``.  :func:`parse_stream_message` reads each into its model
(dispatching on ``eventType``), with the package's rules: lenient by default (unknown fields,
values and message types kept), ``strict=True`` for tests, one :class:`~voice_webhooks.PayloadError`
for anything wrong, and ``to_json()`` writing the frame back.
"""

from __future__ import annotations

from typing import Annotated, ClassVar, Final, Literal, Union

from pydantic import Field

from .._stream_dispatch import Dispatch, UnknownMessage
from .._stream_fields import DecimalText, decode_audio
from .._wire import DEFAULT_MAX_BYTES, Body
from ..audio import AudioEncoding, AudioFormat
from ..types import OpenEnum
from ._base import BandwidthModel
from ._stream_enums import StreamEncoding
from .enums import StreamTrack

__all__ = [
    "MediaFormat",
    "MediaMessage",
    "StartMessage",
    "StopMessage",
    "StreamMessage",
    "StreamMetadata",
    "TrackMetadata",
    "UnknownStreamMessage",
    "parse_stream_message",
]

_SUBJECT: Final = "Bandwidth stream message"


class MediaFormat(BandwidthModel):
    """The format the media of one track takes, as the ``start`` message announces it.

    >>> fmt = MediaFormat.from_json('{"encoding": "PCMU", "sampleRate": 8000}')
    >>> fmt.audio_format
    AudioFormat(encoding=<AudioEncoding.PCMU: 'PCMU'>, sample_rate=8000, channels=1)
    """

    encoding: OpenEnum[StreamEncoding] = Field(
        description="The encoding of the media for this track; currently only `audio/PCMU` is "
        "supported (Bandwidth's example message writes `PCMU`)."
    )
    sample_rate: int = Field(
        gt=0,
        description="The sample rate of the media for this track, currently only `8000` is "
        "supported.",
    )

    @property
    def audio_format(self) -> AudioFormat | None:
        """The format as an :class:`~voice_webhooks.audio.AudioFormat`; ``None`` for an
        encoding this version does not know (lenient mode)."""
        if isinstance(self.encoding, StreamEncoding):
            return AudioFormat(AudioEncoding.PCMU, self.sample_rate)
        return None


class TrackMetadata(BandwidthModel):
    """One track of a stream: its name and the format of its media.

    >>> track = TrackMetadata.from_json(
    ...     '{"name": "inbound", "mediaFormat": {"encoding": "PCMU", "sampleRate": 8000}}')
    >>> track.name, track.media_format.sample_rate
    (<StreamTrack.INBOUND: 'inbound'>, 8000)
    """

    name: OpenEnum[StreamTrack] = Field(
        description="The name of the track being sent, will be used to identify which media "
        "messages belong to which track."
    )
    media_format: MediaFormat = Field(description="The format the media will take for this track.")


class StreamMetadata(BandwidthModel):
    """Details about the stream a ``start`` or ``stop`` message is for.

    >>> from voice_webhooks.testing import bandwidth_stream_start
    >>> start = bandwidth_stream_start(metadata={"stream_name": "s1"})
    >>> metadata = StartMessage.from_json(start).metadata
    >>> metadata.stream_name, [track.name.value for track in metadata.tracks]
    ('s1', ['inbound'])
    """

    account_id: str = Field(description="The user account associated with the call.")
    call_id: str = Field(description="The call id associated with the stream.")
    stream_id: str = Field(description="The unique id of the stream.")
    stream_name: str = Field(description="The user supplied name of the stream.")
    tracks: list[TrackMetadata] = Field(
        description="A list of one or more tracks being sent in this stream."
    )


class _Message(BandwidthModel):
    """What every message carries: its ``eventType``, always written on output."""

    _always_written: ClassVar[frozenset[str]] = frozenset({"event_type"})

    event_type: str = Field(description="What type of message this is.")


class StartMessage(_Message):
    """``start``: the first message of a stream's connection, with the stream's details.

    >>> from voice_webhooks.testing import bandwidth_stream_start
    >>> start = StartMessage.from_json(bandwidth_stream_start(stream_params={"tenant": "42"}))
    >>> start.metadata.tracks[0].media_format.audio_format.sample_rate, start.stream_params
    (8000, {'tenant': '42'})
    """

    event_type: Literal["start"] = Field(  # pyright: ignore[reportIncompatibleVariableOverride]
        default="start", description="What type of message this is: `start`."
    )
    metadata: StreamMetadata = Field(description="Details about the stream this message is for.")
    stream_params: dict[str, str] | None = Field(
        default=None,
        description="(optional) If any `<StreamParam/>` elements were specified in the "
        "`<StartStream>` request, they will be copied here as a map of `name : value` pairs.",
    )


class MediaMessage(_Message):
    """``media``: audio of one track (base64 in ``payload``; :attr:`audio` decodes it).

    >>> message = MediaMessage.from_json(
    ...     '{"eventType": "media", "track": "inbound", "payload": "/39+fQ=="}')
    >>> message.track, message.audio
    (<StreamTrack.INBOUND: 'inbound'>, b'\\xff\\x7f~}')
    """

    event_type: Literal["media"] = Field(  # pyright: ignore[reportIncompatibleVariableOverride]
        default="media", description="What type of message this is: always `media`."
    )
    track: OpenEnum[StreamTrack] = Field(
        description="The name of the track this media packet is for, will be one of the names "
        "specified in the `start` message."
    )
    sequence_number: DecimalText | None = Field(
        default=None,
        description="(optional) The position of this message in the stream, as decimal text "
        '(`"1"`, `"2"`, …); two-way streams carry it.',
    )
    payload: str = Field(
        description="A base64 encoded string of actual media. The encoding of the media itself "
        "is as specified in the `start` message."
    )

    @property
    def audio(self) -> bytes:
        """The audio of ``payload``, decoded from base64 on each access.

        Raises :class:`~voice_webhooks.PayloadError` (path ``payload``) when the payload is not
        standard base64.
        """
        return decode_audio(self.payload, "payload", subject=_SUBJECT)


class StopMessage(_Message):
    """``stop``: the last message of a stream's connection.

    >>> from voice_webhooks.testing import bandwidth_stream_stop
    >>> StopMessage.from_json(bandwidth_stream_stop(metadata={"call_id": "c-1"})).metadata.call_id
    'c-1'
    """

    event_type: Literal["stop"] = Field(  # pyright: ignore[reportIncompatibleVariableOverride]
        default="stop", description="What type of message this is: `stop`."
    )
    metadata: StreamMetadata = Field(description="Details about the stream this message is for.")


class UnknownStreamMessage(UnknownMessage, BandwidthModel):
    """A message whose ``eventType`` this version does not know: every field kept.

    >>> message = parse_stream_message('{"eventType": "pause", "track": "inbound"}')
    >>> message.event_type, message.wire_extra()
    ('pause', {'track': 'inbound'})
    """

    tag_wire_name: ClassVar[str] = "eventType"

    event_type: str = Field(min_length=1, description="What type of message this is.")


_DISPATCH: Final[Dispatch[StreamMessage]] = Dispatch(
    tag="eventType",
    models=(StartMessage, MediaMessage, StopMessage),
    unknown=UnknownStreamMessage,
    subject=_SUBJECT,
)

StreamMessage = Annotated[
    Union[StartMessage, MediaMessage, StopMessage, UnknownStreamMessage],  # noqa: UP007
    _DISPATCH,
]
"""Any message Bandwidth sends on a stream's WebSocket: dispatched on ``eventType``, unknown
types last.  Usable wherever Pydantic takes a type (``TypeAdapter(StreamMessage)``)."""

_DISPATCH.bind(StreamMessage)


def parse_stream_message(
    frame: Body, *, strict: bool = False, max_bytes: int | None = DEFAULT_MAX_BYTES
) -> StreamMessage:
    """Parse one WebSocket frame from Bandwidth into the model of its ``eventType``.

    ``frame`` is the text frame as ``str`` or ``bytes`` (or an already decoded mapping).
    An ``eventType`` this version does not know gives an :class:`UnknownStreamMessage` with
    every field kept; ``strict=True`` makes it an error, as it does unknown fields and values.
    A frame over ``max_bytes`` is refused before it is read.  Every failure raises
    :class:`~voice_webhooks.PayloadError`.

    >>> from voice_webhooks import bandwidth
    >>> message = bandwidth.parse_stream_message(
    ...     '{"eventType": "media", "track": "inbound", "sequenceNumber": "7", "payload": "/w=="}')
    >>> type(message).__name__, message.sequence_number, message.audio
    ('MediaMessage', 7, b'\\xff')
    >>> message.to_json()
    '{"eventType":"media","track":"inbound","sequenceNumber":"7","payload":"/w=="}'
    """
    return _DISPATCH.parse(frame, strict=strict, max_bytes=max_bytes)

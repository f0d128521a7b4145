"""The WebSocket messages SignalWire sends to a ``<Stream>`` URL, and their union.

A stream's connection receives JSON text frames: ``connected``, ``start``, then ``media`` frames
(audio of one track each), ``dtmf`` and ``mark`` as they happen, and ``stop``.
:func:`parse_stream_message` reads each into its model (dispatching on ``event``) with the
package's rules: lenient by default (unknown fields, values and events kept), ``strict=True``
for tests, one :class:`~voice_webhooks.PayloadError` for anything wrong, ``to_json()`` writing
the frame back.  Twilio's Media Streams frames, which SignalWire's follow, read the same way:
what Twilio adds (``stop.callSid``, ``dtmf.track``) is kept as unknown fields, which strict
mode refuses.
"""

from __future__ import annotations

from typing import Annotated, ClassVar, Final, Literal, Union

from pydantic import Field

from .._stream_dispatch import Dispatch, UnknownMessage
from .._stream_fields import DecimalText, decode_audio
from .._wire import DEFAULT_MAX_BYTES, Body, SentModel
from ..audio import AudioEncoding, AudioFormat
from ..types import OpenEnum
from ._stream_base import (
    EventMessage,
    MessageStreamSid,
    OptionalSequenceNumber,
    SequenceNumber,
    StreamMessageModel,
)
from ._stream_enums import DtmfDigit, MediaEncoding, MediaTrack, StreamProtocol

__all__ = [
    "ConnectedMessage",
    "Dtmf",
    "DtmfMessage",
    "Mark",
    "MarkMessage",
    "MediaChunk",
    "MediaFormat",
    "MediaMessage",
    "StartMessage",
    "StartMetadata",
    "StopMessage",
    "StreamMessage",
    "UnknownStreamMessage",
    "parse_stream_message",
]

_SUBJECT: Final = "SignalWire stream message"
_ENCODINGS: Final = {MediaEncoding.MULAW: AudioEncoding.PCMU, MediaEncoding.L16: AudioEncoding.L16}


class MediaFormat(StreamMessageModel):
    """The format of a stream's audio, as the ``start`` message announces it.

    >>> fmt = MediaFormat.from_json(
    ...     '{"encoding": "audio/x-L16", "sampleRate": 24000, "channels": 1}')
    >>> fmt.audio_format.frame_size(20)
    960
    """

    encoding: OpenEnum[MediaEncoding] = Field(
        description="Audio codec format. Possible values: `audio/x-mulaw` (PCMU), `audio/x-L16` "
        "(L16)."
    )
    sample_rate: int = Field(
        gt=0,
        description="Audio sampling frequency in Hz. Possible values: 8000 (PCMU), 16000 (L16), "
        "or 24000 (L16).",
    )
    channels: int = Field(
        gt=0,
        description="Audio channel count. Always 1 (mono). Multi-channel audio is not supported.",
    )

    @property
    def audio_format(self) -> AudioFormat | None:
        """The format as an :class:`~voice_webhooks.audio.AudioFormat`; ``None`` for an
        encoding this version does not know (lenient mode)."""
        encoding = _ENCODINGS.get(self.encoding)  # type: ignore[call-overload]
        return None if encoding is None else AudioFormat(encoding, self.sample_rate, self.channels)


class StartMetadata(StreamMessageModel):
    """The ``start`` object of a ``start`` message: the stream's configuration and metadata.

    >>> from voice_webhooks.testing import signalwire_stream_start
    >>> payload = signalwire_stream_start(start={"custom_parameters": {"a": "1"}})
    >>> start = StartMessage.from_json(payload)
    >>> start.start.tracks, start.start.custom_parameters
    ([<MediaTrack.INBOUND: 'inbound'>], {'a': '1'})
    """

    stream_sid: str = Field(description="The unique identifier of the Stream.")
    account_sid: str = Field(description="The Account identifier that created the Stream.")
    call_sid: str = Field(description="Call session identifier where the stream originated.")
    tracks: list[OpenEnum[MediaTrack]] = Field(
        description="Array specifying which audio directions will be transmitted. Possible "
        'values: `["inbound"]`, `["outbound"]`, or `["inbound", "outbound"]`.'
    )
    custom_parameters: dict[str, str] | None = Field(
        default=None,
        description="Object containing custom key-value pairs configured during stream "
        "creation. Only present when custom parameters are defined.",
    )
    media_format: MediaFormat = Field(
        description="Configuration details for audio data formatting."
    )


class ConnectedMessage(EventMessage):
    """``connected``: sent at once when the WebSocket connection is established.

    >>> message = parse_stream_message(
    ...     '{"event": "connected", "protocol": "Call", "version": "0.2.0"}')
    >>> message.protocol, message.version
    (<StreamProtocol.CALL: 'Call'>, '0.2.0')
    """

    event: Literal["connected"] = Field(  # pyright: ignore[reportIncompatibleVariableOverride]
        default="connected", description="The string value of `connected`."
    )
    protocol: OpenEnum[StreamProtocol] = Field(
        description="Defines the protocol for the WebSocket connection's lifetime. Value: `Call`."
    )
    version: str = Field(
        description="Semantic version of the protocol (SignalWire: `0.2.0`; Twilio: `1.0.0`)."
    )


class _Sequenced(EventMessage):
    """A message numbered in the connection's sequence."""

    sequence_number: SequenceNumber
    stream_sid: MessageStreamSid


class StartMessage(_Sequenced):
    """``start``: the stream's configuration, sent once, right after ``connected``.

    >>> from voice_webhooks.testing import signalwire_stream_start
    >>> message = parse_stream_message(signalwire_stream_start())
    >>> message.sequence_number, message.start.media_format.audio_format.sample_rate
    (1, 8000)
    """

    event: Literal["start"] = Field(  # pyright: ignore[reportIncompatibleVariableOverride]
        default="start", description="The string value of `start`."
    )
    start: StartMetadata = Field(
        description="Container holding stream configuration and metadata details."
    )


class MediaChunk(StreamMessageModel):
    """The ``media`` object of a ``media`` message: one chunk of one track's audio.

    >>> chunk = MediaChunk.from_json(
    ...     '{"track": "inbound", "chunk": "2", "timestamp": "20", "payload": "/w=="}')
    >>> chunk.chunk, chunk.timestamp, chunk.audio
    (2, 20, b'\\xff')
    """

    track: OpenEnum[MediaTrack] = Field(
        description="Audio track identifier. One of: `inbound` or `outbound`."
    )
    chunk: DecimalText = Field(
        description='Chunk counter for this track. Starts at "1" and increments with each '
        "chunk (decimal text on the wire)."
    )
    timestamp: DecimalText = Field(
        description="Presentation timestamp in milliseconds from the start of the stream "
        "(decimal text on the wire)."
    )
    payload: str = Field(description="Base64-encoded raw audio data.")

    @property
    def audio(self) -> bytes:
        """The audio of ``payload``, decoded from base64 on each access.

        Raises :class:`~voice_webhooks.PayloadError` (path ``media.payload``) when the payload
        is not standard base64.
        """
        return decode_audio(self.payload, "media.payload", subject=_SUBJECT)


class MediaMessage(_Sequenced):
    """``media``: a chunk of audio of one track (:attr:`audio` decodes it).

    >>> from voice_webhooks.testing import signalwire_stream_media
    >>> message = parse_stream_message(signalwire_stream_media(media={"payload": "/39+fQ=="}))
    >>> message.media.track, message.audio
    (<MediaTrack.INBOUND: 'inbound'>, b'\\xff\\x7f~}')
    """

    event: Literal["media"] = Field(  # pyright: ignore[reportIncompatibleVariableOverride]
        default="media", description="The string value of `media`."
    )
    media: MediaChunk = Field(description="Container with audio data and associated metadata.")

    @property
    def audio(self) -> bytes:
        """The audio of ``media.payload``, decoded from base64 on each access."""
        return self.media.audio


class Dtmf(StreamMessageModel):
    """The ``dtmf`` object of a ``dtmf`` message: the detected touch-tone.

    >>> Dtmf.from_json('{"digit": "5", "duration": 2000}').digit
    <DtmfDigit.FIVE: '5'>
    """

    digit: OpenEnum[DtmfDigit] = Field(
        description="The digit that was pressed. Values: 0-9, *, #, A-D."
    )
    duration: int | None = Field(
        default=None, ge=0, description="Duration of the key press in milliseconds."
    )


class DtmfMessage(_Sequenced):
    """``dtmf``: a touch-tone key press detected in the call's audio.

    >>> from voice_webhooks.testing import signalwire_stream_dtmf
    >>> parse_stream_message(signalwire_stream_dtmf(dtmf={"digit": "#"})).dtmf.digit
    <DtmfDigit.POUND: '#'>
    """

    event: Literal["dtmf"] = Field(  # pyright: ignore[reportIncompatibleVariableOverride]
        default="dtmf", description="Event type identifier set to `dtmf`."
    )
    dtmf: Dtmf = Field(description="Container holding the detected touch-tone details.")


class Mark(SentModel, StreamMessageModel):
    """The ``mark`` object of a mark message, sent and echoed back: the mark's name.

    >>> Mark(name="greeting-done").to_json()
    '{"name":"greeting-done"}'
    """

    name: str = Field(
        min_length=1,
        description="Custom identifier to track specific audio segments or playback events; "
        "SignalWire echoes it back when the audio before it has played (or was cleared).",
    )


class MarkMessage(EventMessage):
    """``mark``: the audio sent before a mark of the same name has played, or was cleared.

    >>> from voice_webhooks.testing import signalwire_stream_mark
    >>> parse_stream_message(signalwire_stream_mark(mark={"name": "intro"})).mark.name
    'intro'
    """

    event: Literal["mark"] = Field(  # pyright: ignore[reportIncompatibleVariableOverride]
        default="mark", description="Event type designation set to `mark`."
    )
    sequence_number: OptionalSequenceNumber = None
    stream_sid: MessageStreamSid
    mark: Mark = Field(description="Container with the mark acknowledgment details.")


class StopMessage(_Sequenced):
    """``stop``: the stream ended or its call concluded; the last message.

    >>> parse_stream_message('{"event": "stop", "sequenceNumber": "999"}').sequence_number
    999
    """

    event: Literal["stop"] = Field(  # pyright: ignore[reportIncompatibleVariableOverride]
        default="stop", description="The string value of `stop`."
    )


class UnknownStreamMessage(UnknownMessage, StreamMessageModel):
    """A message whose ``event`` this version does not know: every field kept.

    >>> message = parse_stream_message('{"event": "pause", "streamSid": "s-1"}')
    >>> message.event, message.wire_extra()
    ('pause', {'streamSid': 's-1'})
    """

    tag_wire_name: ClassVar[str] = "event"

    event: str = Field(min_length=1, description="The type of WebSocket message.")


_DISPATCH: Final[Dispatch[StreamMessage]] = Dispatch(
    tag="event",
    models=(ConnectedMessage, StartMessage, MediaMessage, DtmfMessage, MarkMessage, StopMessage),
    unknown=UnknownStreamMessage,
    subject=_SUBJECT,
)

StreamMessage = Annotated[
    Union[  # noqa: UP007
        ConnectedMessage,
        StartMessage,
        MediaMessage,
        DtmfMessage,
        MarkMessage,
        StopMessage,
        UnknownStreamMessage,
    ],
    _DISPATCH,
]
"""Any message SignalWire sends on a stream's WebSocket: dispatched on ``event``, unknown
events last.  Usable wherever Pydantic takes a type (``TypeAdapter(StreamMessage)``)."""

_DISPATCH.bind(StreamMessage)


def parse_stream_message(
    frame: Body, *, strict: bool = False, max_bytes: int | None = DEFAULT_MAX_BYTES
) -> StreamMessage:
    """Parse one WebSocket frame from SignalWire (or Twilio) into the model of its ``event``.

    ``frame`` is the text frame as ``str`` or ``bytes`` (or an already decoded mapping).
    An ``event`` this version does not know gives an :class:`UnknownStreamMessage` with every
    field kept; ``strict=True`` makes it an error, as it does unknown fields and values.  A
    frame over ``max_bytes`` is refused before it is read.  Every failure raises
    :class:`~voice_webhooks.PayloadError`.

    >>> from voice_webhooks import signalwire
    >>> message = signalwire.parse_stream_message(
    ...     '{"event":"media","sequenceNumber":"3","media":{"track":"inbound","chunk":"2",'
    ...     '"timestamp":"20","payload":"/w=="}}')
    >>> type(message).__name__, message.sequence_number, message.media.chunk, message.audio
    ('MediaMessage', 3, 2, b'\\xff')
    >>> message.to_json()
    '{"event":"media","sequenceNumber":"3","media":{"track":"inbound","chunk":"2","timestamp":"20","payload":"/w=="}}'
    """
    return _DISPATCH.parse(frame, strict=strict, max_bytes=max_bytes)

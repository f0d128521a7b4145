"""The messages a bidirectional stream's server sends to SignalWire: media, mark, clear, dtmf.

A ``<Connect><Stream>`` makes the stream bidirectional.  The models here are built in Python and
validated strictly when built (a mark without a name, a digit outside ``0-9*#A-D``, an empty
stream SID is an error at once, and a type error first); ``to_json()`` gives the frame to send.
"""

from __future__ import annotations

from typing import Final, Literal

from pydantic import Field

from .._stream_fields import decode_audio, encode_audio
from .._wire import SentModel
from ..types import ClosedEnum
from ._stream_base import EventMessage, StreamMessageModel, TargetStreamSid
from ._stream_enums import DtmfDigit, DtmfDigitValue
from .stream_messages import Mark

__all__ = [
    "ClearMessage",
    "SendDtmf",
    "SendDtmfMessage",
    "SendMarkMessage",
    "SendMedia",
    "SendMediaMessage",
]

_SUBJECT: Final = "SignalWire media message"


class SendMedia(SentModel, StreamMessageModel):
    """The ``media`` object of a media message sent to SignalWire: the audio, base64 encoded.

    >>> SendMedia(payload="/w==").audio
    b'\\xff'
    """

    payload: str = Field(
        min_length=1,
        description="Base64-encoded audio data (format varies by codec configuration: μ-law "
        "8000 Hz by default, or L16 at 16000 or 24000 Hz), raw samples without file headers.",
    )

    @property
    def audio(self) -> bytes:
        """The audio of ``payload``, decoded from base64."""
        return decode_audio(self.payload, "media.payload", subject=_SUBJECT)


class SendMediaMessage(SentModel, EventMessage):
    """``media``: audio for SignalWire to queue and play into the call.

    Build it from raw audio with :meth:`from_audio`.

    >>> SendMediaMessage.from_audio("MZ-1", b"\\xff\\xfe").to_json()
    '{"event":"media","streamSid":"MZ-1","media":{"payload":"//4="}}'
    """

    event: Literal["media"] = Field(  # pyright: ignore[reportIncompatibleVariableOverride]
        default="media", description="Specifies the message type: `media` for audio data."
    )
    stream_sid: TargetStreamSid
    media: SendMedia = Field(description="Container object holding the audio payload.")

    @classmethod
    def from_audio(cls, stream_sid: str, audio: bytes | bytearray | memoryview) -> SendMediaMessage:
        """The message that plays ``audio`` (raw samples in the stream's codec) on the stream.

        >>> SendMediaMessage.from_audio("MZ-1", b"")
        Traceback (most recent call last):
            ...
        ValueError: audio is empty: there is nothing to play
        """
        if not memoryview(audio).nbytes:
            raise ValueError("audio is empty: there is nothing to play")
        return cls(stream_sid=stream_sid, media=SendMedia(payload=encode_audio(audio)))


class SendMarkMessage(SentModel, EventMessage):
    """``mark``: ask SignalWire to say when the audio sent before it has played.

    SignalWire answers with a :class:`~voice_webhooks.signalwire.MarkMessage` of the same name.

    >>> SendMarkMessage(stream_sid="MZ-1", mark=Mark(name="intro")).to_json()
    '{"event":"mark","streamSid":"MZ-1","mark":{"name":"intro"}}'
    """

    event: Literal["mark"] = Field(  # pyright: ignore[reportIncompatibleVariableOverride]
        default="mark", description="Message type identifier: `mark` for completion tracking."
    )
    stream_sid: TargetStreamSid
    mark: Mark = Field(description="Container object with mark details.")


class ClearMessage(SentModel, EventMessage):
    """``clear``: stop playback and drop the queued audio; pending marks come back at once.

    >>> ClearMessage(stream_sid="MZ-1").to_json()
    '{"event":"clear","streamSid":"MZ-1"}'
    """

    event: Literal["clear"] = Field(  # pyright: ignore[reportIncompatibleVariableOverride]
        default="clear", description="Message type identifier: `clear` for audio interruption."
    )
    stream_sid: TargetStreamSid


class SendDtmf(SentModel, StreamMessageModel):
    """The ``dtmf`` object of a DTMF message sent to SignalWire: the digit to play.

    >>> SendDtmf(digit="#").digit
    <DtmfDigit.POUND: '#'>
    """

    digit: ClosedEnum[DtmfDigit, DtmfDigitValue] = Field(
        description="The digit to send. Valid values: 0-9, *, #, A-D."
    )


class SendDtmfMessage(SentModel, EventMessage):
    """``dtmf``: play a touch-tone digit into the call, as if it were pressed on a keypad.

    >>> SendDtmfMessage(stream_sid="MZ-1", dtmf=SendDtmf(digit="5")).to_json()
    '{"event":"dtmf","streamSid":"MZ-1","dtmf":{"digit":"5"}}'
    """

    event: Literal["dtmf"] = Field(  # pyright: ignore[reportIncompatibleVariableOverride]
        default="dtmf", description="Message type identifier: `dtmf` for DTMF injection."
    )
    stream_sid: TargetStreamSid
    dtmf: SendDtmf = Field(description="Container object with DTMF details.")

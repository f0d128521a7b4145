"""The messages a two-way stream's server sends back to Bandwidth: ``playAudio`` and ``clear``.

A ``<StartStream mode="bidirectional">`` destination may answer on the same WebSocket.  The
models here are built in Python and validated strictly when built (a misspelt field, an
unknown content type, empty or odd-length PCM audio is an error at once); ``to_json()`` gives
the frame to send.
"""

from __future__ import annotations

from typing import ClassVar, Final, Literal

from pydantic import Field

from .._stream_fields import decode_audio, encode_audio
from .._wire import SentModel
from ..types import ClosedEnum
from ._base import BandwidthModel
from ._stream_enums import PlayAudioContentType, PlayAudioContentTypeValue

__all__ = ["ClearMessage", "PlayAudio", "PlayAudioMessage"]

_SUBJECT: Final = "Bandwidth playAudio message"


class PlayAudio(SentModel, BandwidthModel):
    """The audio of a ``playAudio`` message: its content type and base64 payload.

    >>> PlayAudio(content_type="audio/pcmu", payload="/w==").to_json()
    '{"contentType":"audio/pcmu","payload":"/w=="}'
    """

    content_type: ClosedEnum[PlayAudioContentType, PlayAudioContentTypeValue] = Field(
        description="The format of the audio: `audio/pcmu` (G.711 μ-law, 8000 Hz) or "
        "`audio/pcm;rate=8000|16000|24000;channels=1;bit-depth=16;endian=little;encoding=signed` "
        "(16-bit signed little-endian linear PCM)."
    )
    payload: str = Field(
        min_length=1, description="The audio to play, base64 encoded, in `contentType`'s format."
    )

    @property
    def audio(self) -> bytes:
        """The audio of ``payload``, decoded from base64."""
        return decode_audio(self.payload, "media.payload", subject=_SUBJECT)


class PlayAudioMessage(SentModel, BandwidthModel):
    """``playAudio``: audio for Bandwidth to play into the call (two-way streams).

    Build it from raw audio with :meth:`from_audio`.

    >>> message = PlayAudioMessage.from_audio(b"\\xff\\xfe")
    >>> message.to_json()
    '{"eventType":"playAudio","media":{"contentType":"audio/pcmu","payload":"//4="}}'
    >>> message.media.audio
    b'\\xff\\xfe'
    """

    _always_written: ClassVar[frozenset[str]] = frozenset({"event_type"})

    event_type: Literal["playAudio"] = Field(
        default="playAudio", description="What type of message this is: `playAudio`."
    )
    media: PlayAudio = Field(description="The audio to play.")

    @classmethod
    def from_audio(
        cls,
        audio: bytes | bytearray | memoryview,
        content_type: ClosedEnum[
            PlayAudioContentType, PlayAudioContentTypeValue
        ] = PlayAudioContentType.PCMU,
    ) -> PlayAudioMessage:
        """The message that plays ``audio`` (raw samples in ``content_type``'s format).

        Raises :class:`ValueError` for empty audio, or PCM audio that is not whole samples.

        >>> PlayAudioMessage.from_audio(b"\\x00", "audio/pcm;rate=8000;channels=1;"
        ...                             "bit-depth=16;endian=little;encoding=signed")
        Traceback (most recent call last):
            ...
        ValueError: 16-bit PCM audio has two bytes a sample; got 1 byte
        """
        kind = PlayAudioContentType(content_type)
        size = memoryview(audio).nbytes
        if not size:
            raise ValueError("audio is empty: there is nothing to play")
        if size % kind.sample_width:
            raise ValueError(
                f"16-bit PCM audio has two bytes a sample; got {size} byte" + "s" * (size != 1)
            )
        return cls(media=PlayAudio(content_type=kind, payload=encode_audio(audio)))


class ClearMessage(SentModel, BandwidthModel):
    """``clear``: drop the audio queued for playback (two-way streams).

    >>> ClearMessage().to_json()
    '{"eventType":"clear"}'
    """

    _always_written: ClassVar[frozenset[str]] = frozenset({"event_type"})

    event_type: Literal["clear"] = Field(
        default="clear", description="What type of message this is: `clear`."
    )

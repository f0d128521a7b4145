"""The state of one SignalWire (or Twilio) stream connection, fed every frame in order."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar, Literal

from .._stream_session import StreamSession as _Session
from .._wire import Body
from ..audio import AudioFormat
from .stream_messages import (
    ConnectedMessage,
    MediaMessage,
    StartMessage,
    StopMessage,
    StreamMessage,
    parse_stream_message,
)

__all__ = ["StreamSession"]


def _payload_size(payload: str) -> int:
    """The bytes a base64 payload decodes to, counted without decoding it."""
    return len(payload) * 3 // 4 - (payload[-2:].count("=") if payload else 0)


class StreamSession(_Session[StreamMessage]):
    """One SignalWire stream connection, fed every frame in order: it knows the ``start``
    metadata, refuses frames that have no place in the connection
    (:class:`~voice_webhooks.signalwire.StreamProtocolError`), and records gaps, repeats and
    late arrivals in :attr:`problems`: in ``sequenceNumber`` across the connection, and per
    track in ``media.chunk`` and ``media.timestamp`` (each chunk's audio makes the next
    timestamp due: 20 ms for 160 bytes of μ-law).

    >>> from voice_webhooks.testing import signalwire_stream_frames
    >>> session = StreamSession()
    >>> for frame in signalwire_stream_frames(b"\\xff" * 320, custom_parameters={"a": "1"}):
    ...     message = session.feed(frame)
    >>> session.stream_id == session.start.start.stream_sid, session.custom_parameters
    (True, {'a': '1'})
    >>> type(message).__name__, session.stopped, session.problems
    ('StopMessage', True, [])
    >>> session.feed(frame)
    Traceback (most recent call last):
        ...
    voice_webhooks...StreamProtocolError: invalid SignalWire stream: event: A frame after the ...
    """

    _subject: ClassVar[str] = "SignalWire stream"
    _tag: ClassVar[str] = "event"

    def _parse(self, frame: Body) -> StreamMessage:
        return parse_stream_message(frame, strict=self.strict, max_bytes=self.max_bytes)

    def _kind(
        self, message: StreamMessage
    ) -> Literal["start", "media", "stop", "before_start", "other"]:
        if isinstance(message, MediaMessage):
            return "media"
        if isinstance(message, StartMessage):
            return "start"
        if isinstance(message, StopMessage):
            return "stop"
        return "before_start" if isinstance(message, ConnectedMessage) else "other"

    def _announced(self, start: StreamMessage) -> Mapping[str, AudioFormat | None]:
        assert isinstance(start, StartMessage)
        audio_format = start.start.media_format.audio_format
        return {str(track): audio_format for track in start.start.tracks}

    def _ids(self, start: StreamMessage) -> tuple[str, str, str]:
        assert isinstance(start, StartMessage)
        return start.start.stream_sid, start.start.call_sid, start.start.account_sid

    def _parameters(self, start: StreamMessage) -> Mapping[str, str]:
        assert isinstance(start, StartMessage)
        return start.start.custom_parameters or {}

    def _track(self, media: StreamMessage) -> tuple[str, str]:
        assert isinstance(media, MediaMessage)
        return str(media.media.track), "media.track"

    def _stream_of(self, message: StreamMessage) -> tuple[str | None, str]:
        return getattr(message, "stream_sid", None), "streamSid"

    def _counts(self, message: StreamMessage) -> list[tuple[str, str | None, int, float]]:
        number = getattr(message, "sequence_number", None)
        counts: list[tuple[str, str | None, int, float]] = []
        if number is not None:
            counts.append(("sequenceNumber", None, number, 1))
        if isinstance(message, MediaMessage):
            media = message.media
            track = str(media.track)
            counts.append(("media.chunk", track, media.chunk, 1))
            audio_format = self._format_of(track)
            if audio_format is not None:
                duration = audio_format.duration_ms(_payload_size(media.payload))
                counts.append(("media.timestamp", track, media.timestamp, duration))
        return counts

"""The state of one Bandwidth stream connection, fed every frame in order."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar, Literal

from .._stream_session import StreamSession as _Session
from .._wire import Body
from ..audio import AudioFormat
from .stream_messages import (
    MediaMessage,
    StartMessage,
    StopMessage,
    StreamMessage,
    parse_stream_message,
)

__all__ = ["StreamSession"]


class StreamSession(_Session[StreamMessage]):
    """One Bandwidth stream connection, fed every frame in order: it knows the ``start``
    metadata, refuses frames that have no place in the connection
    (:class:`~voice_webhooks.bandwidth.StreamProtocolError`), and records gaps, repeats and late
    arrivals in the media's ``sequenceNumber`` (numbered across the connection) in
    :attr:`problems`.

    >>> from voice_webhooks.testing import bandwidth_stream_frames
    >>> session = StreamSession()
    >>> for frame in bandwidth_stream_frames(b"\\xff" * 320, stream_params={"tenant": "42"}):
    ...     message = session.feed(frame)
    >>> session.tracks, session.media_format.sample_rate, session.custom_parameters
    (['inbound'], 8000, {'tenant': '42'})
    >>> session.stopped, session.frames, session.problems
    (True, 4, [])
    """

    _subject: ClassVar[str] = "Bandwidth stream"
    _tag: ClassVar[str] = "eventType"

    def _parse(self, frame: Body) -> StreamMessage:
        return parse_stream_message(frame, strict=self.strict, max_bytes=self.max_bytes)

    def _kind(
        self, message: StreamMessage
    ) -> Literal["start", "media", "stop", "before_start", "other"]:
        if isinstance(message, MediaMessage):
            return "media"
        if isinstance(message, StartMessage):
            return "start"
        return "stop" if isinstance(message, StopMessage) else "other"

    def _announced(self, start: StreamMessage) -> Mapping[str, AudioFormat | None]:
        assert isinstance(start, StartMessage)
        return {str(track.name): track.media_format.audio_format for track in start.metadata.tracks}

    def _ids(self, start: StreamMessage) -> tuple[str, str, str]:
        assert isinstance(start, StartMessage)
        metadata = start.metadata
        return metadata.stream_id, metadata.call_id, metadata.account_id

    def _parameters(self, start: StreamMessage) -> Mapping[str, str]:
        assert isinstance(start, StartMessage)
        return start.stream_params or {}

    def _track(self, media: StreamMessage) -> tuple[str, str]:
        assert isinstance(media, MediaMessage)
        return str(media.track), "track"

    def _stream_of(self, message: StreamMessage) -> tuple[str | None, str]:
        if isinstance(message, StopMessage):
            return message.metadata.stream_id, "metadata.streamId"
        return None, ""

    def _counts(self, message: StreamMessage) -> list[tuple[str, str | None, int, float]]:
        if isinstance(message, MediaMessage) and message.sequence_number is not None:
            return [("sequenceNumber", None, message.sequence_number, 1)]
        return []

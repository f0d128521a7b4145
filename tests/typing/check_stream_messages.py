"""Type expectations for the media stream WebSocket messages, checked by mypy --strict and
basedpyright.

Never run: ``tests/test_typing.py`` type-checks this file.
"""

from __future__ import annotations

from typing_extensions import assert_type

from voice_webhooks import bandwidth, signalwire
from voice_webhooks.audio import AudioFormat, pcm16_to_ulaw, ulaw_to_pcm16


def received_messages_narrow_by_type(frame: str) -> None:
    message = signalwire.parse_stream_message(frame)
    if isinstance(message, signalwire.MediaMessage):
        assert_type(message.sequence_number, int)
        assert_type(message.media.chunk, int)
        assert_type(message.audio, bytes)
        assert_type(ulaw_to_pcm16(message.audio), bytes)
    elif isinstance(message, signalwire.StartMessage):
        assert_type(message.start.media_format.audio_format, AudioFormat | None)
        assert_type(message.start.custom_parameters, dict[str, str] | None)
    other = bandwidth.parse_stream_message(frame.encode())
    if isinstance(other, bandwidth.MediaMessage):
        assert_type(other.sequence_number, int | None)
        assert_type(pcm16_to_ulaw(ulaw_to_pcm16(other.audio)), bytes)


def replies_build_from_python_values(stream_sid: str, audio: bytes) -> None:
    reply = signalwire.SendMediaMessage.from_audio(stream_sid, audio)
    assert_type(reply.to_json(), str)
    signalwire.SendMarkMessage(stream_sid=stream_sid, mark=signalwire.Mark(name="intro"))
    signalwire.SendDtmfMessage(stream_sid=stream_sid, dtmf=signalwire.SendDtmf(digit="#"))
    signalwire.ClearMessage(stream_sid=stream_sid)
    play = bandwidth.PlayAudioMessage.from_audio(audio, "audio/pcmu")
    assert_type(play.media.audio, bytes)
    bandwidth.ClearMessage()


def sessions_know_the_stream(frames: list[str]) -> None:
    session = signalwire.StreamSession()
    for frame in frames:
        assert_type(session.feed(frame), signalwire.StreamMessage)
    assert_type(session.problems, list[signalwire.StreamProblem])
    assert_type(session.media_format, AudioFormat | None)
    assert_type(bandwidth.StreamSession().call_id, str | None)

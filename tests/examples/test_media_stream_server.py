"""The media stream example, over real WebSockets on 127.0.0.1: a client replays a generated
stream as the provider would, and checks what the server answers."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

from voice_webhooks import bandwidth, signalwire
from voice_webhooks.audio import pcm16_to_ulaw
from voice_webhooks.testing import bandwidth_stream_frames, signalwire_stream_frames

from ._support import load

websockets = pytest.importorskip("websockets")
from websockets.asyncio.client import connect  # noqa: E402
from websockets.asyncio.server import serve  # noqa: E402
from websockets.exceptions import ConnectionClosedError  # noqa: E402

example = load("media_stream_server")
# 2.5 s of μ-law without 0x7F (negative zero, which comes back from PCM16 as 0xFF)
AUDIO = bytes(range(128, 256)) * 156 + bytes(range(7)) * 2


async def replay(path: str, frames: list[Any]) -> tuple[list[str], int | None]:
    """Send ``frames`` to the example on ``path``; every reply, and the close code."""
    async with serve(example.route, "127.0.0.1", 0) as server:
        port = server.sockets[0].getsockname()[1]
        async with connect(f"ws://127.0.0.1:{port}{path}") as client:
            replies: list[str] = []
            try:
                for frame in frames:
                    await client.send(frame if isinstance(frame, str) else json.dumps(frame))
                replies += [str(reply) async for reply in client]
            except ConnectionClosedError:  # the server closed it over a frame out of place
                pass
            return replies, client.close_code


def run(path: str, frames: list[Any]) -> tuple[list[str], int | None]:
    return asyncio.run(asyncio.wait_for(replay(path, frames), timeout=30))


def test_signalwire_stream_is_echoed_with_marks() -> None:
    frames = signalwire_stream_frames({"inbound": AUDIO, "outbound": AUDIO[:800]})
    replies, code = run("/signalwire", frames)
    assert code == 1000
    sid = json.loads(frames[1])["start"]["streamSid"]
    media = [signalwire.SendMediaMessage.from_json(r, strict=True) for r in replies[::2]]
    marks = [signalwire.SendMarkMessage.from_json(r, strict=True) for r in replies[1::2]]
    assert b"".join(m.media.audio for m in media) == AUDIO  # the inbound track, played back
    assert [len(m.media.audio) for m in media] == [8000, 8000, len(AUDIO) - 16000]
    assert [m.mark.name for m in marks] == ["echo-1", "echo-2", "echo-3"]
    assert {m.stream_sid for m in media} | {m.stream_sid for m in marks} == {sid}


def test_signalwire_pound_key_clears_the_queue() -> None:
    frames = signalwire_stream_frames(AUDIO[:160])
    dtmf = {"event": "dtmf", "sequenceNumber": "4", "dtmf": {"digit": "#", "duration": 200}}
    replies, _ = run("/signalwire", [*frames[:3], dtmf, json.loads(frames[3]) | {
        "sequenceNumber": "5"}])  # fmt: skip
    sid = json.loads(frames[1])["start"]["streamSid"]
    assert signalwire.ClearMessage.from_json(replies[0], strict=True).stream_sid == sid


def test_bandwidth_stream_is_played_back_as_pcm() -> None:
    replies, code = run("/bandwidth", bandwidth_stream_frames(AUDIO))
    assert code == 1000
    played = [bandwidth.PlayAudioMessage.from_json(r, strict=True) for r in replies]
    kinds = {p.media.content_type for p in played}
    assert kinds == {bandwidth.PlayAudioContentType.PCM_8000}
    assert pcm16_to_ulaw(b"".join(p.media.audio for p in played)) == AUDIO


@pytest.mark.parametrize(
    ("path", "frames"),
    [
        ("/signalwire", signalwire_stream_frames(AUDIO[:320])[2:]),  # media before start
        ("/bandwidth", bandwidth_stream_frames(AUDIO[:320])[:1] * 2),  # a second start
        ("/bandwidth", ['{"eventType": "media", "track": 7}']),
        ("/elsewhere", []),
    ],
    ids=["before start", "second start", "not a message", "unknown path"],
)
def test_frames_out_of_place_close_the_connection(path: str, frames: list[str]) -> None:
    _, code = run(path, frames)
    assert code == 1008

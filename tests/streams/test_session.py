"""The stream session: the start metadata, frames that have no place refused, and every gap,
repeat and late arrival of a counter reported."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from voice_webhooks import PayloadError, bandwidth, signalwire
from voice_webhooks.testing import bandwidth_stream_frames, signalwire_stream_frames

AUDIO = bytes(range(256)) * 3  # 768 bytes: 4 full 20 ms frames and 48 bytes


def fed(session: Any, frames: list[str]) -> Any:
    for frame in frames:
        session.feed(frame)
    return session


def problems(session: Any) -> list[tuple[str, str, str | None, int, int]]:
    return [(p.kind, p.field, p.track, p.expected, p.got) for p in session.problems]


# SignalWire frames: connected, start (1), media 2..6 (chunks 1..5, timestamps 0..80), stop (7)
SW = signalwire_stream_frames(AUDIO)


def test_a_whole_stream_gives_its_metadata_and_no_problem() -> None:
    session = fed(signalwire.StreamSession(strict=True), signalwire_stream_frames(
        {"inbound": AUDIO, "outbound": AUDIO[:300]}, custom_parameters={"tenant": "42"}
    ))  # fmt: skip
    assert session.problems == [] and session.stopped and session.started
    start = json.loads(SW[1])["start"]
    assert session.tracks == ["inbound", "outbound"]
    assert session.custom_parameters == {"tenant": "42"}
    assert session.media_format.frame_size(20) == 160
    assert (session.stream_id, session.call_id, session.account_id) == (
        start["streamSid"], start["callSid"], start["accountSid"],
    )  # fmt: skip


def test_a_skipped_frame_is_a_gap_in_every_counter() -> None:
    session = fed(signalwire.StreamSession(), SW[:3] + SW[4:])
    assert problems(session) == [
        ("gap", "sequenceNumber", None, 3, 4),
        ("gap", "media.chunk", "inbound", 2, 3),
        ("gap", "media.timestamp", "inbound", 20, 40),
    ]
    assert session.problems[0].frame == 3 and "skipped from 3 to 4" in str(session.problems[0])


def test_a_repeated_frame_is_reported_as_such() -> None:
    session = fed(signalwire.StreamSession(), SW[:4] + SW[3:])
    assert problems(session) == [
        ("repeated", "sequenceNumber", None, 4, 3),
        ("repeated", "media.chunk", "inbound", 3, 2),
        ("repeated", "media.timestamp", "inbound", 40, 20),
    ]


def test_an_out_of_order_frame_is_a_gap_then_a_late_arrival() -> None:
    session = fed(signalwire.StreamSession(), [*SW[:3], SW[4], SW[3], *SW[5:]])
    kinds = [(kind, field, got) for kind, field, _, _, got in problems(session)]
    assert kinds == [
        ("gap", "sequenceNumber", 4), ("gap", "media.chunk", 3), ("gap", "media.timestamp", 40),
        ("out_of_order", "sequenceNumber", 3), ("out_of_order", "media.chunk", 2),
        ("out_of_order", "media.timestamp", 20),
    ]  # fmt: skip
    assert session.frames == len(SW)  # the audio is real: every frame is accepted


def test_counters_are_per_track_for_chunks_and_timestamps() -> None:
    frames = signalwire_stream_frames({"inbound": AUDIO, "outbound": AUDIO})
    outbound = [f for f in frames if '"track":"outbound"' in f]
    session = fed(signalwire.StreamSession(), [f for f in frames if f != outbound[1]])
    assert {(kind, field, track) for kind, field, track, _, _ in problems(session)} == {
        ("gap", "sequenceNumber", None),
        ("gap", "media.chunk", "outbound"),
        ("gap", "media.timestamp", "outbound"),
    }


def error(session: Any, frame: Any) -> PayloadError:
    before = (session.frames, list(session.problems), session.stopped)
    with pytest.raises(signalwire.StreamProtocolError) as caught:
        session.feed(frame)
    assert (session.frames, session.problems, session.stopped) == before  # left as it was
    assert isinstance(caught.value, PayloadError)
    return caught.value


def test_media_of_a_track_start_did_not_announce_is_refused() -> None:
    session = fed(signalwire.StreamSession(), SW[:3])
    media = json.loads(SW[3])
    media["media"]["track"] = "outbound"
    exc = error(session, json.dumps(media))
    assert exc.paths == ["media.track"] and exc.errors()[0]["type"] == "track_not_announced"
    assert "announced: inbound" in str(exc)


def test_frames_after_stop_are_refused() -> None:
    session = fed(signalwire.StreamSession(), SW)
    for frame in (SW[3], SW[-1], SW[1], '{"event": "pause"}'):
        exc = error(session, frame)
        assert exc.paths == ["event"] and exc.errors()[0]["type"] == "frame_after_stop"


def test_frames_before_start_a_second_start_and_another_stream_are_refused() -> None:
    session = signalwire.StreamSession()
    session.feed(SW[0])  # connected: the one message before start
    assert error(session, SW[2]).errors()[0]["type"] == "frame_before_start"
    session.feed(SW[1])
    assert error(session, SW[1]).errors()[0]["type"] == "start_repeated"
    other = json.loads(SW[2]) | {"streamSid": "another-stream"}
    exc = error(session, other)
    assert exc.paths == ["streamSid"] and exc.errors()[0]["type"] == "stream_mismatch"


def test_unparsable_frames_are_payload_errors_and_change_nothing() -> None:
    session = fed(signalwire.StreamSession(strict=True), SW[:2])
    with pytest.raises(PayloadError) as caught:
        session.feed(SW[2].replace('"chunk":"1"', '"chunk":"01"'))  # lenient mode only
    assert caught.value.paths == ["media.chunk"] and session.frames == 2


def test_parsed_messages_may_be_fed_too() -> None:
    session = signalwire.StreamSession()
    for frame in SW:
        message = signalwire.parse_stream_message(frame)
        assert session.feed(message) is message
    assert session.stopped and not session.problems


def test_timestamps_follow_the_audio_of_each_chunk() -> None:
    # 24000 Hz L16: 960 bytes are 20 ms; a chunk of 480 bytes makes the next due 10 ms later.
    frames = signalwire_stream_frames(b"\0" * 2400, encoding=signalwire_l16(), sample_rate=24000)
    session = fed(signalwire.StreamSession(), frames)
    assert session.problems == []
    jittery = [f.replace('"timestamp":"40"', '"timestamp":"41"') for f in frames]
    assert fed(signalwire.StreamSession(), jittery).problems == []  # within 1 ms
    late = [f.replace('"timestamp":"40"', '"timestamp":"45"') for f in frames]
    assert problems(fed(signalwire.StreamSession(), late)) == [
        ("gap", "media.timestamp", "inbound", 40, 45)
    ]


def signalwire_l16() -> Any:
    from voice_webhooks.audio import AudioEncoding

    return AudioEncoding.L16


# Bandwidth: start, media (sequenceNumber 1..5), stop
BW = bandwidth_stream_frames(AUDIO)


def test_bandwidth_sessions_follow_the_same_rules() -> None:
    session = fed(bandwidth.StreamSession(strict=True), BW)
    assert session.problems == [] and session.tracks == ["inbound"]
    assert session.call_id == json.loads(BW[0])["metadata"]["callId"]
    assert problems(fed(bandwidth.StreamSession(), [*BW[:2], BW[3], BW[2], *BW[4:]])) == [
        ("gap", "sequenceNumber", None, 2, 3),
        ("out_of_order", "sequenceNumber", None, 4, 2),
    ]
    assert problems(fed(bandwidth.StreamSession(), BW[:3] + BW[2:])) == [
        ("repeated", "sequenceNumber", None, 3, 2)
    ]
    session = fed(bandwidth.StreamSession(), BW[:2])
    outbound = BW[1].replace('"track":"inbound"', '"track":"outbound"')
    with pytest.raises(bandwidth.StreamProtocolError) as caught:
        session.feed(outbound)
    assert caught.value.paths == ["track"]
    fed(session, BW[2:])
    with pytest.raises(bandwidth.StreamProtocolError) as caught:
        session.feed(BW[1])
    assert caught.value.errors()[0]["type"] == "frame_after_stop"


def test_a_bandwidth_stop_of_another_stream_is_refused() -> None:
    session = fed(bandwidth.StreamSession(), BW[:-1])
    stop = json.loads(BW[-1])
    stop["metadata"]["streamId"] = "s-other"
    with pytest.raises(bandwidth.StreamProtocolError) as caught:
        session.feed(stop)
    assert caught.value.paths == ["metadata.streamId"]


@settings(max_examples=40, deadline=None)
@given(
    st.dictionaries(st.sampled_from(["inbound", "outbound"]), st.binary(max_size=700), min_size=1),
    st.sampled_from([10, 20, 40]),
)
def test_any_generated_stream_is_whole_and_gives_its_audio_back(
    audio: dict[str, bytes], frame_ms: int
) -> None:
    for frames, session in (
        (signalwire_stream_frames(audio, frame_ms=frame_ms), signalwire.StreamSession(strict=True)),
        (bandwidth_stream_frames(audio, frame_ms=frame_ms), bandwidth.StreamSession(strict=True)),
    ):
        received: dict[str, bytes] = dict.fromkeys(audio, b"")
        for frame in frames:
            message = session.feed(frame)
            if isinstance(message, (signalwire.MediaMessage, bandwidth.MediaMessage)):
                track = str(getattr(message, "track", None) or message.media.track)  # type: ignore[union-attr]
                received[track] += message.audio
                assert message.to_json() == frame  # the very frame, written back
        assert received == audio and session.problems == [] and session.stopped

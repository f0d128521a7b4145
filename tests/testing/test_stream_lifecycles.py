"""A stream verb and the callbacks about its stream agree: the test kit builds, from the verb,
the webhooks the provider sends (same name, tracks, destination; one call, one stream)."""

from __future__ import annotations

import random
from typing import Any

import pytest

from voice_webhooks import bandwidth, signalwire
from voice_webhooks.testing import (
    StreamLifecycle,
    media_stream_webhooks_for,
    stream_status_callbacks_for,
)

DESTINATION = "wss://media.example.com/live"
START_STREAMS = {
    "named, both tracks": bandwidth.StartStream(
        name="live", tracks="both", destination=DESTINATION, stream_event_url="/events"
    ),
    "unnamed, default track": bandwidth.StartStream(destination=DESTINATION),
    "outbound": bandwidth.StartStream(name="tts", tracks="outbound", destination=DESTINATION),
    "inbound, two-way": bandwidth.StartStream(
        name="agent", tracks="inbound", mode="bidirectional", destination=DESTINATION
    ),
    "with parameters": bandwidth.StartStream(
        name="p",
        destination=DESTINATION,
        stream_params=[
            bandwidth.StreamParam(name="tenant", value="42"),
            bandwidth.StreamParam(name="lang", value="fr"),
        ],
    ),
}
TRACKS = {None: ["inbound"], "inbound": ["inbound"], "outbound": ["outbound"],
          "both": ["inbound", "outbound"]}  # fmt: skip


@pytest.mark.parametrize("verb", START_STREAMS.values(), ids=list(START_STREAMS))
@pytest.mark.parametrize("seed", [None, 7, random.Random(3)], ids=["default", "int", "random"])
def test_bandwidth_webhooks_describe_the_stream_the_verb_started(
    verb: bandwidth.StartStream, seed: Any
) -> None:
    lifecycle = media_stream_webhooks_for(verb, seed=seed)
    assert isinstance(lifecycle, StreamLifecycle)
    started = bandwidth.parse_event(lifecycle.started, strict=True)
    stopped = bandwidth.parse_event(lifecycle.stopped, strict=True)
    assert isinstance(started, bandwidth.MediaStreamStarted)
    assert isinstance(stopped, bandwidth.MediaStreamStopped)
    for stream in (started.media_stream, stopped.media_stream):
        assert stream.destination == verb.destination
        assert stream.tracks == TRACKS[None if verb.tracks is None else str(verb.tracks)]
        assert stream.name == (verb.name if verb.name is not None else started.media_stream.id)
    assert stopped.media_stream.id == started.media_stream.id
    assert stopped.media_stream.start_time == started.media_stream.start_time
    for field in ("call_id", "account_id", "application_id", "from_", "to", "direction",
                  "call_url", "start_time", "answer_time"):  # fmt: skip
        assert getattr(stopped, field) == getattr(started, field), field
    assert stopped.cause == bandwidth.MediaStreamStoppedCause.CLOSED
    assert stopped.event_time >= started.event_time + stopped.media_stream.duration

    message = bandwidth.parse_stream_message(lifecycle.start_message, strict=True)
    assert isinstance(message, bandwidth.StartMessage)
    metadata = message.metadata
    assert (metadata.account_id, metadata.call_id) == (started.account_id, started.call_id)
    assert (metadata.stream_id, metadata.stream_name) == (
        started.media_stream.id,
        started.media_stream.name,
    )
    assert [track.name for track in metadata.tracks] == started.media_stream.tracks
    expected_params = {param.name: param.value for param in verb.stream_params}
    assert (message.stream_params or {}) == expected_params
    session = bandwidth.StreamSession()
    session.feed(lifecycle.start_message)  # a session accepts it as the stream's opening
    assert (
        session.tracks == started.media_stream.tracks
        and session.custom_parameters == expected_params
    )


def test_bandwidth_webhooks_follow_the_seed() -> None:
    verb = START_STREAMS["named, both tracks"]
    assert media_stream_webhooks_for(verb) == media_stream_webhooks_for(verb)
    one, two = (media_stream_webhooks_for(verb, seed=s) for s in (1, 2))
    assert one.started["callId"] != two.started["callId"]


STREAMS = {
    "start, named, both tracks": signalwire.Start(
        stream=signalwire.StreamNoun(name="s1", url="wss://a.example/s", track="both_tracks")
    ),
    "start, unnamed": signalwire.Start(stream=signalwire.StreamNoun(url="wss://a.example/s")),
    "connect": signalwire.Connect(
        stream=signalwire.StreamNoun(name="agent", url="wss://a.example/s", codec="L16@16000h")
    ),
    "start, with parameters": signalwire.Start(
        stream=signalwire.StreamNoun(
            url="wss://a.example/s",
            codec="L16@24000h",
            parameters=[signalwire.StreamParameter(name="tenant", value="42")],
        )
    ),
}


@pytest.mark.parametrize("verb", STREAMS.values(), ids=list(STREAMS))
@pytest.mark.parametrize("seed", [None, 7], ids=["default", "int"])
def test_signalwire_callbacks_describe_the_stream_the_verb_started(
    verb: signalwire.Start | signalwire.Connect, seed: Any
) -> None:
    started_form, stopped_form, _ = stream_status_callbacks_for(verb, seed=seed)
    started = signalwire.StreamStatusCallback.from_form(started_form, strict=True)
    stopped = signalwire.StreamStatusCallback.from_form(stopped_form, strict=True)
    assert started.stream_event == signalwire.StreamEvent.STREAM_STARTED
    assert stopped.stream_event == signalwire.StreamEvent.STREAM_STOPPED
    expected_name = verb.stream.name if verb.stream.name is not None else started.stream_sid
    expected_track = verb.stream.track or signalwire.Track.INBOUND_TRACK
    for callback in (started, stopped):
        assert (callback.stream_name, callback.stream_track) == (expected_name, expected_track)
        assert callback.conference_sid is None and callback.call_sid
        assert callback.stream_error is None
    for field in ("account_sid", "call_sid", "stream_sid"):
        assert getattr(stopped, field) == getattr(started, field), field
    assert stopped.timestamp > started.timestamp

    _, _, start_message = stream_status_callbacks_for(verb, seed=seed)
    message = signalwire.parse_stream_message(start_message, strict=True)
    assert isinstance(message, signalwire.StartMessage)
    start = message.start
    assert (start.account_sid, start.call_sid, start.stream_sid) == (
        started.account_sid,
        started.call_sid,
        started.stream_sid,
    )
    tracks = {"inbound_track": ["inbound"], "outbound_track": ["outbound"],
              "both_tracks": ["inbound", "outbound"]}[str(expected_track)]  # fmt: skip
    assert start.tracks == tracks
    expected_params = {param.name: param.value for param in verb.stream.parameters}
    assert (start.custom_parameters or {}) == expected_params
    codec = str(verb.stream.codec or "PCMU@8000h")
    encoding, rate = {"PCMU@8000h": ("audio/x-mulaw", 8000), "L16@16000h": ("audio/x-L16", 16000),
                      "L16@24000h": ("audio/x-L16", 24000)}[codec]  # fmt: skip
    assert (start.media_format.encoding, start.media_format.sample_rate) == (encoding, rate)

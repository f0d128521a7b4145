"""Type expectations for the stream verbs, checked by mypy --strict and basedpyright.

Never run: ``tests/test_typing.py`` type-checks this file.  Each deliberate mistake below
carries an ignore comment, and both checkers report an ignore that suppresses nothing (mypy
--strict: ``warn_unused_ignores``; basedpyright: the file-level setting below), so each line
proves the mistake is a type error: a misspelt keyword, a value outside an enum's literals.
"""

# pyright: reportUnnecessaryTypeIgnoreComment=error

from __future__ import annotations

from typing_extensions import assert_type

from voice_webhooks import bandwidth, signalwire
from voice_webhooks.bandwidth import verbs as bxml
from voice_webhooks.signalwire import verbs as cxml


def bandwidth_verbs_build_with_python_names() -> None:
    start = bandwidth.StartStream(
        name="live",
        tracks="both",
        mode=bandwidth.StreamMode.BIDIRECTIONAL,
        destination="wss://ws.example/audio",
        stream_event_url="https://app.example/events",
        stream_event_method="POST",
        username="u",
        password="p",
        stream_params=[bandwidth.StreamParam(name="id", value="42")],
    )
    assert_type(start.tracks, bandwidth.StartStreamTracks | bxml.StartStreamTracksValue | None)
    assert_type(start.stream_params, list[bandwidth.StreamParam])
    assert_type(start.to_xml(), str)
    stop = bandwidth.StopStream(name="live", wait=True)
    assert_type(stop.wait, bool | None)
    doc = bandwidth.BxmlResponse(verbs=[start, stop, bandwidth.RawVerb(xml="<Hangup/>")])
    assert_type(doc.verbs[0], bandwidth.StartStream | bandwidth.StopStream | bandwidth.RawVerb)
    assert_type(doc.to_xml(declaration=False), str)
    assert_type(
        bandwidth.BxmlResponse.from_xml(b"<Response/>", strict=True), bandwidth.BxmlResponse
    )
    assert_type(bandwidth.RawVerb.element("Pause", {"duration": 2}), bandwidth.RawVerb)


def signalwire_verbs_build_with_python_names() -> None:
    noun = signalwire.StreamNoun(
        name="s1",
        url="wss://ws.example/audio",
        track="inbound_track",
        codec="L16@16000h",
        realtime=True,
        auth_bearer_token="token",
        status_callback="/status",
        status_callback_method="GET",
        parameters=[signalwire.StreamParameter(name="tenant", value="42")],
    )
    assert_type(noun.codec, signalwire.StreamNounCodec | cxml.StreamNounCodecValue | None)
    assert_type(signalwire.Connect(stream=noun).stream, signalwire.StreamNoun)
    stop = signalwire.Stop(stream=signalwire.StopStreamNoun(name="s1"))
    conference = signalwire.ConferenceStreamNoun(name="c", url="wss://a.example/", bidir=True)
    assert_type(conference.bidir, bool | None)
    doc = signalwire.CxmlResponse(verbs=[signalwire.Start(stream=noun), stop])
    assert_type(doc.conference_streams(), list[signalwire.ConferenceStreamNoun])
    assert_type(signalwire.Start.from_xml("<Start/>"), signalwire.Start)


def misspelt_keywords_are_type_errors() -> None:
    bandwidth.StartStream(destination="wss://a.example/", trakcs="both")  # type: ignore[call-arg]
    bandwidth.StopStream(nmae="live")  # type: ignore[call-arg]
    bandwidth.StreamParam(name="a", vaule="b")  # type: ignore[call-arg]
    signalwire.StreamNoun(url="wss://a.example/", status_callbak="/s")  # type: ignore[call-arg]
    signalwire.ConferenceStreamNoun(name="c", url="wss://a.example/", bidi=True)  # type: ignore[call-arg]


def values_outside_the_enums_are_type_errors() -> None:
    bandwidth.StartStream(destination="wss://a.example/", tracks="bothh")  # type: ignore[arg-type]
    bandwidth.StartStream(destination="wss://a.example/", mode="two-way")  # type: ignore[arg-type]
    bandwidth.StartStream(destination="wss://a.example/", stream_event_method="PUT")  # type: ignore[arg-type]
    signalwire.StreamNoun(url="wss://a.example/", track="both")  # type: ignore[arg-type]
    signalwire.StreamNoun(url="wss://a.example/", codec="L16@8000h")  # type: ignore[arg-type]
    signalwire.StreamNoun(url="wss://a.example/", status_callback_method="PUT")  # type: ignore[arg-type]
    bandwidth.BxmlResponse(root="Document")  # type: ignore[arg-type]
